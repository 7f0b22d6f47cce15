package cn.ruralcommerce.stations.archive;

import java.util.List;

import static cn.ruralcommerce.stations.archive.ArchiveColumn.Reference.CATEGORY;
import static cn.ruralcommerce.stations.archive.ArchiveColumn.Reference.REGION;
import static cn.ruralcommerce.stations.archive.ArchiveColumn.optional;
import static cn.ruralcommerce.stations.archive.ArchiveColumn.required;
import static cn.ruralcommerce.stations.archive.ColumnType.DATE;
import static cn.ruralcommerce.stations.archive.ColumnType.DECIMAL;
import static cn.ruralcommerce.stations.archive.ColumnType.DOUBLE;
import static cn.ruralcommerce.stations.archive.ColumnType.FLAG;
import static cn.ruralcommerce.stations.archive.ColumnType.INSTANT;
import static cn.ruralcommerce.stations.archive.ColumnType.INT;
import static cn.ruralcommerce.stations.archive.ColumnType.LONG;
import static cn.ruralcommerce.stations.archive.ColumnType.TEXT;

/**
 * The county's own tables in restore order (stations before what points at them), one CSV file each with
 * the SQL column names as header. Rows keep their ids, so reversal links, household links, certificates
 * and idempotency keys survive a restore. Divisions, the catalog, public brands and accounts are shared
 * data and not archived; the two sales summary tables are copied as stored so statistics answer the same.
 */
final class ArchiveTables {
    private static final String BY_COUNTY = "county_code = ?";
    private static final String BY_STATION_COUNTY = "station_code IN (SELECT code FROM station WHERE county_code = ?)";

    static final List<ArchiveTable> ALL = List.of(
            new ArchiveTable("stations.csv", "station", List.of(
                    required("code", TEXT), required("name", TEXT), required("tier", TEXT),
                    required("region_code", TEXT).referencing(REGION), required("county_code", TEXT).referencing(REGION),
                    required("lon", DOUBLE), required("lat", DOUBLE), optional("address", TEXT),
                    optional("operator_name", TEXT), optional("operator_phone", TEXT), optional("services", TEXT),
                    optional("floor_area", INT), optional("opening_hours", TEXT), required("status", TEXT),
                    optional("opened_on", DATE), optional("closed_on", DATE), required("allow_urban", FLAG),
                    required("created_at", INSTANT), required("updated_at", INSTANT)),
                    List.of("code"), BY_COUNTY, "county_code", null),
            new ArchiveTable("station_status_history.csv", "station_status_change", List.of(
                    required("id", LONG), required("station_code", TEXT), required("status", TEXT),
                    required("effective_on", DATE), optional("reason", TEXT), required("username", TEXT),
                    required("recorded_at", INSTANT)),
                    List.of("id"), BY_STATION_COUNTY, null, "station_code"),
            new ArchiveTable("logistics_nodes.csv", "logistics_node", List.of(
                    required("code", TEXT), optional("name", TEXT), required("tier", TEXT),
                    required("region_code", TEXT).referencing(REGION), required("county_code", TEXT),
                    required("lon", DOUBLE), required("lat", DOUBLE), optional("carriers", TEXT),
                    optional("station_code", TEXT), optional("parent_code", TEXT), required("cross_county", FLAG),
                    required("created_at", INSTANT), required("updated_at", INSTANT)),
                    List.of("code"), BY_COUNTY, "county_code", null),
            new ArchiveTable("poverty_certificates.csv", "poverty_certificate", List.of(
                    required("id", LONG), required("certificate_no", TEXT), required("supplier", TEXT),
                    required("product_name", TEXT), required("category_code", TEXT).referencing(CATEGORY),
                    required("county_code", TEXT), required("valid_from", DATE), required("valid_to", DATE),
                    required("created_by", TEXT), required("created_at", INSTANT)),
                    List.of("id"), BY_COUNTY, "county_code", null),
            new ArchiveTable("county_flagships.csv", "county_flagship", List.of(
                    required("id", LONG), required("county_code", TEXT),
                    required("category_code", TEXT).referencing(CATEGORY), required("designated_by", TEXT),
                    required("designated_at", INSTANT)),
                    List.of("id"), BY_COUNTY, "county_code", null),
            new ArchiveTable("households.csv", "household", List.of(
                    required("id", LONG), required("reference_no", TEXT), required("station_code", TEXT),
                    required("county_code", TEXT), required("village_code", TEXT).referencing(REGION),
                    required("head_name", TEXT), required("size", INT), required("registered_poor", FLAG),
                    required("linked_since", DATE), required("created_at", INSTANT), required("updated_at", INSTANT)),
                    List.of("id"), BY_COUNTY, "county_code", "station_code"),
            new ArchiveTable("sale_entries.csv", "sale_entry", List.of(
                    required("id", LONG), optional("idempotency_key", TEXT), optional("request_hash", TEXT),
                    required("station_code", TEXT), required("county_code", TEXT),
                    required("township_code", TEXT).referencing(REGION), required("village_code", TEXT).referencing(REGION),
                    optional("origin_village_code", TEXT).referencing(REGION), required("date_sold", DATE),
                    required("category_code", TEXT).referencing(CATEGORY), required("product_name", TEXT),
                    required("quantity", DECIMAL), required("unit", TEXT), required("amount_fen", LONG),
                    required("direction", TEXT), required("channel", TEXT), optional("channel_original", TEXT),
                    required("poverty", FLAG),
                    required("poverty_basis", TEXT), optional("poverty_reason", TEXT), optional("certificate_id", LONG),
                    optional("reverses_id", LONG), optional("reversal_reason", TEXT), required("recorded_by", TEXT),
                    required("on_behalf", FLAG), required("recorded_at", INSTANT)),
                    List.of("id"), BY_COUNTY, "county_code", "station_code"),
            new ArchiveTable("sale_households.csv", "sale_household", List.of(
                    required("id", LONG), required("sale_id", LONG), required("household_id", LONG),
                    required("share_percent", INT), required("sign", INT), required("county_code", TEXT),
                    required("township_code", TEXT), required("village_code", TEXT), required("station_code", TEXT),
                    required("day", DATE), required("category_code", TEXT), required("direction", TEXT),
                    required("poverty", FLAG), required("channel", TEXT)),
                    List.of("id"), BY_COUNTY, "county_code", "station_code"),
            new ArchiveTable("sales_daily_summary.csv", "sales_daily_summary", List.of(
                    required("county_code", TEXT), required("day", DATE), required("station_code", TEXT),
                    required("township_code", TEXT), required("village_code", TEXT), required("category_code", TEXT),
                    required("direction", TEXT), required("poverty", FLAG), required("channel", TEXT), required("unit", TEXT),
                    required("amount_fen", LONG), required("quantity", DECIMAL), required("entries", LONG),
                    required("household_links", LONG)),
                    List.of("county_code", "day", "station_code", "village_code", "category_code", "direction", "poverty",
                            "channel", "unit"),
                    BY_COUNTY, "county_code", "station_code"),
            new ArchiveTable("station_last_sales.csv", "station_last_sale", List.of(
                    required("station_code", TEXT), required("last_sale_date", DATE)),
                    List.of("station_code"), BY_STATION_COUNTY, null, "station_code"));

    private ArchiveTables() {
    }
}
