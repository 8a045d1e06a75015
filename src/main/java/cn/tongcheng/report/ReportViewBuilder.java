package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.Change;
import cn.tongcheng.assessment.DimensionScore;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.assessment.Scoreboard;
import cn.tongcheng.rules.Practice;
import cn.tongcheng.assessment.Sensitivity;
import cn.tongcheng.assessment.Standing;
import cn.tongcheng.assessment.YearOnYear;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.engine.Status;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Value;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.Method;
import cn.tongcheng.report.ReportView.ArticleRef;
import cn.tongcheng.report.ReportView.Cell;
import cn.tongcheng.report.ReportView.DimensionRow;
import cn.tongcheng.report.ReportView.IndicatorRow;
import cn.tongcheng.report.ReportView.Listing;
import cn.tongcheng.report.ReportView.PlaceView;
import cn.tongcheng.report.ReportView.Source;
import cn.tongcheng.report.ReportView.StandingRow;
import cn.tongcheng.report.ReportView.SummaryRow;
import cn.tongcheng.report.ReportView.TextRow;
import cn.tongcheng.report.ReportView.TierKey;
import cn.tongcheng.report.ReportView.TopRecommendation;
import cn.tongcheng.report.ReportView.YearView;

/** Builds the {@link ReportView} of an assessment: words and lays out, computes nothing new about the places. */
public final class ReportViewBuilder {
    private static final List<String> LABELS = List.of("report.title", "report.summary.chart",
            "report.summary.table", "report.dimensions", "report.gaps", "report.diagnoses", "report.recommendations",
            "report.recommendations.collect", "report.profile.strongest", "report.profile.weakest", "report.coverage",
            "report.legend", "report.peer", "col.rank", "col.place", "col.index", "col.tier", "col.coverage",
            "col.dimension", "col.score", "col.indicator", "col.value", "col.target", "col.status", "col.source",
            "col.change", "col.others", "col.difference", "col.shortfall", "report.evidence", "report.radar",
            "report.rulebase", "report.factbase", "sens.chart", "report.findings", "report.top", "report.articles",
            "report.annex", "report.contents", "report.leaders", "report.cover.by", "report.nodata.title", "report.none", "report.trend",
            "status.met", "status.partly_met", "status.not_met", "status.no_data", "sheet.recommendations", "col.year",
            "col.index-change", "col.rank-change", "col.about", "col.priority", "col.recommendation", "col.quote",
            "col.basis", "col.unreported", "col.rank-why", "board.practice", "board.notes", "sheet.board");

    private final Assessment a;
    private final ReportText x;
    private final Messages m;
    private final Articles articles;
    private final Set<String> cited = new LinkedHashSet<>();
    private final ScoreBasis basis;

    private ReportViewBuilder(Assessment a, Language language, Articles articles) {
        this.a = a;
        this.m = Messages.of(language);
        this.x = new ReportText(m, a.catalogue());
        this.articles = articles;
        this.basis = new ScoreBasis(a, m);
    }

    public static ReportView of(Assessment a, Language language, Articles articles) {
        return new ReportViewBuilder(a, language, articles).build();
    }

    /** The view of an assessment, its list of articles cited from the source documents it carries. */
    public static ReportView of(Assessment a, Language language) {
        return of(a, language, Articles.of(a.articles()));
    }

    private ReportView build() {
        Map<String, String> t = new LinkedHashMap<>();
        for (String key : LABELS) t.put(key.replace('.', '_'), m.get(key));
        for (String key : GradingViewBuilder.LABELS) t.put(key.replace('.', '_'), m.get(key));
        Method method = a.catalogue().method();
        String methodText = m.get("report.method", ReportText.pct(method.metFrom()), ReportText.pct(method.partlyMetFrom()),
                ReportText.pct(method.minCoverage()));
        String trend = m.get("report.trend.method", Numbers.format(method.trendSteady()));
        List<TierKey> tiers = a.catalogue().tiers().stream()
                .map(tr -> new TierKey(tr.id(), x.tierOf(tr), "≥ " + Numbers.format(tr.minIndex()))).toList();
        List<YearView> years = a.years().stream().map(this::year).toList();
        List<String> annex = new ArrayList<>(List.of(methodText, trend,
                m.get("report.annex.tiers", String.join(x.zh() ? "；" : "; ",
                        tiers.stream().map(tr -> tr.name() + " " + tr.from()).toList())),
                m.get("report.basis.note"), m.get("report.annex.priority")));
        years.stream().filter(y -> !y.sensitivityMethod().isEmpty())
                .forEach(y -> annex.add(y.year() + ": " + y.sensitivityMethod()));
        annex.add(m.get("report.hashes.plain", a.rulesHash(), a.factsHash()));
        return new ReportView(a, x.zh() ? Language.ZH : Language.EN, x.zh() ? "zh-CN" : "en", m.get("report.title"),
                a.rulesHash(), a.factsHash(), methodText, trend, m.get("report.legend"), m.get("report.basis.note"), t,
                tiers, a.catalogue().dimensions().stream().map(Dimension::id).toList(),
                a.catalogue().dimensions().stream().map(d -> d.name(x.zh())).toList(), method.partlyMetFrom(), years,
                articlesCited(),
                annex);
    }

    private List<ArticleRef> articlesCited() {
        List<ArticleRef> list = new ArrayList<>();
        for (Articles.Article art : articles.byId().values()) {
            if (cited.contains(art.id())) list.add(new ArticleRef(art.id(), anchor(art.id()), art.title(), art.publisher(), art.date()));
        }
        return list;
    }

    private Source source(String id) {
        String s = id == null ? "" : id.strip();
        if (s.isEmpty()) return new Source("", "");
        cited.add(s);
        return new Source(s, articles.get(s).isPresent() ? anchor(s) : "");
    }

    private static String anchor(String id) {
        return "art-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private String list(List<String> names) {
        return String.join(x.zh() ? "、" : ", ", names);
    }

    private YearView year(int year) {
        List<PlaceAssessment> places = a.ofYear(year);
        List<RankingChart.Entry> entries = places.stream().map(p -> new RankingChart.Entry(label(p), p.index(),
                x.score(p.index()), p.tier(), p.place().peer())).toList();
        List<String> without = places.stream().filter(p -> p.coverage().withData() == 0)
                .map(p -> p.place().name(x.zh())).toList();
        return new YearView(year, RankingChart.of(entries),
                RankingChart.of(entries.stream().filter(e -> e.index() != null).toList()),
                places.stream().map(this::row).toList(),
                places.stream().map(this::place).toList(),
                without.isEmpty() ? "" : m.get("report.no-facts", year, list(without)),
                a.sensitivityOf(year).filter(Sensitivity.Result::analysed).map(r -> sensitivity(r, places)).orElse(null),
                a.sensitivityOf(year).filter(Sensitivity.Result::analysed)
                        .map(r -> SensitivityText.method(r, a, m) + " " + SensitivityText.strongest(r, m)).orElse(""),
                findings(year, places), top(places), year == a.years().get(a.years().size() - 1),
                new GradingViewBuilder(a, m, x, this::source).of(year), board(year, places), notRanked(year));
    }

    /** Why a year has no ranking, in words (「7 个县（市、区）中仅 1 个数据充足，不排名」); empty when it has one. */
    private String notRanked(int year) {
        return a.rankingOf(year).filter(f -> !f.ranked()).map(f -> NotRankedText.of(f, m)).orElse("");
    }

    /**
     * The practice scoreboard of the year: Jiaxing's places, and the peers that have a practice reported done or not
     * done; a note per ✔ and ✘ with the fact's place, year, source and quote.
     */
    private ReportView.BoardView board(int year, List<PlaceAssessment> places) {
        Scoreboard sb = a.scoreboard();
        if (sb.isEmpty()) return null;
        record Key(String practice, String place) {
        }
        Map<Key, Scoreboard.Cell> byKey = new java.util.HashMap<>();
        sb.cells().stream().filter(c -> c.year() == year).forEach(c -> byKey.put(new Key(c.practice(), c.place()), c));
        java.util.Set<String> reported = new java.util.HashSet<>();
        byKey.values().stream().filter(c -> c.mark() != Scoreboard.Mark.NOT_REPORTED).forEach(c -> reported.add(c.place()));
        List<PlaceAssessment> shown = places.stream().filter(p -> !p.place().peer() || reported.contains(p.place().id())).toList();
        List<ReportView.BoardRow> rows = new ArrayList<>();
        List<ReportView.BoardNote> notes = new ArrayList<>();
        int done = 0, notDone = 0, unreported = 0;
        for (Practice pr : sb.practices()) {
            List<ReportView.BoardCell> cells = new ArrayList<>();
            for (PlaceAssessment p : shown) {
                Scoreboard.Cell c = byKey.get(new Key(pr.id(), p.place().id()));
                Scoreboard.Mark mark = c == null ? Scoreboard.Mark.NOT_REPORTED : c.mark();
                String name = p.place().name(x.zh());
                String word = m.get("board.mark." + mark.name());
                String sign = BOARD_MARK.get(mark);
                String css = mark.name().toLowerCase(Locale.ROOT).replace('_', '-');
                if (mark == Scoreboard.Mark.NOT_REPORTED) {
                    unreported++;
                    cells.add(new ReportView.BoardCell(name, sign, word, css, "", name + " · " + pr.name().in(x.zh()) + "：" + word));
                    continue;
                }
                if (mark == Scoreboard.Mark.DONE) done++; else notDone++;
                cn.tongcheng.facts.Fact f = c.evidence();
                String number = String.valueOf(notes.size() + 1);
                String when = f.year() == year ? m.get("board.same-year", f.year()) : m.get("board.earlier-year", f.year());
                String fact = x.indicator(f.indicator()) + " = " + x.value(f.value().display(), a.catalogue().indicatorsById().get(f.indicator()));
                String text = m.get("board.note", name, pr.name().in(x.zh()), sign + " " + word, when, fact);
                String quote = x.evidence(f);
                notes.add(new ReportView.BoardNote(number, text, source(f.source()), quote));
                cells.add(new ReportView.BoardCell(name, sign, word, css, number, text + " " + f.source() + "「" + quote + "」"));
            }
            rows.add(new ReportView.BoardRow(pr.id(), pr.name().in(x.zh()), source(pr.source()), pr.quote(), cells));
        }
        return new ReportView.BoardView(m.get("board.heading", year),
                m.get("board.intro", sb.practices().size(), shown.size(), done, notDone, unreported),
                m.get("board.legend"), shown.stream().map(p -> p.place().name(x.zh())
                        + (p.place().peer() ? " " + m.get("report.peer") : "")).toList(), rows, notes);
    }

    private static final Map<Scoreboard.Mark, String> BOARD_MARK = Map.of(Scoreboard.Mark.DONE, "✔",
            Scoreboard.Mark.NOT_DONE, "✘", Scoreboard.Mark.NOT_REPORTED, "？");

    /** The main findings in sentences: who leads and trails, the tiers, who has no index, the widest gap, the moves. */
    private List<String> findings(int year, List<PlaceAssessment> places) {
        List<String> out = new ArrayList<>();
        List<PlaceAssessment> ranked = places.stream().filter(p -> p.rank() != null)
                .sorted(Comparator.comparing(PlaceAssessment::rank)).toList();
        String notRanked = notRanked(year);
        if (!notRanked.isEmpty()) {
            out.add(notRanked);
            List<String> withIndex = places.stream().filter(p -> p.index() != null && !p.place().peer())
                    .map(p -> p.place().name(x.zh()) + " " + x.score(p.index()) + (p.tier().isEmpty() ? "" : "（" + x.tier(p.tier()) + "）"))
                    .toList();
            if (!withIndex.isEmpty()) out.add(m.get("finding.index-unranked", list(withIndex)));
        } else if (ranked.isEmpty()) {
            out.add(m.get("finding.none-ranked", year));
        } else {
            PlaceAssessment first = ranked.get(0);
            out.add(m.get("finding.top", year, ranked.size(), first.place().name(x.zh()), x.score(first.index()),
                    x.tier(first.tier())));
            if (ranked.size() > 1) {
                PlaceAssessment last = ranked.get(ranked.size() - 1);
                out.add(m.get("finding.bottom", last.place().name(x.zh()), x.score(last.index()), x.tier(last.tier())));
            }
            Map<String, Integer> byTier = new LinkedHashMap<>();
            a.catalogue().tiers().forEach(tr -> byTier.put(tr.id(), 0));
            ranked.forEach(p -> byTier.merge(p.tier(), 1, Integer::sum));
            List<String> parts = new ArrayList<>();
            byTier.forEach((id, n) -> {
                if (n > 0) parts.add(m.get("finding.tier-count", x.tier(id), n));
            });
            out.add(m.get("finding.tiers", list(parts)));
        }
        List<PlaceAssessment> noIndex = places.stream().filter(p -> p.index() == null && !p.place().peer()).toList();
        if (!noIndex.isEmpty()) {
            out.add(m.get("finding.no-index", noIndex.size(), list(noIndex.stream().map(p -> p.place().name(x.zh())).toList()),
                    ReportText.pct(a.catalogue().method().minCoverage())));
        }
        widestGap(ranked).ifPresent(out::add);
        out.addAll(moves(ranked));
        return out;
    }

    private java.util.Optional<String> widestGap(List<PlaceAssessment> ranked) {
        PlaceAssessment where = null;
        DimensionScore lowest = null;
        for (PlaceAssessment p : ranked) {
            for (DimensionScore d : p.dimensions()) {
                if (d.score() != null && d.indicators() > 0 && (lowest == null || d.score() < lowest.score())) {
                    lowest = d;
                    where = p;
                }
            }
        }
        if (lowest == null) return java.util.Optional.empty();
        return java.util.Optional.of(m.get("finding.lowest-dimension", where.place().name(x.zh()),
                x.dimension(lowest.dimension()), x.score(lowest.score())));
    }

    /** Who rose most and who fell most since the previous year (each only if someone did). */
    private List<String> moves(List<PlaceAssessment> ranked) {
        List<PlaceAssessment> changed = ranked.stream()
                .filter(p -> p.yearOnYear() != null && p.yearOnYear().index() != null).toList();
        Comparator<PlaceAssessment> byDelta = Comparator.comparingDouble(p -> p.yearOnYear().index().delta());
        List<String> out = new ArrayList<>();
        changed.stream().max(byDelta).filter(p -> p.yearOnYear().index().delta() > 0).ifPresent(p -> out.add(
                m.get("finding.rose", p.yearOnYear().since(), p.place().name(x.zh()), ReportText.change(p.yearOnYear().index()))));
        changed.stream().min(byDelta).filter(p -> p.yearOnYear().index().delta() < 0).ifPresent(p -> out.add(
                m.get("finding.fell", p.yearOnYear().since(), p.place().name(x.zh()), ReportText.change(p.yearOnYear().index()))));
        return out;
    }

    /** The recommendations worth most in the year, each once, with the places it is made for. */
    private List<TopRecommendation> top(List<PlaceAssessment> places) {
        record Made(PlaceAssessment place, Recommendation rec) {
        }
        List<Made> all = new ArrayList<>();
        for (PlaceAssessment p : places) {
            for (Recommendation r : p.recommendations()) if (r.priority() != null) all.add(new Made(p, r));
        }
        all.sort(Comparator.comparingDouble((Made md) -> md.rec().priority()).reversed());
        Map<String, List<Made>> byText = new LinkedHashMap<>();
        for (Made md : all) byText.computeIfAbsent(md.rec().text(x.zh()), k -> new ArrayList<>()).add(md);
        return byText.values().stream().limit(ReportView.TOP_RECOMMENDATIONS).map(list -> {
            Recommendation r = list.get(0).rec();
            String where = list(list.stream().map(md -> md.place().place().name(x.zh())).distinct().toList());
            String worth = m.get("report.worth", Numbers.format(Numbers.round(r.priority(), 1)));
            return new TopRecommendation(r.text(x.zh()), where, worth, m.get("report.top.detail", where, worth),
                    source(r.source()), r.quote());
        }).toList();
    }

    private SensitivityChart sensitivity(Sensitivity.Result r, List<PlaceAssessment> places) {
        Map<String, String> names = new LinkedHashMap<>();
        places.forEach(p -> names.put(p.place().id(), p.place().name(x.zh())));
        return SensitivityChart.of(r, names, SensitivityText.sentences(r, names, m), m.get("sens.median"),
                SensitivityReport.choiceWords(m));
    }

    private String label(PlaceAssessment p) {
        String name = p.place().name(x.zh()) + (p.place().peer() ? " " + m.get("report.peer") : "");
        return p.rank() == null ? name : p.rank() + ". " + name;
    }

    private static Double delta(Change c) {
        return c == null ? null : c.delta();
    }

    private SummaryRow row(PlaceAssessment p) {
        YearOnYear y = p.yearOnYear();
        List<Cell> dims = new ArrayList<>();
        for (Dimension d : a.catalogue().dimensions()) {
            DimensionScore ds = p.dimension(d.id()).orElse(null);
            boolean none = ds == null || ds.indicators() == 0;
            dims.add(new Cell(none ? null : ds.score(), none ? "—" : x.score(ds.score()),
                    y == null ? "" : ReportText.change(y.dimensions().get(d.id()))));
        }
        return new SummaryRow(p.place().id(), p.place().name(x.zh()), p.place().peer(),
                p.place().peer() ? m.get("report.peer") : "", p.rank(),
                p.rank() == null ? "—" : String.valueOf(p.rank()), y == null ? "" : ReportText.change(y.rank()),
                y == null ? null : delta(y.rank()), p.index(), x.score(p.index()),
                y == null ? "" : ReportText.change(y.index()), y == null ? null : delta(y.index()),
                p.tier().isEmpty() ? "" : x.tier(p.tier()), p.tier().isEmpty() ? "none" : p.tier(),
                p.coverage().withData() + "/" + p.coverage().indicators(), dims, unreportedCount(p), p.coverage().indicators(),
                unreportedCount(p) + "/" + p.coverage().indicators());
    }

    /**
     * Why a place shows no index (its data cover less than the index's threshold) or no rank (the year's field is
     * too small), in words; empty when it has both or is not one to be ranked.
     */
    private String why(PlaceAssessment p) {
        if (p.index() == null && p.coverage().withData() > 0) {
            double threshold = a.result(p.year())
                    .map(r -> r.result(p.place().id(), cn.tongcheng.assessment.YearIndex.ROOT).stages().get(0).basis())
                    .filter(b -> b instanceof cn.tongcheng.method.Basis.Aggregated ag && ag.threshold().isPresent())
                    .map(b -> ((cn.tongcheng.method.Basis.Aggregated) b).threshold().getAsDouble())
                    .orElse(a.catalogue().method().minCoverage());
            return m.get("report.no-index.place", ReportText.pct(p.coverage().weighted()), ReportText.pct(threshold));
        }
        return p.place().ranked() || p.rank() != null ? notRanked(p.year()) : "";
    }

    private static int unreportedCount(PlaceAssessment p) {
        return p.unreported();
    }

    /** "未报告 12 项（共 18 项适用）：未报告不等于未做到". */
    private String unreported(PlaceAssessment p) {
        return m.get("report.unreported", unreportedCount(p), p.coverage().indicators());
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
                    d.withData() + "/" + d.indicators() + " (" + ReportText.pct(d.coverage()) + ")",
                    basis.aggregate(p, d.dimension()).text()));
        }
        RadarChart radar = RadarChart.of(spokes, a.catalogue().method().partlyMetFrom(),
                m.get("report.radar.target"), m.get("report.radar.band"));
        List<TextRow> prioritised = p.recommendations().stream().filter(r -> r.priority() != null)
                .map(this::recommendation).toList();
        List<TextRow> forMissing = p.recommendations().stream().filter(r -> r.priority() == null)
                .map(this::recommendation).toList();
        // a reported figure the method could not score is not "no data": the monitoring section lists it with why
        List<IndicatorScore> none = p.indicators().stream().filter(s -> s.isNoData() && s.getFact() == null).toList();
        return new PlaceView(p.place().id(), p.place().name(x.zh()), p.year(), p.place().peer(), x.score(p.index()),
                y == null ? "" : ReportText.change(y.index()), x.tier(p.tier()),
                p.tier().isEmpty() ? "none" : p.tier(), p.rank() == null ? "—" : String.valueOf(p.rank()),
                y == null ? "" : ReportText.change(y.rank()),
                m.get("report.coverage.text", p.coverage().withData(), p.coverage().indicators(),
                        ReportText.pct(p.coverage().weighted())),
                y == null ? "" : m.get("report.since", y.since()),
                radar, trend(p), dims, indicators(p), standings(p.profile().strongest()), standings(p.profile().weakest()),
                p.diagnoses().stream().map(d -> new TextRow(d.text(x.zh()), "",
                        m.get("report.evidence.of", list(d.evidence().stream().map(x::indicator).toList())), null, "", null,
                        source(d.source()), d.quote())).toList(),
                Listing.of(prioritised, m.get("report.more", Math.max(0, prioritised.size() - ReportView.SHOWN_RECOMMENDATIONS))),
                Listing.of(forMissing, m.get("report.more", Math.max(0, forMissing.size() - ReportView.SHOWN_RECOMMENDATIONS))),
                none.isEmpty() ? "" : m.get("report.nodata", none.size()) + ": "
                        + list(none.stream().map(s -> s.definition().name(x.zh())).toList()),
                p.coverage().withData() > 0, unreported(p), why(p),
                m.get("report.index-basis", basis.aggregate(p, cn.tongcheng.assessment.YearIndex.ROOT).text()));
    }

    /** The place's index and dimension scores in every assessed year, when there are two or more. */
    private TrendChart trend(PlaceAssessment p) {
        if (a.years().size() < 2) return null;
        List<PlaceAssessment> history = new ArrayList<>();
        for (int year : a.years()) {
            history.add(a.ofYear(year).stream().filter(o -> o.place().id().equals(p.place().id())).findFirst().orElse(null));
        }
        List<TrendChart.Line> lines = new ArrayList<>();
        lines.add(new TrendChart.Line(m.get("col.index"), history.stream().map(h -> h == null ? null : shown(h.index())).toList()));
        for (Dimension d : a.catalogue().dimensions()) {
            lines.add(new TrendChart.Line(d.name(x.zh()), history.stream().map(h -> h == null ? null
                    : shown(h.dimension(d.id()).filter(ds -> ds.indicators() > 0).map(DimensionScore::score).orElse(null))).toList()));
        }
        return TrendChart.of(a.years(), lines);
    }

    /** A score as the chart shows it: to {@link cn.tongcheng.assessment.ScoreDisplay#DECIMALS}, as the tables do. */
    private static Double shown(Double score) {
        return score == null ? null : Numbers.round(score, cn.tongcheng.assessment.ScoreDisplay.DECIMALS);
    }

    private List<IndicatorRow> indicators(PlaceAssessment p) {
        Map<String, Change> changes = p.yearOnYear() == null ? Map.of() : p.yearOnYear().indicators();
        return p.indicators().stream().map(s -> {
            boolean data = !s.isNoData() && s.getFact() != null;
            Value target = s.getCriterion().target();
            ScoreBasis.Worded worded = basis.of(p, s);
            if (worded.kind() == ScoreBasis.Kind.SOURCED) source(s.getCriterion().source());
            return new IndicatorRow(s.getIndicator(), s.getDimension(), s.definition().name(x.zh()),
                    data && s.getFact().value() instanceof Value.Number n ? n.amount() : null, x.value(s),
                    target instanceof Value.Number n ? n.amount() : null, x.target(s), s.definition().unit(),
                    s.getScore(), x.score(s.getScore()), delta(changes.get(s.getIndicator())),
                    ReportText.change(changes.get(s.getIndicator())),
                    s.getShortfall() == null ? "—" : Numbers.format(s.getShortfall()), s.getStatus(),
                    x.status(s.getStatus()), statusClass(s.getStatus()), ReportText.MARK.get(s.getStatus()),
                    data ? source(s.getFact().source()) : new Source("", ""), data ? x.evidence(s.getFact()) : "",
                    "policy-choice".equals(s.getCriterion().basis()), data, worded.kind().id, worded.text());
        }).toList();
    }

    private List<StandingRow> standings(List<Standing> list) {
        return list.stream().map(s -> new StandingRow(x.indicator(s.indicator()), x.score(s.score()),
                x.score(s.othersMean()) + " (" + s.others() + ")",
                (s.difference() > 0 ? "+" : "−") + Numbers.format(Math.abs(s.difference())))).toList();
    }

    private TextRow recommendation(Recommendation r) {
        String about = r.indicator().isEmpty() ? ""
                : m.get("report.about", x.indicator(r.indicator()), ReportText.MARK.get(r.status()) + " " + x.status(r.status()));
        return new TextRow(r.text(x.zh()), r.indicator().isEmpty() ? "" : x.indicator(r.indicator()), about, r.status(), r.status() == null ? "" : x.status(r.status()),
                r.priority(), source(r.source()), r.quote());
    }

    private static String statusClass(Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
