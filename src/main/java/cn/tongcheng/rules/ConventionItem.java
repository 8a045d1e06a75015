package cn.tongcheng.rules;

import cn.tongcheng.model.Text;

/**
 * A bonus (加分项), deduction (扣分项) or veto (一票否决) item of the annual assessment, checked: for the units and
 * years it applies to, the condition on one indicator that triggers it, and its effect — points added or taken,
 * or the best grade a unit it applies to may get whatever its score.
 *
 * @param points   for a bonus or deduction: the points (positive); 0 for a veto
 * @param capGrade for a veto: the id of the best grade left; null otherwise
 * @param origin   {@code file:row} of the row
 */
public record ConventionItem(Kind kind, String id, Text text, AppliesTo appliesTo, Integer fromYear, Integer toYear,
                             String indicator, ItemCondition when, double points, String capGrade, RowBasis basis,
                             String origin) {

    public enum Kind {
        BONUS("bonus"), DEDUCTION("deduction"), VETO("veto");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public boolean coversYear(int year) {
        return (fromYear == null || year >= fromYear) && (toYear == null || year <= toYear);
    }
}
