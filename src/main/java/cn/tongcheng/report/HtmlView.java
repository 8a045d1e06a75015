package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Change;
import cn.tongcheng.assessment.DimensionScore;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.assessment.Standing;
import cn.tongcheng.assessment.YearOnYear;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.engine.Status;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.Method;

/**
 * What the HTML template shows, already worded in one language and laid out (chart geometry included);
 * taken from the assessment without computing anything new about the places.
 */
public record HtmlView(String lang, String title, String rulesHash, String factsHash, String method,
                       Map<String, String> t, List<TierKey> tiers, List<YearView> years, String referencesTitle,
                       List<String> references) {

    public record TierKey(String id, String name, String from) {
    }

    public record YearView(int year, RankingChart chart, List<String> dimensionNames, List<SummaryRow> rows,
                           List<PlaceView> places, String noFacts, SensitivityChart sensitivity,
                           String sensitivityMethod) {
    }

    /** @param id the place's id (the web app links its page) */
    public record SummaryRow(String id, String rank, String rankChange, String place, boolean peer, String index,
                             String indexChange, String tier, String tierId, String coverage, List<Cell> dimensions) {
    }

    public record Cell(String text, String change) {
    }

    public record PlaceView(String id, String name, int year, boolean peer, String index, String indexChange,
                            String tier, String tierId, String rank, String rankChange, String coverage,
                            String since, RadarChart radar, List<DimensionRow> dimensions, List<GapRow> gaps,
                            List<StandingRow> strongest, List<StandingRow> weakest, List<TextRow> diagnoses,
                            List<TextRow> recommendations, List<TextRow> noDataRecommendations, String more,
                            String noData) {

        public boolean hasDiagnoses() {
            return !diagnoses.isEmpty();
        }
    }

    public record DimensionRow(String name, String score, String change, String coverage) {
    }

    /** @param id the indicator's id (the web app links its explanation) */
    public record GapRow(String id, String indicator, String value, String target, String score, String change,
                         String status, String statusClass, String mark, String source, String quote) {
    }

    public record StandingRow(String indicator, String score, String others, String difference) {
    }

    public record TextRow(String text, String about, String source, String quote) {
    }

    /** The view of an assessment in one language (the HTML report and the web app show it). */
    public static HtmlView of(Assessment a, cn.tongcheng.i18n.Language language) {
        return of(a, new ReportText(cn.tongcheng.i18n.Messages.of(language), a.catalogue()));
    }

    static HtmlView of(Assessment a, ReportText x) {
        return new Builder(a, x).build();
    }

    private static final class Builder {
        private static final List<String> LABELS = List.of("report.title", "report.summary.chart",
                "report.summary.table", "report.dimensions", "report.gaps", "report.diagnoses", "report.recommendations",
                "report.profile.strongest", "report.profile.weakest", "report.coverage", "report.basis.note",
                "report.legend", "report.peer", "col.rank", "col.place", "col.index", "col.tier", "col.coverage",
                "col.dimension", "col.score", "col.indicator", "col.value", "col.target", "col.status", "col.source",
                "col.change", "col.others", "col.difference", "report.evidence", "report.radar", "report.rulebase",
                "report.factbase", "sens.chart");
        private final Assessment a;
        private final ReportText x;

        Builder(Assessment a, ReportText x) {
            this.a = a;
            this.x = x;
        }

        HtmlView build() {
            Map<String, String> t = new LinkedHashMap<>();
            for (String key : LABELS) t.put(key.replace('.', '_'), x.messages().get(key));
            Method method = a.catalogue().method();
            String methodText = x.messages().get("report.method", ReportText.pct(method.metFrom()),
                    ReportText.pct(method.partlyMetFrom()), ReportText.pct(method.minCoverage()))
                    + " " + x.messages().get("report.trend.method", cn.tongcheng.facts.Numbers.format(method.trendSteady()));
            List<TierKey> tiers = a.catalogue().tiers().stream()
                    .map(tr -> new TierKey(tr.id(), x.tierOf(tr), "≥ " + cn.tongcheng.facts.Numbers.format(tr.minIndex())))
                    .toList();
            List<YearView> years = a.years().stream().map(this::year).toList();
            return new HtmlView(x.zh() ? "zh-CN" : "en", x.messages().get("report.title"), a.rulesHash(),
                    a.factsHash(), methodText, t, tiers, years,
                    a.cited().isEmpty() ? "" : x.messages().get("report.references"),
                    a.cited().stream().map(cn.tongcheng.sources.Article::citation).toList());
        }

        private YearView year(int year) {
            List<PlaceAssessment> places = a.ofYear(year);
            List<RankingChart.Entry> entries = places.stream().map(p -> new RankingChart.Entry(label(p), p.index(),
                    x.score(p.index()), p.tier(), p.place().peer())).toList();
            List<String> without = places.stream().filter(p -> p.coverage().withData() == 0)
                    .map(p -> p.place().name(x.zh())).toList();
            return new YearView(year, RankingChart.of(entries),
                    a.catalogue().dimensions().stream().map(d -> d.name(x.zh())).toList(),
                    places.stream().map(this::row).toList(),
                    places.stream().filter(p -> p.coverage().withData() > 0).map(this::place).toList(),
                    without.isEmpty() ? "" : x.messages().get("report.no-facts", year, String.join(x.zh() ? "、" : ", ", without)),
                    a.sensitivityOf(year).map(r -> sensitivity(r, places)).orElse(null),
                    a.sensitivityOf(year).map(r -> x.messages().get("sens.method", r.draws(),
                            cn.tongcheng.facts.Numbers.format(r.spread()), r.seed())).orElse(""));
        }

        private SensitivityChart sensitivity(cn.tongcheng.assessment.Sensitivity.Result r, List<PlaceAssessment> places) {
            Map<String, String> names = new LinkedHashMap<>();
            places.forEach(p -> names.put(p.place().id(), p.place().name(x.zh())));
            List<String> sentences = new ArrayList<>();
            r.overlaps().forEach(o -> sentences.add(x.messages().get("sens.overlap", names.get(o.first()), names.get(o.second()))));
            if (sentences.isEmpty() && !r.places().isEmpty()) sentences.add(x.messages().get("sens.no-overlap"));
            return SensitivityChart.of(r, names, sentences, x.messages().get("sens.median"));
        }

        private String label(PlaceAssessment p) {
            String name = p.place().name(x.zh()) + (p.place().peer() ? " " + x.messages().get("report.peer") : "");
            return p.rank() == null ? name : p.rank() + ". " + name;
        }

        private SummaryRow row(PlaceAssessment p) {
            YearOnYear y = p.yearOnYear();
            List<Cell> dims = new ArrayList<>();
            for (Dimension d : a.catalogue().dimensions()) {
                DimensionScore ds = p.dimension(d.id()).orElse(null);
                String text = ds == null || ds.indicators() == 0 ? "—" : x.score(ds.score());
                dims.add(new Cell(text, y == null ? "" : ReportText.change(y.dimensions().get(d.id()))));
            }
            return new SummaryRow(p.place().id(), p.rank() == null ? "—" : String.valueOf(p.rank()),
                    y == null ? "" : ReportText.change(y.rank()), p.place().name(x.zh()), p.place().peer(),
                    p.index() == null ? x.score(null) : x.score(p.index()), y == null ? "" : ReportText.change(y.index()),
                    x.tier(p.tier()), p.tier().isEmpty() ? "none" : p.tier(),
                    p.coverage().withData() + "/" + p.coverage().indicators(), dims);
        }

        private PlaceView place(PlaceAssessment p) {
            YearOnYear y = p.yearOnYear();
            List<RadarChart.Spoke> spokes = new ArrayList<>();
            List<DimensionRow> dims = new ArrayList<>();
            for (DimensionScore d : p.dimensions()) {
                String name = x.dimension(d.dimension());
                String shown = d.indicators() == 0 ? "—" : x.score(d.score());
                spokes.add(new RadarChart.Spoke(name, d.score(), shown));
                if (d.indicators() == 0) continue;
                dims.add(new DimensionRow(name, shown, y == null ? "" : ReportText.change(y.dimensions().get(d.dimension())),
                        d.withData() + "/" + d.indicators() + " (" + ReportText.pct(d.coverage()) + ")"));
            }
            RadarChart radar = RadarChart.of(spokes, a.catalogue().method().partlyMetFrom(),
                    x.messages().get("report.radar.target"), x.messages().get("report.radar.band"));
            List<Recommendation> recs = p.recommendations();
            List<Recommendation> forMissing = recs.stream().filter(r -> r.priority() == null).toList();
            int max = MarkdownReport.MAX_NO_DATA_RECOMMENDATIONS;
            List<IndicatorScore> none = p.indicators().stream().filter(IndicatorScore::isNoData).toList();
            return new PlaceView(p.place().id(), p.place().name(x.zh()), p.year(), p.place().peer(), x.score(p.index()),
                    y == null ? "" : ReportText.change(y.index()), x.tier(p.tier()),
                    p.tier().isEmpty() ? "none" : p.tier(), p.rank() == null ? "—" : String.valueOf(p.rank()),
                    y == null ? "" : ReportText.change(y.rank()),
                    x.messages().get("report.coverage.text", p.coverage().withData(), p.coverage().indicators(),
                            ReportText.pct(p.coverage().weighted())),
                    y == null ? "" : x.messages().get("report.since", y.since()),
                    radar, dims, gaps(p), standings(p.profile().strongest()), standings(p.profile().weakest()),
                    p.diagnoses().stream().map(d -> new TextRow(d.text(x.zh()),
                            d.evidence().stream().map(x::indicator).reduce((l, r) -> l + ", " + r).orElse(""),
                            d.source(), d.quote())).toList(),
                    recs.stream().filter(r -> r.priority() != null).map(this::recommendation).toList(),
                    forMissing.stream().limit(max).map(this::recommendation).toList(),
                    forMissing.size() > max ? x.messages().get("report.more-in-json", forMissing.size() - max) : "",
                    none.isEmpty() ? "" : x.messages().get("report.nodata", none.size()) + ": "
                            + String.join(x.zh() ? "、" : ", ", none.stream().map(s -> s.definition().name(x.zh())).toList()));
        }

        private List<GapRow> gaps(PlaceAssessment p) {
            YearOnYear y = p.yearOnYear();
            return p.indicators().stream().filter(s -> !s.isNoData()).map(s -> new GapRow(s.getIndicator(),
                    s.definition().name(x.zh()), x.value(s), x.target(s), x.score(s.getScore()),
                    y == null ? "" : ReportText.change(y.indicators().get(s.getIndicator())),
                    x.status(s.getStatus()), statusClass(s.getStatus()), ReportText.MARK.get(s.getStatus()),
                    x.provenance(s.getFact()), s.getFact().quote())).toList();
        }

        private List<StandingRow> standings(List<Standing> list) {
            return list.stream().map(s -> new StandingRow(x.indicator(s.indicator()), x.score(s.score()),
                    x.score(s.othersMean()) + " (" + s.others() + ")",
                    (s.difference() > 0 ? "+" : "−") + cn.tongcheng.facts.Numbers.format(Math.abs(s.difference()))))
                    .toList();
        }

        private TextRow recommendation(Recommendation r) {
            String about = r.indicator().isEmpty() ? ""
                    : x.indicator(r.indicator()) + ": " + ReportText.MARK.get(r.status()) + " " + x.status(r.status());
            return new TextRow(r.text(x.zh()), about, r.source(), r.quote());
        }

        private static String statusClass(Status s) {
            return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
