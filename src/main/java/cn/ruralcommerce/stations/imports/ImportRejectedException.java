package cn.ruralcommerce.stations.imports;

import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.http.HttpStatus;

/** A file with bad lines and no permission to skip them: nothing was written; the 400 lists every error. */
public class ImportRejectedException extends ApiException {
    public ImportRejectedException(ImportReport report) {
        this(report, "skipBadLines", "line");
    }

    /** For imports whose skip parameter and unit have other names (skipBadRows, row). */
    public ImportRejectedException(ImportReport report, String skipParameter, String unit) {
        super(HttpStatus.BAD_REQUEST, report.errors().size() + " 处错误，未写入任何数据（加参数 " + skipParameter
                        + "=true 可只导入无误的行）",
                report.errors().size() + " " + unit + " error(s); nothing was written"
                + " (pass " + skipParameter + "=true to import the valid " + unit + "s)", report.errors());
    }
}
