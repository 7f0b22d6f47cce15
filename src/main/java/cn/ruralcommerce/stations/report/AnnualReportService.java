package cn.ruralcommerce.stations.report;

import cn.ruralcommerce.stations.coverage.CoverageView;
import cn.ruralcommerce.stations.region.Region;
import cn.ruralcommerce.stations.region.RegionLevel;
import cn.ruralcommerce.stations.region.RegionRepository;
import cn.ruralcommerce.stations.web.ApiException;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Assembles the yearly development report (年度发展报告) of a county or the municipality from the data:
 * every section carries {@code noData} and the report lists Chinese/English notes for the empty ones.
 */
@Singleton
public class AnnualReportService {
    static final List<String> SECTIONS = List.of("stations", "coverage", "logistics", "sales", "categories", "poverty",
            "dormant", "monthly", "appraisal", "counties");
    private final RegionRepository regions;
    private final StationSection stations;
    private final CoverageSection coverage;
    private final SalesSection sales;
    private final TrendSection trends;
    private final MunicipalSection municipal;
    private final Clock clock;

    public AnnualReportService(RegionRepository regions, StationSection stations, CoverageSection coverage, SalesSection sales,
                               TrendSection trends, MunicipalSection municipal, Clock clock) {
        this.regions = regions;
        this.stations = stations;
        this.coverage = coverage;
        this.sales = sales;
        this.trends = trends;
        this.municipal = municipal;
        this.clock = clock;
    }

    /** The counties a report spans: every current county of the municipality, or the one asked for (404 when unknown). */
    public List<Region> counties(ReportRequest r) {
        if (r.municipal()) {
            return regions.findByLevelOrderByCode(RegionLevel.COUNTY).stream()
                    .filter(c -> c.code().startsWith(ReportRequest.MUNICIPALITY) && c.retiredOn() == null).toList();
        }
        return List.of(regions.findById(r.region()).orElseThrow(() -> ApiException.notFound("region", r.region())));
    }

    public Map<String, Object> build(ReportRequest r, DoubleConsumer progress) {
        List<Region> counties = counties(r);
        progress.accept(0.02);
        StationSection.Network network = stations.network(r);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("stations", stations.stations(r, network));
        Map<String, CoverageView.Summary> summaries = new LinkedHashMap<>();
        List<Map<String, Object>> leftByDormant = new ArrayList<>();
        for (int i = 0; i < counties.size(); i++) {
            CoverageSection.CountyCoverage c = coverage.county(counties.get(i).code(), r);
            summaries.put(counties.get(i).code(), c.summary());
            leftByDormant.addAll(c.leftByDormant());
            progress.accept(0.05 + 0.6 * (i + 1) / counties.size());
        }
        sections.put("coverage", CoverageSection.section(r, new ArrayList<>(summaries.values())));
        sections.put("logistics", coverage.logistics(counties.stream().map(Region::code).toList()));
        progress.accept(0.75);
        sections.put("sales", sales.balance(r, network.activeAtEnd().size()));
        sections.put("categories", sales.categories(r));
        sections.put("poverty", sales.poverty(r));
        sections.put("dormant", stations.dormant(r, network, leftByDormant));
        progress.accept(0.85);
        sections.put("monthly", trends.monthly(r));
        sections.put("appraisal", trends.appraisal(r, network.activeAtEnd()));
        Map<String, Object> compared = r.municipal() ? municipal.compare(r, counties, summaries, network.activeAtEnd())
                : new LinkedHashMap<>(Map.of("noData", true, "note", "仅全市报告（region=50）提供区县对比"));
        sections.put("counties", compared);
        progress.accept(0.98);
        return assemble(r, counties, sections);
    }

    private Map<String, Object> assemble(ReportRequest r, List<Region> counties, Map<String, Object> sections) {
        String name = r.municipal() ? "重庆市" : counties.get(0).name();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("region", Map.of("code", r.region(), "name", name, "level", r.municipal() ? "PROVINCE" : "COUNTY"));
        report.put("year", r.year());
        report.put("asOf", r.asOf().toString());
        report.put("title", r.calendarYear() ? name + " " + r.year() + " 年农村电子商务发展年度报告"
                : name + " " + r.yearStart() + " 至 " + r.asOf() + " 农村电子商务发展报告");
        report.put("from", r.yearStart().toString());
        report.put("generatedAt", clock.instant().toString());
        report.put("moneyUnit", "fen (分); yuan = fen / 100");
        List<String> notes = new ArrayList<>();
        boolean allEmpty = true;
        for (String key : SECTIONS) {
            @SuppressWarnings("unchecked")
            Map<String, Object> section = (Map<String, Object>) sections.get(key);
            if (Boolean.TRUE.equals(section.get("noData"))) {
                notes.add(key + "：" + r.year() + " 年度无数据");
            } else {
                allEmpty = false;
            }
        }
        report.put("noData", allEmpty);
        report.put("notes", notes);
        report.putAll(sections);
        return report;
    }
}
