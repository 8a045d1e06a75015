package cn.tongcheng.report;

import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.engine.Status;
import cn.tongcheng.i18n.Language;

/**
 * What every report shows, already worded in one language and laid out (chart geometry included), built once
 * from the assessment by {@link ReportViewBuilder}: the HTML, Markdown, workbook, Word and PDF writers only
 * arrange it. Numbers the workbook needs as numbers are kept beside their text.
 */
public record ReportView(Assessment assessment, Language language, String lang, String title, String rulesHash,
                         String factsHash, String method, String trendMethod, String legend, String basisNote,
                         Map<String, String> t, List<TierKey> tiers, List<String> dimensionIds,
                         List<String> dimensionNames, double partlyMetFrom, List<YearView> years,
                         List<ArticleRef> articles, List<String> annex) {

    /** Recommendations shown before the rest are folded away (HTML) or summarised. */
    static final int SHOWN_RECOMMENDATIONS = 10;
    /** Recommendations on the one-page summary. */
    static final int TOP_RECOMMENDATIONS = 5;

    public boolean zh() {
        return language == Language.ZH;
    }

    /** The years, as shown on the cover: "2015–2016". */
    public String yearSpan() {
        if (years.isEmpty()) return "";
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    public boolean hasArticles() {
        return !articles.isEmpty();
    }

    /** The figures of the monitoring-only indicators: shown, never scored (worded when asked for). */
    public MonitoringSection monitoring() {
        return MonitoringSection.of(assessment, language, articles);
    }

    public YearView latest() {
        return years.get(years.size() - 1);
    }

    public record TierKey(String id, String name, String from) {
    }

    /**
     * One assessed year: the ranking chart, the summary table, every place (those with data have a section),
     * the sensitivity of the ranking if asked for, the chart of the places that have an index (for the summary page), and the leaders' summary (findings and the recommendations
     * worth most); {@code last} for the latest year; the annual assessment's grades ({@code grading}, null when the rule
     * base states no conventions).
     */
    public record YearView(int year, RankingChart chart, RankingChart indexChart, List<SummaryRow> rows, List<PlaceView> places, String noFacts,
                           SensitivityChart sensitivity, String sensitivityMethod, List<String> findings,
                           List<TopRecommendation> top, boolean last, GradingView grading, BoardView board, String notRanked) {

        public boolean hasGrading() {
            return grading != null;
        }

        /** Whether the year has a practice scoreboard (a practices table and a place to show). */
        public boolean hasBoard() {
            return board != null && !board.rows().isEmpty();
        }

        public List<PlaceView> placesWithData() {
            return places.stream().filter(PlaceView::hasData).toList();
        }

        /** The rows of the places that have an index, highest first: what the summary page's chart shows. */
        public List<SummaryRow> withIndex() {
            return rows.stream().filter(r -> r.indexValue() != null)
                    .sorted(java.util.Comparator.comparing(SummaryRow::indexValue).reversed()).toList();
        }
    }

    /**
     * A place's row of the summary table.
     *
     * @param indexValue null without an index; {@code rankValue} null when not ranked; deltas null without a previous year
     */
    public record SummaryRow(String placeId, String place, boolean peer, String peerLabel, Integer rankValue, String rank,
                             String rankChange, Double rankDelta, Double indexValue, String index, String indexChange,
                             Double indexDelta, String tier, String tierId, String coverage, List<Cell> dimensions,
                             int unreportedCount, int applicable, String unreported) {
    }

    /**
     * The practice scoreboard of a year: one row per docking practice, one column per place, each cell ✔ done, ✘
     * not done or ？ not reported, with a numbered note naming the fact behind every ✔ and ✘.
     */
    public record BoardView(String heading, String intro, String legend, List<String> places, List<BoardRow> rows,
                            List<BoardNote> notes) {
        public boolean hasNotes() {
            return !notes.isEmpty();
        }
    }

    public record BoardRow(String id, String practice, Source source, String quote, List<BoardCell> cells) {
    }

    /**
     * @param mark  ✔, ✘ or ？; {@code word} says it (已做到 / 未做到 / 未报告); {@code css} done, not-done or not-reported
     * @param note  the number of the note with its evidence, empty when not reported
     * @param title the whole evidence in one line (a tooltip)
     */
    public record BoardCell(String place, String mark, String word, String css, String note, String title) {
        public boolean hasNote() {
            return !note.isEmpty();
        }
    }

    /** A fact behind a cell: "嘉善县 · 通勤车：✔ 已做到（2016 年）" and its source and quote. */
    public record BoardNote(String number, String text, Source source, String quote) {
    }

    public record Cell(Double value, String text, String change) {
    }

    /**
     * A place-year's section. {@code notRanked} says why it shows no index (too little data) or no rank (too small a
     * field), empty when it has both or is not ranked anyway; {@code unreported} how many indicators are unreported.
     */
    public record PlaceView(String id, String name, int year, boolean peer, String index, String indexChange,
                            String tier, String tierId, String rank, String rankChange, String coverage,
                            String since, RadarChart radar, TrendChart trend, List<DimensionRow> dimensions, List<IndicatorRow> indicators,
                            List<StandingRow> strongest, List<StandingRow> weakest, List<TextRow> diagnoses,
                            Listing recommendations, Listing noDataRecommendations, String noData, boolean hasData,
                            String unreported, String notRanked, String indexBasis) {

        /** A trend chart needs two assessed years and a score in one of them. */
        public boolean hasTrend() {
            return trend != null && !trend.series().isEmpty();
        }

        public boolean hasDiagnoses() {
            return !diagnoses.isEmpty();
        }

        /** The indicators with data: the gap analysis. */
        public List<IndicatorRow> gaps() {
            return indicators.stream().filter(IndicatorRow::hasData).toList();
        }

        public boolean hasGaps() {
            return indicators.stream().anyMatch(IndicatorRow::hasData);
        }
    }

    /** A dimension of a place: its score, change, coverage and {@code basis}, how the score came about in words. */
    public record DimensionRow(String name, String score, String change, String coverage, String basis) {
    }

    /**
     * An indicator of a place-year, with or without data.
     *
     * @param valueNumber the value when it is a number (else null); {@code value} is its text with the unit
     * @param policyChoice the target is a policy choice (marked *), not stated by a source
     * @param basis what the score is measured against, in words ({@link ScoreBasis}); {@code basisKind} its kind's id
     */
    public record IndicatorRow(String id, String dimension, String indicator, Double valueNumber, String value,
                               Double targetNumber, String target, String unit, Double scoreValue, String score,
                               Double changeDelta, String change, String shortfall, Status status, String statusText,
                               String statusClass, String mark, Source source, String quote, boolean policyChoice,
                               boolean hasData, String basisKind, String basis) {
    }

    public record StandingRow(String indicator, String score, String others, String difference) {
    }

    /**
     * A diagnosis or recommendation: its text, what it is about worded for after the text ("（医保结算：✘ 未达标）",
     * "依据：…"), its source and quote.
     */
    public record TextRow(String text, String indicator, String about, Status status, String statusText, Double priority, Source source,
                          String quote) {
    }

    /** A list shown in full in print and with all but its first items folded away on screen. */
    public record Listing(List<TextRow> all, List<TextRow> first, List<TextRow> rest, String more) {

        static Listing of(List<TextRow> all, String more) {
            int n = Math.min(SHOWN_RECOMMENDATIONS, all.size());
            return new Listing(all, all.subList(0, n), all.subList(n, all.size()), all.size() > n ? more : "");
        }

        public boolean isEmpty() {
            return all.isEmpty();
        }
    }

    /** A source mark: the article id (or named source) and, when it is in the list of articles, its anchor. */
    public record Source(String id, String anchor) {
        public boolean linked() {
            return !anchor.isEmpty();
        }
    }

    /**
     * One of the recommendations worth most in a year, with the places it is made for, most valuable first;
     * {@code detail} says both in a sentence's parenthesis: "（平湖市；补齐可使综合指数最多提高 1.6 分）".
     */
    public record TopRecommendation(String text, String places, String worth, String detail, Source source, String quote) {
    }

    /** An article cited somewhere in the report. */
    public record ArticleRef(String id, String anchor, String title, String publisher, String date) {
        /** "title. publisher, date" as in a list of references. */
        public String citation() {
            StringBuilder b = new StringBuilder(title.isEmpty() ? id : title);
            if (!publisher.isEmpty()) b.append(". ").append(publisher);
            if (!date.isEmpty()) b.append(publisher.isEmpty() ? ". " : ", ").append(date);
            return b.toString();
        }
    }
}
