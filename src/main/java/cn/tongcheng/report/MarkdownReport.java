package cn.tongcheng.report;

import java.util.List;

import cn.tongcheng.report.ReportView.DimensionRow;
import cn.tongcheng.report.ReportView.IndicatorRow;
import cn.tongcheng.report.ReportView.PlaceView;
import cn.tongcheng.report.ReportView.SummaryRow;
import cn.tongcheng.report.ReportView.TextRow;
import cn.tongcheng.report.ReportView.YearView;

/**
 * The readable report: per year a summary table of places with their changes since the previous year, then
 * per place its dimensions, gap analysis, diagnoses and recommendations with their sources, the indicators
 * without data, and the articles cited. Every text from the assessment is escaped ({@link MarkdownText}).
 */
public final class MarkdownReport implements ReportWriter {

    @Override
    public byte[] write(ReportView view) {
        return render(view).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public String render(ReportView view) {
        return new Render(view).all();
    }

    private static final class Render {
        private final ReportView v;
        private final StringBuilder out = new StringBuilder();

        Render(ReportView v) {
            this.v = v;
        }

        private String t(String key) {
            return v.t().get(key.replace('.', '_'));
        }

        private static String e(String s) {
            return MarkdownText.escape(s);
        }

        String all() {
            line("# " + e(v.title()));
            for (YearView y : v.years()) if (y.hasBoard()) board(y.board());
            line();
            line(t("report.rulebase") + " `" + v.rulesHash() + "` · " + t("report.factbase") + " `" + v.factsHash() + "`");
            line();
            line(e(v.method()) + " " + e(v.trendMethod()));
            for (YearView y : v.years()) {
                summary(y);
                if (y.hasGrading()) grading(y.grading());
                y.placesWithData().forEach(this::place);
                if (!y.noFacts().isEmpty()) {
                    line();
                    line(e(y.noFacts()));
                }
            }
            monitoring(v.monitoring());
            if (v.hasArticles()) {
                line();
                line("## " + e(t("report.articles")));
                line();
                v.articles().forEach(a -> line("- **" + e(a.id()) + "** " + e(a.citation())));
            }
            return out.toString();
        }

        /** The practice scoreboard: practices × places, ✔ ✘ ？ with numbered notes of the facts behind them. */
        private void board(ReportView.BoardView b) {
            line();
            line("## " + e(b.heading()));
            line();
            line(e(b.intro()));
            line();
            line(e(b.legend()));
            line();
            StringBuilder head = new StringBuilder("| " + e(v.t().get("board_practice")) + " |");
            StringBuilder rule = new StringBuilder("|---|");
            for (String place : b.places()) {
                head.append(' ').append(e(place)).append(" |");
                rule.append(":---:|");
            }
            line(head.toString());
            line(rule.toString());
            for (ReportView.BoardRow r : b.rows()) {
                StringBuilder row = new StringBuilder("| " + e(r.practice()) + " |");
                for (ReportView.BoardCell c : r.cells()) {
                    row.append(' ').append(c.mark()).append(' ').append(e(c.word()))
                            .append(c.hasNote() ? " (" + c.note() + ")" : "").append(" |");
                }
                line(row.toString());
            }
            if (b.notes().isEmpty()) return;
            line();
            line("**" + e(v.t().get("board_notes")) + "**");
            line();
            for (ReportView.BoardNote n : b.notes()) {
                line(n.number() + ". " + e(n.text()) + " — " + e(n.source().id()) + "「" + e(n.quote()) + "」");
            }
        }

        /** The monitoring indicators: shown with value, change and source, never scored. */
        private void monitoring(MonitoringSection m) {
            if (m.isEmpty()) return;
            line();
            line("## " + e(m.title()));
            line();
            line(e(m.note()));
            line();
            line("| " + String.join(" | ", m.header()) + " |");
            line("|---|---|---|---:|---:|---|---|");
            for (MonitoringSection.Row r : m.rows()) {
                line("| " + r.year() + " | " + e(r.place()) + " | " + e(r.indicator()) + " | " + e(r.value()) + " | " + e(r.change())
                        + " | " + e(r.why()) + " | " + e(r.source().id()) + "「" + e(r.quote()) + "」 |");
            }
        }

        private static String withChange(String value, String change) {
            return change.isEmpty() ? value : value + " " + change;
        }

        private void summary(YearView y) {
            line();
            line("## " + e(t("report.summary.table")) + " " + y.year());
            if (!y.findings().isEmpty()) {
                line();
                y.findings().forEach(f -> line("- " + e(f)));
            }
            line();
            StringBuilder head = new StringBuilder("| " + t("col.rank") + " | " + t("col.place") + " | "
                    + t("col.index") + " | " + t("col.tier") + " | " + t("col.coverage") + " | " + t("col.unreported") + " |");
            StringBuilder rule = new StringBuilder("|---:|---|---:|---|---:|---:|");
            for (String d : v.dimensionNames()) {
                head.append(' ').append(e(d)).append(" |");
                rule.append("---:|");
            }
            line(head.toString());
            line(rule.toString());
            for (SummaryRow r : y.rows()) {
                StringBuilder row = new StringBuilder("| " + withChange(r.rank(), r.rankChange()) + " | " + e(r.place())
                        + (r.peer() ? " " + e(r.peerLabel()) : "") + " | " + withChange(r.index(), r.indexChange()) + " | "
                        + (r.tier().isEmpty() ? "—" : e(r.tier())) + " | " + r.coverage() + " | " + r.unreported() + " |");
                for (ReportView.Cell c : r.dimensions()) row.append(' ').append(withChange(c.text(), c.change())).append(" |");
                line(row.toString());
            }
        }

        /** The annual assessment: the conventions in a sentence, a row per unit, then why each has its grade. */
        private void grading(GradingView g) {
            line();
            line("## " + e(g.title()));
            line();
            line(e(g.conventions()));
            line();
            line("| " + t("grading.col.unit") + " | " + t("grading.col.kind") + " | " + t("grading.col.base") + " | "
                    + t("grading.col.bonus") + " | " + t("grading.col.deduction") + " | " + t("grading.col.final") + " | "
                    + t("grading.col.by-score") + " | " + t("grading.col.grade") + " |");
            line("|---|---|---:|---:|---:|---:|---|---|");
            for (GradingView.Row r : g.rows()) {
                line("| " + e(r.unit()) + " | " + e(r.kind()) + " | " + r.base() + " | " + r.bonus() + " | " + r.deduction()
                        + " | " + r.finalScore() + " | " + e(r.byScore()) + " | **" + e(r.grade()) + "** |");
            }
            line();
            line("**" + t("grading.col.why") + "**");
            line();
            for (GradingView.Row r : g.rows()) {
                if (r.why().isEmpty()) continue;
                line("- " + e(r.unit()) + " — " + e(r.grade()));
                r.why().forEach(w -> line("  - " + e(w)));
            }
        }

        private void place(PlaceView p) {
            line();
            line("## " + e(p.name()) + " · " + p.year());
            line();
            line("**" + t("col.index") + "** " + withChange(p.index(), p.indexChange()) + " · **" + t("col.tier") + "** "
                    + e(p.tier()) + " · **" + t("col.rank") + "** " + withChange(p.rank(), p.rankChange())
                    + (p.since().isEmpty() ? "" : " · " + e(p.since())));
            if (!p.notRanked().isEmpty()) {
                line();
                line(e(p.notRanked()));
            }
            line();
            line("**" + t("report.coverage") + "**: " + e(p.coverage()) + " · " + e(p.unreported()));
            line();
            line(e(p.indexBasis()));
            dimensions(p);
            gaps(p);
            texts(t("report.diagnoses"), p.diagnoses(), true);
            line();
            line("### " + t("report.recommendations"));
            line();
            if (p.recommendations().isEmpty()) line(t("report.none"));
            int n = 1;
            for (TextRow r : p.recommendations().all()) line(n++ + ". " + recommendation(r));
            if (!p.noDataRecommendations().isEmpty()) {
                line();
                line("### " + t("report.recommendations.collect"));
                line();
                for (TextRow r : p.noDataRecommendations().all()) line("- " + recommendation(r));
            }
            if (!p.noData().isEmpty()) {
                line();
                line(e(p.noData()));
            }
        }

        private void dimensions(PlaceView p) {
            line();
            line("### " + t("report.dimensions"));
            line();
            line("| " + t("col.dimension") + " | " + t("col.score") + " | " + t("col.change") + " | " + t("col.coverage") + " | "
                    + t("col.basis") + " |");
            line("|---|---:|---:|---:|---|");
            for (DimensionRow d : p.dimensions()) {
                line("| " + e(d.name()) + " | " + d.score() + " | " + d.change() + " | " + d.coverage() + " | " + e(d.basis()) + " |");
            }
        }

        private void gaps(PlaceView p) {
            line();
            line("### " + t("report.gaps"));
            line();
            List<IndicatorRow> gaps = p.gaps();
            if (gaps.isEmpty()) {
                line(t("report.none"));
                return;
            }
            line("| " + t("col.indicator") + " | " + t("col.value") + " | " + t("col.target") + " | " + t("col.score")
                    + " | " + t("col.change") + " | " + t("col.shortfall") + " | " + t("col.status") + " | "
                    + t("col.source") + " | " + t("col.basis") + " |");
            line("|---|---:|---:|---:|---:|---:|---|---|---|");
            for (IndicatorRow s : gaps) {
                line("| " + e(s.indicator()) + " | " + e(s.value()) + " | " + e(s.target()) + " | " + s.score() + " | "
                        + s.change() + " | " + s.shortfall() + " | " + s.mark() + " " + e(s.statusText()) + " | "
                        + e(s.source().id()) + "「" + e(s.quote()) + "」 | " + e(s.basis()) + " |");
            }
            line();
            line(e(v.basisNote()));
        }

        private void texts(String heading, List<TextRow> rows, boolean evidence) {
            if (rows.isEmpty()) return;
            line();
            line("### " + heading);
            line();
            for (TextRow d : rows) {
                line("- " + e(d.text()) + (evidence ? " — " + e(d.about()) : "")
                        + " — " + e(d.source().id()) + "「" + e(d.quote()) + "」");
            }
        }

        private static String recommendation(TextRow r) {
            return e(r.text()) + e(r.about()) + " — " + e(r.source().id())
                    + "「" + e(r.quote()) + "」";
        }

        private void line(String s) {
            out.append(s).append('\n');
        }

        private void line() {
            out.append('\n');
        }
    }
}
