package cn.tongcheng.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean …?": the known name closest in spelling to a mistyped one (edit distance), if it is close enough
 * to be a slip — at most about a quarter of the name, and never more than six edits.
 */
public final class Suggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {
    }

    public static Optional<String> nearest(String typed, Collection<String> known) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) return Optional.empty();
        int limit = Math.max(1, Math.min(t.length() / 4 + 1, 6));
        return known.stream().filter(k -> !k.isBlank())
                .min(Comparator.comparingInt((String k) -> DISTANCE.apply(t, k)).thenComparing(Comparator.naturalOrder()))
                .filter(k -> DISTANCE.apply(t, k) <= limit);
    }
}
