package cn.tongcheng.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known name closest to a misspelt one, for "did you mean" (edit distance, at most a quarter of the name). */
public final class Suggestion {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestion() {
    }

    public static Optional<String> nearest(String wrong, Collection<String> known) {
        String w = wrong.strip();
        if (w.isEmpty()) return Optional.empty();
        int limit = Math.max(1, Math.min(w.length() / 4 + 1, 6));
        return known.stream().filter(k -> !k.isBlank()).min(Comparator.comparingInt((String k) -> DISTANCE.apply(w, k))
                        .thenComparing(Comparator.naturalOrder()))
                .filter(k -> DISTANCE.apply(w, k) <= limit);
    }
}
