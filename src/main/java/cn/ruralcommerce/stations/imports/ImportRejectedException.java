package cn.ruralcommerce.stations.imports;

import cn.ruralcommerce.stations.web.ApiException;
import io.micronaut.http.HttpStatus;

/** A file with bad lines and no permission to skip them: nothing was written; the 400 lists every error. */
public class ImportRejectedException extends ApiException {
    public ImportRejectedException(ImportReport report) {
        super(HttpStatus.BAD_REQUEST, report.errors().size() + " line(s) rejected; nothing was written"
                + " (pass skipBadLines=true to import the valid lines)", report.errors());
    }
}
