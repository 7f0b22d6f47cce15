package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.web.ApiException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Packing is deterministic and unpacking refuses what is not a whole ZIP archive. */
class ArchiveZipTest {
    private static final Map<String, byte[]> FILES = new LinkedHashMap<>();

    static {
        FILES.put("manifest.json", "{}".getBytes(StandardCharsets.UTF_8));
        FILES.put("stations.csv", "code\nS1\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void packedFilesUnpackUnchangedAndTheSameFilesPackToTheSameBytes() {
        byte[] zip = ArchiveZip.pack(FILES);
        Map<String, byte[]> unpacked = ArchiveZip.unpack(zip);
        assertEquals(FILES.keySet(), unpacked.keySet());
        FILES.forEach((name, content) -> assertArrayEquals(content, unpacked.get(name)));
        assertArrayEquals(zip, ArchiveZip.pack(FILES));
    }

    @Test
    void truncatedOrForeignBytesAreA400OnTheFile() {
        byte[] zip = ArchiveZip.pack(FILES);
        for (byte[] bad : new byte[][] {Arrays.copyOf(zip, zip.length - 10), Arrays.copyOf(zip, zip.length / 2),
                "code,name\n".getBytes(StandardCharsets.UTF_8), new byte[0]}) {
            ApiException e = assertThrows(ApiException.class, () -> ArchiveZip.unpack(bad));
            assertEquals(400, e.status().getCode());
            assertEquals("file", e.errors().get(0).field());
        }
    }
}
