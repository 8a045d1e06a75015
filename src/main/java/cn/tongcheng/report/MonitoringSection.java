package cn.tongcheng.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.assessment.Assessment;
import cn.tongcheng.assessment.MonitoredValue;
import cn.tongcheng.assessment.PlaceAssessment;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.i18n.Language;
import cn.tongcheng.i18n.Messages;

/**
 * The monitoring section of every report: each figure of a monitoring-only indicator in the years assessed, and
 * each reported figure the method could not score (too few places report it to compare …), with its change since
 * the place's previous figure, its source and why it has no score, worded in one language. These figures take no
 * part in any score, dimension, index or rank.
 *
 * @param header year, place, indicator, value, change, why not scored, source
 */
public record MonitoringSection(String title, String note, List<String> header, List<Row> rows) {

    /**
     * One figure.
     *
     * @param valueNumber the value when it is a number (the workbook keeps it as one), else null
     * @param changeDelta the change when both figures are numbers, else null; {@code change} is its text
     *                    ("+2（较 2015 年）"), or the previous figure when it is not a number, or "—"
     * @param why         a monitoring indicator, or why the figure of a scored indicator has no score this year
     * @param provenance  the source and its quote (A05「…」) or evidence, as the gap tables word it
     */
    public record Row(int year, String placeId, String place, String indicatorId, String indicator, Double valueNumber,
                      String value, Double changeDelta, String change, String why, ReportView.Source source, String quote,
                      String provenance) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The section of an assessment; source marks link to the articles cited when they are among them. */
    public static MonitoringSection of(Assessment a, Language language, List<ReportView.ArticleRef> cited) {
        Messages m = Messages.of(language);
        ReportText x = new ReportText(m, a.catalogue());
        Map<String, Indicator> indicators = a.catalogue().indicatorsById();
        Map<String, String> places = new HashMap<>();
        for (PlaceAssessment p : a.places()) places.putIfAbsent(p.place().id(), p.place().name(x.zh()));
        Map<String, String> anchors = new HashMap<>();
        cited.forEach(r -> anchors.put(r.id(), r.anchor()));
        List<Row> rows = new ArrayList<>();
        for (MonitoredValue v : a.monitoring()) {
            Indicator ind = indicators.get(v.indicator());
            if (ind == null) continue;
            String change = "—";
            if (v.change() != null) {
                double d = v.change();
                change = (d > 0 ? "+" : d < 0 ? "−" : "±") + Numbers.format(Math.abs(d)) + m.get("report.monitoring.since", String.valueOf(v.previousYear()));
            } else if (v.previous() != null) {
                change = x.value(v.previous().value().display(), ind) + m.get("report.monitoring.since", String.valueOf(v.previousYear()));
            }
            String source = v.fact().source();
            rows.add(new Row(v.year(), v.place(), places.getOrDefault(v.place(), v.place()), v.indicator(), ind.name(x.zh()),
                    v.fact().value() instanceof cn.tongcheng.facts.Value.Number n ? n.amount() : null,
                    x.value(v.fact().value().display(), ind), v.change(), change,
                    v.monitoring() ? m.get("report.monitoring.role") : m.get("method.reason." + v.reason().name()),
                    new ReportView.Source(source, anchors.getOrDefault(source, "")), x.evidence(v.fact()), x.provenance(v.fact())));
        }
        return new MonitoringSection(m.get("report.monitoring.title"), m.get("report.monitoring.note"),
                List.of(m.get("col.year"), m.get("col.place"), m.get("col.indicator"), m.get("col.value"),
                        m.get("report.monitoring.change"), m.get("report.monitoring.why"), m.get("col.source")), List.copyOf(rows));
    }
}
