package cn.ruralcommerce.stations.archive;

import cn.ruralcommerce.stations.imports.Sheet;
import cn.ruralcommerce.stations.imports.SheetReader;
import cn.ruralcommerce.stations.web.ApiException;
import cn.ruralcommerce.stations.web.FieldError;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Unpacks and checks an uploaded county archive without touching the database: the manifest's format and
 * county, every file's presence, SHA-256 and row count, the headers, each cell's type, the county of each
 * row and the station each row belongs to. Any problem is a 400 naming the file, line and column.
 */
@Singleton
public class ArchiveReader {
    /** A checked archive: its manifest, its files in restore order and the shared codes they reference. */
    record Content(ArchiveManifest manifest, List<ArchiveRows> files, ArchiveReferences references) {
    }

    private final ObjectMapper json;

    public ArchiveReader(ObjectMapper json) {
        this.json = json;
    }

    Content read(byte[] zip, String county) {
        Map<String, byte[]> files = ArchiveZip.unpack(zip);
        ArchiveManifest manifest = manifest(files, county);
        Map<String, ArchiveManifest.FileEntry> listed = manifest.files().stream()
                .collect(Collectors.toMap(ArchiveManifest.FileEntry::name, Function.identity(), (a, b) -> a));
        Set<String> expected = new HashSet<>(ArchiveTables.ALL.stream().map(ArchiveTable::file).toList());
        expected.add(ArchiveManifest.NAME);
        files.keySet().stream().filter(name -> !expected.contains(name)).findFirst()
                .ifPresent(name -> {
                    throw ApiException.badField(name, "不是区县档案中的文件", "is not a file of a county archive");
                });
        List<ArchiveRows> tables = new ArrayList<>();
        ArchiveReferences references = new ArchiveReferences();
        List<FieldError> errors = new ArrayList<>();
        Set<String> stations = new HashSet<>();
        for (ArchiveTable table : ArchiveTables.ALL) {
            Sheet sheet = verifiedSheet(table, files.get(table.file()), listed.get(table.file()));
            ArchiveRows rows = RowChecker.check(table, sheet, county, stations, errors);
            rows.rows().forEach(row -> references.add(table, row.cells(), row.line()));
            tables.add(rows);
        }
        StatusHistoryCheck.check(tables, errors);
        if (!errors.isEmpty()) {
            throw ApiException.badFields(errors);
        }
        return new Content(manifest, tables, references);
    }

    private ArchiveManifest manifest(Map<String, byte[]> files, String county) {
        byte[] bytes = files.get(ArchiveManifest.NAME);
        if (bytes == null) {
            throw ApiException.badField(ArchiveManifest.NAME, "压缩包中缺少此文件", "is missing from the archive");
        }
        ArchiveManifest manifest;
        try {
            manifest = json.readValue(bytes, ArchiveManifest.class);
        } catch (IOException | RuntimeException e) {
            throw ApiException.badField(ArchiveManifest.NAME, "不是可读的清单文件（JSON 格式不对）");
        }
        if (manifest.formatVersion() != ArchiveManifest.FORMAT_VERSION) {
            throw ApiException.badField(ArchiveManifest.NAME + "/formatVersion", "清单格式版本 " + manifest.formatVersion() + " 不受支持（应为 " + ArchiveManifest.FORMAT_VERSION + "）", "format " + manifest.formatVersion()
                    + " is not supported (expected " + ArchiveManifest.FORMAT_VERSION + ")");
        }
        if (!county.equals(manifest.countyCode())) {
            throw ApiException.badField(ArchiveManifest.NAME + "/countyCode", "此档案属于区县 " + manifest.countyCode() + "，不是 " + county, "the archive is of county "
                    + manifest.countyCode() + ", not " + county);
        }
        return manifest;
    }

    private static Sheet verifiedSheet(ArchiveTable table, byte[] content, ArchiveManifest.FileEntry entry) {
        String file = table.file();
        if (content == null || entry == null) {
            throw ApiException.badField(file, content == null ? "压缩包中缺少此文件" : "清单中没有列出此文件", content == null ? "is missing from the archive" : "is not listed in the manifest");
        }
        if (!ArchiveManifest.sha256(content).equals(entry.sha256())) {
            throw ApiException.badField(file, "SHA-256 与清单不符：文件被改动或已损坏", "SHA-256 does not match the manifest: the file was changed or damaged");
        }
        SheetReader.Result read = SheetReader.read(content);
        if (!read.errors().isEmpty()) {
            FieldError first = read.errors().get(0);
            throw ApiException.badFields(List.of(first.at(first.line(), first.row(), file)));
        }
        if (!read.sheet().header().equals(table.names())) {
            throw ApiException.badFields(List.of(FieldError.atLine(1, file, "表头须为 " + table.names(), "header must be " + table.names())));
        }
        if (read.sheet().rows().size() != entry.rows()) {
            throw ApiException.badField(file, "有 " + read.sheet().rows().size() + " 行，清单写的是 " + entry.rows() + " 行", read.sheet().rows().size() + " rows, the manifest says " + entry.rows());
        }
        return read.sheet();
    }
}
