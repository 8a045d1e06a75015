package cn.tongcheng.method;

import java.util.Set;
import java.util.TreeSet;

/**
 * The units whose values set the reference points (minimum, maximum, mean, ranks, frontier) of a cross-unit
 * normalisation. A unit outside the set is still scored, against the set's reference points.
 */
public sealed interface ComparisonSet {

    /** All units of the data. */
    record All() implements ComparisonSet {
    }

    /** Each unit against the units that share its value of {@code groupAttribute} (e.g. counties vs counties). */
    record SameGroup(String groupAttribute) implements ComparisonSet {
    }

    /** A declared list of units. */
    record Listed(Set<String> units) implements ComparisonSet {
        public Listed {
            units = Set.copyOf(new TreeSet<>(units));
        }
    }

    static ComparisonSet all() {
        return new All();
    }
}
