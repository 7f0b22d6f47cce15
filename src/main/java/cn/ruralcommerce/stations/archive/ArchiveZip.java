package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.web.ApiException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Packs named files into a ZIP and unpacks an uploaded one, refusing truncated or oversized archives. */
final class ArchiveZip {
    /** Uncompressed bytes one upload may expand to (a zip bomb stops here). */
    static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;
    private static final byte[] END_OF_CENTRAL_DIRECTORY = {'P', 'K', 5, 6};
    private static final int END_RECORD_MIN_LENGTH = 22;

    private ArchiveZip() {
    }

    /** Entries get a fixed timestamp, so the same files always pack to the same bytes. */
    static byte[] pack(Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> unpack(byte[] archive) {
        if (!hasEndRecord(archive)) {
            throw ApiException.badField("file", "不是完整的 ZIP 压缩包（被截断或是其他格式）", "not a complete ZIP archive (truncated, or another format)");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED_BYTES - total + 1));
                total += content.length;
                if (total > MAX_UNPACKED_BYTES) {
                    throw ApiException.badField("file", "解压后超过 " + MAX_UNPACKED_BYTES + " 字节", "unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
                }
                if (files.put(entry.getName(), content) != null) {
                    throw ApiException.badField(entry.getName(), "在压缩包中出现了两次", "appears twice in the archive");
                }
            }
        } catch (IOException e) {
            throw ApiException.badField("file", "不是可读的 ZIP 压缩包（文件损坏或格式不对）");
        }
        return files;
    }

    private static boolean hasEndRecord(byte[] archive) {
        int from = Math.max(0, archive.length - END_RECORD_MIN_LENGTH - 0xFFFF);
        for (int i = archive.length - END_RECORD_MIN_LENGTH; i >= from; i--) {
            if (archive[i] == END_OF_CENTRAL_DIRECTORY[0] && archive[i + 1] == END_OF_CENTRAL_DIRECTORY[1]
                    && archive[i + 2] == END_OF_CENTRAL_DIRECTORY[2] && archive[i + 3] == END_OF_CENTRAL_DIRECTORY[3]) {
                return true;
            }
        }
        return false;
    }
}
