package cn.tongcheng.round;

import java.util.List;

import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Place;

/**
 * What one unit has returned for a year.
 *
 * @param asked      the indicators that apply to it (its form's rows)
 * @param reported   how many of them have a fact for the year
 * @param weighted   the share of its index weight that has data (0–1), as the assessment computes it
 * @param enough     true when {@code weighted} reaches the method's minimum coverage ({@code coverage.min})
 * @param dimensions asked and reported per dimension, in the catalogue's order
 * @param missing    the indicators asked and not reported
 * @param files      the files its facts of the year come from
 */
public record UnitStatus(Place place, int asked, int reported, double weighted, boolean enough,
                         List<DimensionStatus> dimensions, List<Indicator> missing, List<String> files) {

    public UnitStatus {
        dimensions = List.copyOf(dimensions);
        missing = List.copyOf(missing);
        files = List.copyOf(files);
    }

    public boolean returned() {
        return reported > 0;
    }

    /** Asked and reported indicators of one dimension. */
    public record DimensionStatus(String dimension, int asked, int reported) {
    }
}
