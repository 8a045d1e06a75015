package cn.tongcheng.method;

import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * How scores are ranked, descending (rank 1 is the best): optionally rounded to {@code decimals} first (half
 * away from zero on the exact binary value), ties by {@code ties}, over the units chosen by {@code ranked}.
 */
public record Ranking(OptionalInt decimals, TieRule ties, Ranked ranked) {

    /** Which units get a rank; the others keep their scores but have none. */
    public sealed interface Ranked {
        record All() implements Ranked {
        }

        record InGroup(String groupAttribute, String value) implements Ranked {
        }

        record Listed(Set<String> units) implements Ranked {
            public Listed {
                units = Set.copyOf(new TreeSet<>(units));
            }
        }
    }

    public Ranking {
        if (decimals.isPresent() && (decimals.getAsInt() < 0 || decimals.getAsInt() > 15))
            throw new IllegalArgumentException("decimals for ranking must be 0 to 15, not " + decimals.getAsInt());
    }

    /** Unrounded scores, ties share the best rank, all units. */
    public static Ranking unrounded() {
        return new Ranking(OptionalInt.empty(), TieRule.MIN, new Ranked.All());
    }

    /** COINr's results table: round to {@code decimals}, ties share the best rank, all units. */
    public static Ranking rounded(int decimals) {
        return new Ranking(OptionalInt.of(decimals), TieRule.MIN, new Ranked.All());
    }
}
