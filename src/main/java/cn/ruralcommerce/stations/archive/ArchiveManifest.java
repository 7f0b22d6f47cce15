package cn.ruralcommerce.stations.archive;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * manifest.json of a county archive: format version, county, when it was made, each CSV file with its
 * data-row count and SHA-256, and the shared division and catalog codes the files reference.
 */
@Serdeable
public record ArchiveManifest(int formatVersion, String countyCode, @Nullable String generatedAt, List<FileEntry> files,
                              List<String> regionCodes, List<String> categoryCodes) {
    public static final int FORMAT_VERSION = 1;
    public static final String NAME = "manifest.json";

    /** One CSV file of the archive. */
    @Serdeable
    public record FileEntry(String name, int rows, String sha256) {
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
