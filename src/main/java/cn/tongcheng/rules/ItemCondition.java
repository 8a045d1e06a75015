package cn.tongcheng.rules;

import cn.tongcheng.facts.Value;

/**
 * What makes a bonus, deduction or veto item apply to a unit's year, on one indicator: the status of its score
 * (as a recommendation's {@code when}), or a comparison of its reported value with a value of the indicator's type.
 */
public sealed interface ItemCondition {

    /** The condition as the author may write it again ({@code ≥ 3}, {@code gap}). */
    String text();

    /** The indicator's score: met, has a gap, no data … (a unit without a criterion for it has no score). */
    record OnScore(Trigger trigger) implements ItemCondition {
        public String text() {
            return trigger.id();
        }
    }

    /** The reported value compared with {@code value}; levels compare by their order in the indicators table. */
    record OnValue(Comparison comparison, Value value) implements ItemCondition {
        public String text() {
            return comparison.symbol() + " " + value.display();
        }
    }

    enum Comparison {
        AT_LEAST("≥"), MORE("＞"), AT_MOST("≤"), LESS("＜"), EQUAL("=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** Whether {@code a} compared with {@code b} (both positions on one scale) satisfies it. */
        public boolean holds(double a, double b) {
            return switch (this) {
                case AT_LEAST -> a >= b;
                case MORE -> a > b;
                case AT_MOST -> a <= b;
                case LESS -> a < b;
                case EQUAL -> a == b;
            };
        }
    }
}
