package cn.tongcheng.engine;

import cn.tongcheng.facts.Value;
import cn.tongcheng.model.Text;
import cn.tongcheng.rules.CriterionRow;

/**
 * A target for an indicator, set by a row of a criteria table for the place and year of the session.
 *
 * @param id     the row's stable id
 * @param basis  {@code sourced} when an article states the target, {@code policy-choice} otherwise
 * @param reason for a policy choice: the named reason, with the row's own detail; empty otherwise
 * @param origin {@code file:row} of the table row
 */
public record Criterion(String id, String indicator, Value target, double weight, String basis, String source,
                        String quote, Text reason, String origin) {

    /**
     * One criterion per row, shared by every place-year the row applies to: a township run has millions of
     * place-year criteria but only a few hundred rows (the cache holds a row only while its rule base does).
     */
    private static final java.util.Map<CriterionRow, Criterion> SHARED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    static Criterion of(CriterionRow row) {
        return SHARED.computeIfAbsent(row, Criterion::from);
    }

    private static Criterion from(CriterionRow row) {
        Text reason = row.reason() == null ? new Text("", "") : withDetail(row.reason().text(), row.reasonDetail());
        return new Criterion(row.id(), row.indicator(), row.target(), row.weight(), row.basis(), row.source(), row.quote(),
                reason, row.origin());
    }

    /** The named reason with the row's detail in each language; a detail written in one language only is not shown in the other. */
    private static Text withDetail(Text reason, Text detail) {
        String zh = detail.zh().isBlank() ? reason.zh() : reason.zh() + "（" + detail.zh() + "）";
        String en = detail.en().isBlank() ? reason.en() : reason.en() + " (" + detail.en() + ")";
        return new Text(zh, en);
    }
}
