package cn.tongcheng.rules;

import cn.tongcheng.model.Text;

/**
 * A grade (等次) of the annual assessment, from the grades table; rows are ordered best first.
 *
 * @param min   the lowest final score (as shown, one decimal) that earns it; null for the lowest grade, which takes
 *              every score below the one above
 * @param quota the largest share (0–1) of a quota group's graded units that may hold it, or null for none
 */
public record Grade(String id, Text name, Double min, Double quota, RowBasis basis, String origin) {

    public String name(boolean chinese) {
        return name.in(chinese);
    }
}
