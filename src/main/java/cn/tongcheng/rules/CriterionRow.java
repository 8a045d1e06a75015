package cn.tongcheng.rules;

import cn.tongcheng.facts.Value;

/**
 * A row of a criteria table, checked: for the places and years it applies to, the target and weight of one
 * indicator, and why (a documented target with its source and quote, or a policy choice with its reason).
 *
 * @param fromYear first year it applies to, or null for no bound
 * @param toYear   last year it applies to, or null for no bound
 * @param basis    {@code sourced} or {@code policy-choice}
 * @param reason   for a policy choice, the named reason; null otherwise
 * @param reasonDetail what the author added to the reason for this row, in Chinese ({@code reason_detail_zh}) and
 *                     English ({@code reason_detail}); either may be empty
 * @param origin   {@code file:row} of the row
 */
public record CriterionRow(String id, AppliesTo appliesTo, Integer fromYear, Integer toYear, String indicator,
                           Value target, double weight, String basis, String source, String quote, Reason reason,
                           cn.tongcheng.model.Text reasonDetail, String origin) {

    public static final String SOURCED = "sourced";
    public static final String POLICY_CHOICE = "policy-choice";

    public boolean coversYear(int year) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }

    /** Whether some year is covered by both rows. */
    public boolean yearsOverlap(CriterionRow other) {
        int from = Math.max(fromYear == null ? Integer.MIN_VALUE : fromYear, other.fromYear == null ? Integer.MIN_VALUE : other.fromYear);
        int to = Math.min(toYear == null ? Integer.MAX_VALUE : toYear, other.toYear == null ? Integer.MAX_VALUE : other.toYear);
        return from <= to;
    }
}
