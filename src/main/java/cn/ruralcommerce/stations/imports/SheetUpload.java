package cn.ruralcommerce.stations.imports;

import cn.ruralcommerce.stations.web.FieldError;

import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded CSV or XLSX file read into a sheet with its header checked against the required columns;
 * errors collects what is wrong so far (row 1 = the header) and is extended by the row checks.
 */
public record SheetUpload(Sheet sheet, List<FieldError> errors) {

    public static SheetUpload read(byte[] content, List<String> required, List<String> optional) {
        SheetReader.Result read = SheetReader.read(content);
        List<FieldError> errors = new ArrayList<>(read.errors());
        List<String> missing = read.sheet().missing(required);
        if (errors.isEmpty() && !missing.isEmpty()) {
            errors.add(FieldError.atRow(1, "header", "缺少列 " + missing + "；须有 " + required + "，可选 " + optional, "missing column(s) " + missing + "; expected "
                    + required + " then optional " + optional));
        }
        return new SheetUpload(read.sheet(), errors);
    }

    /** Whether the file itself or its header is unusable, so no row can be read. */
    public boolean headerRejected() {
        return errors.stream().anyMatch(e -> e.row() != null && e.row() == 1);
    }

    /** The report for an unusable file: returned as is for a dry run, else thrown as a 400 that writes nothing. */
    public ImportReport rejectHeader(boolean dryRun) {
        ImportReport rejected = new ImportReport(0, 0, 0, 0, dryRun, errors);
        if (dryRun) {
            return rejected;
        }
        throw new ImportRejectedException(rejected, "skipBadRows", "row");
    }
}
