package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.support.ApiClient;
import io.micronaut.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Test-side handling of archive ZIPs: unpack, repack, edit a file and re-seal its manifest checksum. */
public final class ArchiveFiles {
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private ArchiveFiles() {
    }

    public static Map<String, byte[]> unzip(byte[] archive) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<?, ?> manifest(byte[] archive) {
        return ApiClient.read(new String(unzip(archive).get(ArchiveManifest.NAME), StandardCharsets.UTF_8), Map.class);
    }

    static Map<?, ?> manifestWithoutTime(byte[] manifest) {
        Map<?, ?> parsed = ApiClient.read(new String(manifest, StandardCharsets.UTF_8), Map.class);
        Map<Object, Object> copy = new HashMap<>(parsed);
        copy.remove("generatedAt");
        return copy;
    }

    static int rows(Map<?, ?> manifest, String file) {
        return ((List<?>) manifest.get("files")).stream().map(f -> (Map<?, ?>) f).filter(f -> file.equals(f.get("name")))
                .mapToInt(f -> ((Number) f.get("rows")).intValue()).findFirst().orElseThrow();
    }

    /** The CSV files as text lines, for readable comparisons. */
    static Map<String, List<String>> withoutManifest(byte[] archive) {
        Map<String, List<String>> files = new TreeMap<>();
        unzip(archive).forEach((name, content) -> {
            if (!name.equals(ArchiveManifest.NAME)) {
                files.put(name, List.of(new String(content, StandardCharsets.UTF_8).split("\n")));
            }
        });
        return files;
    }

    public static byte[] replace(byte[] content, String from, String to) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(from + " not in the file");
        }
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    /** The files with one replaced and the manifest's checksum of it updated, as a forger would. */
    static Map<String, byte[]> resealed(Map<String, byte[]> files, String name, byte[] content) {
        return resealed(files, name, content, -1);
    }

    /** As {@link #resealed(Map, String, byte[])}, the manifest also giving the file's new row count (when not negative). */
    @SuppressWarnings("unchecked")
    static Map<String, byte[]> resealed(Map<String, byte[]> files, String name, byte[] content, int rows) {
        Map<String, Object> manifest = new LinkedHashMap<>((Map<String, Object>) ApiClient.read(
                new String(files.get(ArchiveManifest.NAME), StandardCharsets.UTF_8), Map.class));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Object entry : (List<?>) manifest.get("files")) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) entry);
            if (name.equals(copy.get("name"))) {
                copy.put("sha256", ArchiveManifest.sha256(content));
                if (rows >= 0) {
                    copy.put("rows", rows);
                }
            }
            entries.add(copy);
        }
        manifest.put("files", entries);
        Map<String, byte[]> result = new LinkedHashMap<>(files);
        result.put(name, content);
        try {
            result.put(ArchiveManifest.NAME, JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
