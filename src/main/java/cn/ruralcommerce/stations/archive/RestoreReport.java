package cn.ruralcommerce.stations.archive;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** What a restore did per file: rows in the archive, rows inserted, rows already stored unchanged. */
@Serdeable
public record RestoreReport(String countyCode, List<FileResult> files) {

    /** The outcome for one file. */
    @Serdeable
    public record FileResult(String file, int rows, int inserted, int unchanged) {
    }

    public int inserted() {
        return files.stream().mapToInt(FileResult::inserted).sum();
    }
}
