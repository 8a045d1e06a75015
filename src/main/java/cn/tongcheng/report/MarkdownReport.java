package cn.tongcheng.report;

import java.util.List;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.DimensionScore;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.engine.Diagnosis;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.Recommendation;
import cn.tongcheng.engine.Status;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.Dimension;

/**
 * The readable report: per year a summary table of places, then per place its dimensions, gap analysis,
 * diagnoses and recommendations with their sources, and the indicators without data.
 */
public final class MarkdownReport implements ReportWriter {
    /** Recommendations that answer missing data are listed up to this many; the JSON report has them all. */
    static final int MAX_NO_DATA_RECOMMENDATIONS = 10;

    @Override
    public String render(Assessment a, Language language) {
        return new Render(a, Messages.of(language)).all();
    }

    private static final class Render {
        private final Assessment a;
        private final Messages m;
        private final boolean zh;
        private final StringBuilder out = new StringBuilder();
        private final ReportText x;

        Render(Assessment a, Messages m) {
            this.a = a;
            this.m = m;
            this.zh = m.isChinese();
            this.x = new ReportText(m, a.catalogue());
        }

        String all() {
            line("# " + m.get("report.title"));
            line();
            line(m.get("report.hashes", a.rulesHash(), a.factsHash()));
            line();
            line(m.get("report.method", ReportText.pct(a.catalogue().method().metFrom()), ReportText.pct(a.catalogue().method().partlyMetFrom()),
                    ReportText.pct(a.catalogue().method().minCoverage())));
            for (int year : a.years()) {
                List<PlaceAssessment> places = a.ofYear(year);
                summary(year, places);
                places.stream().filter(p -> p.coverage().withData() > 0).forEach(this::place);
                List<String> without = places.stream().filter(p -> p.coverage().withData() == 0)
                        .map(p -> p.place().name(zh)).toList();
                if (!without.isEmpty()) {
                    line();
                    line(m.get("report.no-facts", year, String.join(zh ? "、" : ", ", without)));
                }
            }
            return out.toString();
        }

        private void summary(int year, List<PlaceAssessment> places) {
            line();
            line("## " + m.get("report.summary", year));
            line();
            StringBuilder head = new StringBuilder("| " + m.get("col.rank") + " | " + m.get("col.place") + " | "
                    + m.get("col.index") + " | " + m.get("col.tier") + " | " + m.get("col.coverage") + " |");
            StringBuilder rule = new StringBuilder("|---|---|---:|---|---:|");
            for (Dimension d : a.catalogue().dimensions()) {
                head.append(' ').append(d.name(zh)).append(" |");
                rule.append("---:|");
            }
            line(head.toString());
            line(rule.toString());
            for (PlaceAssessment p : places) {
                StringBuilder row = new StringBuilder("| " + (p.rank() == null ? "—" : p.rank()) + " | "
                        + p.place().name(zh) + (p.place().peer() ? " " + m.get("report.peer") : "") + " | "
                        + x.score(p.index()) + " | " + x.tier(p.tier()) + " | "
                        + p.coverage().withData() + "/" + p.coverage().indicators() + " |");
                for (DimensionScore d : p.dimensions()) row.append(' ').append(dimensionCell(d)).append(" |");
                line(row.toString());
            }
        }

        private void place(PlaceAssessment p) {
            line();
            line("## " + p.place().name(zh) + " · " + p.year());
            line();
            line(m.get("report.place.head", x.score(p.index()), x.tier(p.tier()), p.rank() == null ? "—" : p.rank(),
                    p.coverage().withData(), p.coverage().indicators(), ReportText.pct(p.coverage().weighted())));
            dimensions(p);
            gaps(p);
            diagnoses(p.diagnoses());
            recommendations(p.recommendations());
            noData(p);
        }

        private void dimensions(PlaceAssessment p) {
            line();
            line("### " + m.get("report.dimensions"));
            line();
            line("| " + m.get("col.dimension") + " | " + m.get("col.score") + " | " + m.get("col.coverage") + " |");
            line("|---|---:|---:|");
            for (DimensionScore d : p.dimensions()) {
                if (d.indicators() == 0) continue;
                line("| " + x.dimension(d.dimension()) + " | " + dimensionCell(d) + " | " + d.withData() + "/"
                        + d.indicators() + " (" + ReportText.pct(d.coverage()) + ") |");
            }
        }

        private void gaps(PlaceAssessment p) {
            List<IndicatorScore> withData = p.indicators().stream().filter(s -> !s.isNoData()).toList();
            line();
            line("### " + m.get("report.gaps"));
            line();
            if (withData.isEmpty()) {
                line(m.get("report.none"));
                return;
            }
            line("| " + m.get("col.indicator") + " | " + m.get("col.value") + " | " + m.get("col.target") + " | "
                    + m.get("col.score") + " | " + m.get("col.shortfall") + " | " + m.get("col.status") + " | "
                    + m.get("col.source") + " |");
            line("|---|---:|---:|---:|---:|---|---|");
            for (IndicatorScore s : withData) {
                Indicator ind = s.definition();
                line("| " + ind.name(zh) + " | " + x.value(s.getFact().value().display(), ind) + " | "
                        + (s.getCriterion().target() == null ? "—" : x.value(s.getCriterion().target().display(), ind)) + basisMark(s) + " | " + x.score(s.getScore())
                        + " | " + (s.getShortfall() == null ? "—" : Numbers.format(s.getShortfall())) + " | "
                        + mark(s.getStatus()) + " | " + s.getFact().source() + "「" + s.getFact().quote() + "」 |");
            }
            line();
            line(m.get("report.basis.note"));
        }

        private void diagnoses(List<Diagnosis> diagnoses) {
            if (diagnoses.isEmpty()) return;
            line();
            line("### " + m.get("report.diagnoses"));
            line();
            for (Diagnosis d : diagnoses) {
                line("- " + d.text(zh) + " — " + m.get("report.evidence") + ": "
                        + String.join(", ", d.evidence().stream().map(x::indicator).toList())
                        + " — " + d.source() + "「" + d.quote() + "」");
            }
        }

        private void recommendations(List<Recommendation> recs) {
            line();
            line("### " + m.get("report.recommendations"));
            line();
            if (recs.isEmpty()) {
                line(m.get("report.none"));
                return;
            }
            int n = 1;
            for (Recommendation r : recs) {
                if (r.priority() == null) continue;
                line(n++ + ". " + recommendation(r));
            }
            List<Recommendation> forMissing = recs.stream().filter(r -> r.priority() == null).toList();
            if (forMissing.isEmpty()) return;
            line();
            line(m.get("report.recommendations.nodata", forMissing.size()));
            line();
            forMissing.stream().limit(MAX_NO_DATA_RECOMMENDATIONS).forEach(r -> line("- " + recommendation(r)));
            if (forMissing.size() > MAX_NO_DATA_RECOMMENDATIONS) {
                line("- " + m.get("report.more-in-json", forMissing.size() - MAX_NO_DATA_RECOMMENDATIONS));
            }
        }

        private String recommendation(Recommendation r) {
            String why = r.indicator().isEmpty() ? "" : " (" + x.indicator(r.indicator()) + ": " + mark(r.status()) + ")";
            return r.text(zh) + why + " — " + r.source() + "「" + r.quote() + "」";
        }

        private void noData(PlaceAssessment p) {
            List<IndicatorScore> none = p.indicators().stream().filter(IndicatorScore::isNoData).toList();
            if (none.isEmpty()) return;
            line();
            line("### " + m.get("report.nodata", none.size()));
            line();
            line(String.join(zh ? "、" : ", ", none.stream().map(s -> s.definition().name(zh)).toList()));
        }



        private String dimensionCell(DimensionScore d) {
            if (d.indicators() == 0) return "—";
            return d.score() == null ? m.get("report.insufficient") : x.score(d.score());
        }




        private String basisMark(IndicatorScore s) {
            return "policy-choice".equals(s.getCriterion().basis()) ? "*" : "";
        }



        private String mark(Status s) {
            return ReportText.MARK.get(s) + " " + x.status(s);
        }

        private void line(String s) {
            out.append(s).append('\n');
        }

        private void line() {
            out.append('\n');
        }
    }
}
