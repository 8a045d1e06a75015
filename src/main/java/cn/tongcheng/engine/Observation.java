package cn.tongcheng.engine;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Value;

/** A fact as rules see it: {@code Observation(indicator == "transport.bus_lines", number >= 2)}. */
public final class Observation {
    private final Fact fact;

    public Observation(Fact fact) {
        this.fact = fact;
    }

    public String getIndicator() {
        return fact.indicator();
    }

    /** The number, for numeric facts; NaN otherwise. */
    public double getNumber() {
        return fact.value() instanceof Value.Number n ? n.amount() : Double.NaN;
    }

    /** True for a yes fact. */
    public boolean isYes() {
        return fact.value() instanceof Value.YesNo y && y.yes();
    }

    public String getLevel() {
        return fact.value() instanceof Value.Level l ? l.name() : "";
    }

    public Fact fact() {
        return fact;
    }
}
