package cn.tongcheng.engine;

import java.util.List;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Numbers;
import cn.tongcheng.facts.Value;
import cn.tongcheng.rules.Method;

/**
 * Measures an indicator against its target: achievement is value ÷ target (target ÷ value when lower is
 * better; 1 or 0 for yes/no; level position ÷ target position for levels) and the status follows the
 * method's bands. The score itself is the method's (the year's index computation), passed in.
 */
public final class IndicatorScorer {
    private final Method method;

    public IndicatorScorer(Method method) {
        this.method = method;
    }

    /**
     * The indicator's score as the method computed it ({@code score}, null for none), with the achievement,
     * shortfall and status against the criterion's target; without a target the status follows score ÷ 100.
     */
    public IndicatorScore score(Indicator ind, Criterion c, Fact fact, double weightInIndex, Double score) {
        if (fact == null) return new IndicatorScore(ind, c, null, null, score, null, Status.NO_DATA, weightInIndex);
        if (c.target() == null) {
            return new IndicatorScore(ind, c, fact, null, score, null, score == null ? Status.NOT_SCORED : status(score / 100),
                    weightInIndex);
        }
        double achievement = achievement(ind, fact.value(), c.target());
        return new IndicatorScore(ind, c, fact, Numbers.round(achievement, 4), score,
                shortfall(ind, fact.value(), c.target()), status(achievement), weightInIndex);
    }

    Status status(double achievement) {
        if (achievement >= method.metFrom()) return Status.MET;
        if (achievement >= method.partlyMetFrom()) return Status.PARTLY_MET;
        return Status.NOT_MET;
    }

    static double achievement(Indicator ind, Value value, Value target) {
        if (value instanceof Value.Number v && target instanceof Value.Number t) {
            if (ind.higherIsBetter()) return t.amount() <= 0 ? 1 : v.amount() / t.amount();
            return v.amount() <= t.amount() ? 1 : t.amount() / v.amount();
        }
        if (value instanceof Value.YesNo v && target instanceof Value.YesNo t) return v.yes() == t.yes() ? 1 : 0;
        if (value instanceof Value.Level v && target instanceof Value.Level t) {
            List<String> levels = ind.levels();
            int reached = levels.indexOf(v.name());
            int wanted = levels.indexOf(t.name());
            return wanted <= 0 ? 1 : (double) reached / wanted;
        }
        throw new IllegalArgumentException("value and target of " + ind.id() + " are of different kinds");
    }

    private static Double shortfall(Indicator ind, Value value, Value target) {
        if (!(value instanceof Value.Number v) || !(target instanceof Value.Number t)) return null;
        double missing = ind.higherIsBetter() ? t.amount() - v.amount() : v.amount() - t.amount();
        return Numbers.round(Math.max(0, missing), 4);
    }
}
