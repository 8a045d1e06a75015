package cn.tongcheng.round;

import java.util.Optional;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;

/**
 * One row of a unit's form: an indicator that a criterion applies to the unit in the year, and the latest
 * earlier fact the unit has for it (shown for reference).
 */
public record FormItem(Indicator indicator, Optional<Fact> previous) {
}
