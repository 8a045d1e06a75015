package cn.tongcheng.rules;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import cn.tongcheng.method.Aggregation;
import cn.tongcheng.method.Availability;
import cn.tongcheng.method.ComparisonSet;
import cn.tongcheng.method.Imputation;
import cn.tongcheng.method.Normalisation;
import cn.tongcheng.method.Ranking;
import cn.tongcheng.method.Treatment;

/**
 * The composite-indicator choices of the method table (and the per-indicator and per-dimension overrides of
 * the indicators and dimensions tables), typed, each with the table row that set it ({@link #origin}).
 *
 * @param normalisation    the default normalisation; {@code normalisationOf} overrides it per indicator
 * @param thresholdAtLevel the data-availability threshold per level (2 = the dimensions over indicators …);
 *                         {@code threshold} for the levels not named
 * @param denominatorOf    per indicator, the indicator or place attribute it is divided by
 * @param origin           per parameter (or {@code indicator:<id>}, {@code dimension:<id>}), {@code file:row}
 * @param minPlaces        a normalisation that compares places scores an indicator in a year only when at least
 *                         this many places of the comparison set report it ({@code comparison.min_places}; 1: always)
 */
public record MethodChoices(Normalisation normalisation, Map<String, Normalisation> normalisationOf,
        ComparisonSet comparison, Aggregation aggregation, Map<Integer, Aggregation> aggregationAtLevel,
        Imputation imputation, Treatment treatment, Availability availability, OptionalDouble threshold,
        Map<Integer, Double> thresholdAtLevel, Ranking ranking, Map<String, String> denominatorOf,
        Map<String, String> origin, int minPlaces) {

    public MethodChoices(Normalisation normalisation, Map<String, Normalisation> normalisationOf,
            ComparisonSet comparison, Aggregation aggregation, Map<Integer, Aggregation> aggregationAtLevel,
            Imputation imputation, Treatment treatment, Availability availability, OptionalDouble threshold,
            Map<Integer, Double> thresholdAtLevel, Ranking ranking, Map<String, String> denominatorOf,
            Map<String, String> origin) {
        this(normalisation, normalisationOf, comparison, aggregation, aggregationAtLevel, imputation, treatment, availability,
                threshold, thresholdAtLevel, ranking, denominatorOf, origin, 1);
    }

    /** The parameters the method table may set besides {@link Method#PARAMETERS}. */
    public static final List<String> PARAMETERS = List.of("normalisation", "normalisation.capped",
            "normalisation.scale", "normalisation.lower", "normalisation.upper", "normalisation.reference",
            "normalisation.truncate", "normalisation.mean", "normalisation.sd", "normalisation.ties", "comparison",
            "comparison.min_places",
            "aggregation", "imputation", "imputation.group", "treatment", "treatment.winmax", "treatment.skewness",
            "treatment.kurtosis", "treatment.log", "coverage.basis", "ranking.decimals", "ranking.ties");
    /** Parameters that take a level number after them: {@code aggregation.level.3}, {@code coverage.min.level.2}. */
    public static final List<String> PER_LEVEL = List.of("aggregation.level.", "coverage.min.level.");

    public MethodChoices {
        normalisationOf = Map.copyOf(normalisationOf);
        aggregationAtLevel = Map.copyOf(aggregationAtLevel);
        thresholdAtLevel = Map.copyOf(thresholdAtLevel);
        denominatorOf = Map.copyOf(denominatorOf);
        origin = Map.copyOf(origin);
    }

    /** The indicator's normalisation: its own, else the default. */
    public Normalisation normalisation(String indicator) {
        return normalisationOf.getOrDefault(indicator, normalisation);
    }

    /** Whether the normalisation scores against a target, so that a criterion row must give one. */
    public static boolean needsTarget(Normalisation n) {
        return n instanceof Normalisation.RatioToTarget || n instanceof Normalisation.DistanceToTarget;
    }

    /** The row that set a parameter, or the empty text when the default applies. */
    public String origin(String parameter) {
        return origin.getOrDefault(parameter, "");
    }
}
