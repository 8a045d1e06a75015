package cn.tongcheng.report;

import java.util.List;

/**
 * A year's annual assessment (目标责任制考核) as every report shows it: the conventions in a sentence, one row per
 * graded unit, and why each unit has its grade (the items that applied, the caps, the vetoes, the quotas).
 *
 * @param conventions the base, caps, floor, grades and quota rules, in words
 */
public record GradingView(String title, String conventions, List<Row> rows) {

    /**
     * A graded unit's row.
     *
     * @param finalValue the final score unrounded, for the workbook (null when not graded)
     * @param why        the items that applied and the quotas that moved the unit, one sentence each
     */
    public record Row(String unitId, String unit, String kind, String base, String bonus, String deduction,
                      String finalScore, Double finalValue, String byScore, String grade, String gradeId,
                      List<String> why) {
    }
}
