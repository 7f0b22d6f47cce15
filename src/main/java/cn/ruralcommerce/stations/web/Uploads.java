package cn.ruralcommerce.stations.web;

import io.micronaut.http.multipart.CompletedFileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads uploaded files, rejecting a missing or empty part by name. */
public final class Uploads {
    private Uploads() {
    }

    public static byte[] bytes(CompletedFileUpload upload, String field) {
        if (upload == null) {
            throw ApiException.badField(field, "a multipart file part named '" + field + "' is required");
        }
        try {
            byte[] bytes = upload.getBytes();
            if (bytes.length == 0) {
                throw ApiException.badField(field, "is empty");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
