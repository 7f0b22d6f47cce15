package cn.ruralcommerce.stations.archive;

import java.util.List;

/** The checked rows of one archive file: per row its CSV line, its cell texts and the parsed values, in column order. */
record ArchiveRows(ArchiveTable table, List<Row> rows) {

    /** One data row of the file. */
    record Row(int line, List<String> cells, List<Object> values) {
    }
}
