package cn.tongcheng.grading;

import java.util.List;

/**
 * The annual assessment of one unit's year.
 *
 * @param base        the base score (its index, or the table's fixed base), or null when it has none (too little data)
 * @param bonusPoints the points of every bonus item that applied; {@code bonus} is that capped at {@code bonus.cap}
 * @param deductionPoints the points of every deduction item that applied; {@code deduction} is that capped
 * @param finalScore  base + bonus − deduction (not below {@code score.floor}), or null without a base
 * @param byScore     the grade the final score reaches (thresholds on the score as shown), or empty
 * @param beforeQuota that grade after the vetoes capped it: the grade before any quota, or empty
 * @param grade       the grade after the quotas, or empty when the unit is not graded
 * @param hits        the bonus, deduction and veto items that applied, in table order
 * @param demotions   the quotas that moved it down, in order
 */
public record UnitGrade(String place, String kind, int year, Double base, double bonusPoints, double bonus,
                        double deductionPoints, double deduction, Double finalScore, String byScore,
                        String beforeQuota, String grade, List<Hit> hits, List<Demotion> demotions) {

    public UnitGrade {
        hits = List.copyOf(hits);
        demotions = List.copyOf(demotions);
    }

    public boolean graded() {
        return finalScore != null;
    }

    public List<Hit> hits(cn.tongcheng.rules.ConventionItem.Kind kind) {
        return hits.stream().filter(h -> h.kind() == kind).toList();
    }
}
