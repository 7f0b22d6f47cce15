package cn.ruralcommerce.stations.web;

import io.micronaut.http.multipart.CompletedFileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Reads uploaded files, rejecting a missing or empty part, or a .xlsx that is not a workbook, by name. */
public final class Uploads {
    private Uploads() {
    }

    public static byte[] bytes(CompletedFileUpload upload, String field) {
        if (upload == null) {
            throw ApiException.badField(field, "缺少名为 '" + field + "' 的上传文件", "a multipart file part named '" + field + "' is required");
        }
        try {
            byte[] bytes = upload.getBytes();
            if (bytes.length == 0) {
                throw ApiException.badField(field, "是空文件", "is empty");
            }
            if (upload.getFilename() != null && upload.getFilename().toLowerCase(Locale.ROOT).endsWith(".xlsx") && !zip(bytes)) {
                throw ApiException.badField(field, "文件 " + upload.getFilename() + " 不是 XLSX 工作簿", "is named " + upload.getFilename() + " but is not an XLSX workbook");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bytes start like a zip archive, as every XLSX workbook does. */
    static boolean zip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
