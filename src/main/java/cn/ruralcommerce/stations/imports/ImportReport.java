package cn.ruralcommerce.stations.imports;

import cn.ruralcommerce.stations.web.FieldError;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Outcome of a file import: what was (or, in a dry run, would be) created, updated or left alone, and the rejected lines. */
@Serdeable
public record ImportReport(int created, int updated, int unchanged, int skipped, boolean dryRun, List<FieldError> errors) {
}
