package cn.tongcheng.method;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The method: a default for each step, overridable per indicator (denominator, imputation, treatment,
 * normalisation, comparison set) or per level and node (aggregation, data-availability threshold), the
 * targets and the ranking. Built with {@link #builder()}; unset steps default to no denominator, no
 * imputation, no treatment, min-max onto [0, 100] over all units, arithmetic mean, no threshold, ranking of
 * unrounded scores with ties sharing the best rank.
 */
public final class MethodSpec {
    private final Map<String, String> denominators;
    private final Imputation imputation;
    private final Map<String, Imputation> imputationOf;
    private final Treatment treatment;
    private final Map<String, Treatment> treatmentOf;
    private final Normalisation normalisation;
    private final Map<String, Normalisation> normalisationOf;
    private final ComparisonSet comparison;
    private final Map<String, ComparisonSet> comparisonOf;
    private final Aggregation aggregation;
    private final Map<Integer, Aggregation> aggregationAtLevel;
    private final Map<String, Aggregation> aggregationOf;
    private final Map<Integer, Double> thresholdAtLevel;
    private final Targets targets;
    private final Ranking ranking;
    private final Availability availability;
    private final UnitTable unitWeights;
    private final UnitTable notAssessed;
    private final int minimumCompared;

    private MethodSpec(Builder b) {
        minimumCompared = b.minimumCompared;
        denominators = Map.copyOf(b.denominators);
        imputation = b.imputation;
        imputationOf = Map.copyOf(b.imputationOf);
        treatment = b.treatment;
        treatmentOf = Map.copyOf(b.treatmentOf);
        normalisation = b.normalisation;
        normalisationOf = Map.copyOf(b.normalisationOf);
        comparison = b.comparison;
        comparisonOf = Map.copyOf(b.comparisonOf);
        aggregation = b.aggregation;
        aggregationAtLevel = Map.copyOf(b.aggregationAtLevel);
        aggregationOf = Map.copyOf(b.aggregationOf);
        thresholdAtLevel = Map.copyOf(b.thresholdAtLevel);
        targets = b.targets;
        ranking = b.ranking;
        availability = b.availability;
        unitWeights = b.unitWeights.copy();
        notAssessed = b.notAssessed.copy();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this method, to vary one choice of it. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.denominators.putAll(denominators);
        b.imputation = imputation;
        b.imputationOf.putAll(imputationOf);
        b.treatment = treatment;
        b.treatmentOf.putAll(treatmentOf);
        b.normalisation = normalisation;
        b.normalisationOf.putAll(normalisationOf);
        b.comparison = comparison;
        b.comparisonOf.putAll(comparisonOf);
        b.aggregation = aggregation;
        b.aggregationAtLevel.putAll(aggregationAtLevel);
        b.aggregationOf.putAll(aggregationOf);
        b.thresholdAtLevel.putAll(thresholdAtLevel);
        b.targets = targets;
        b.ranking = ranking;
        b.availability = availability;
        b.unitWeights = unitWeights.copy();
        b.notAssessed = notAssessed.copy();
        b.minimumCompared = minimumCompared;
        return b;
    }

    public IndicatorMethod indicator(String code) {
        return new IndicatorMethod(Optional.ofNullable(denominators.get(code)),
                imputationOf.getOrDefault(code, imputation), treatmentOf.getOrDefault(code, treatment),
                normalisationOf.getOrDefault(code, normalisation), comparisonOf.getOrDefault(code, comparison));
    }

    /** The node's own aggregation, else its level's, else the default. */
    public Aggregation aggregation(String node, int level) {
        Aggregation a = aggregationOf.get(node);
        if (a != null) return a;
        return aggregationAtLevel.getOrDefault(level, aggregation);
    }

    /** The share of children (0–1) that must have a score for an aggregate of this level to get one. */
    public OptionalDouble dataThreshold(int level) {
        Double t = thresholdAtLevel.get(level);
        return t == null ? OptionalDouble.empty() : OptionalDouble.of(t);
    }

    /** How the data-availability threshold counts: children with a score, or their share of the weight. */
    public Availability availability() {
        return availability;
    }

    /** The node's weight for this unit: the unit's own weight if it has one, else the structure's. */
    public double weight(String unit, Node node) {
        double w = unitWeights.get(unit, node.code());
        return Double.isNaN(w) ? node.weight() : w;
    }

    /** False when the node is not assessed for the unit (e.g. a criterion that applies to counties only). */
    public boolean assessed(String unit, String node) {
        return Double.isNaN(notAssessed.get(unit, node));
    }

    /** The units' own weights and exclusions by unit position and node position, looked up once per computation. */
    UnitMethod forUnits(IndexStructure structure, List<String> units) {
        return new UnitMethod(structure, unitWeights.byNode(structure, units), notAssessed.byNode(structure, units));
    }

    /** {@link #weight} and {@link #assessed} by unit and node position. */
    static final class UnitMethod {
        private final List<Node> nodes;
        private final UnitTable.ByNode weights;
        private final UnitTable.ByNode excluded;

        private UnitMethod(IndexStructure structure, UnitTable.ByNode weights, UnitTable.ByNode excluded) {
            this.nodes = structure.nodes();
            this.weights = weights;
            this.excluded = excluded;
        }

        double weight(int unit, int node) {
            double w = weights.get(unit, node);
            return Double.isNaN(w) ? nodes.get(node).weight() : w;
        }

        boolean assessed(int unit, int node) {
            return Double.isNaN(excluded.get(unit, node));
        }
    }

    Normalisation defaultNormalisation() {
        return normalisation;
    }

    Aggregation defaultAggregation() {
        return aggregation;
    }

    Imputation defaultImputation() {
        return imputation;
    }

    Treatment defaultTreatment() {
        return treatment;
    }

    public Targets targets() {
        return targets;
    }

    /**
     * A normalisation that compares units (anything but a ratio to a target or fixed goalposts) scores a unit only
     * when at least this many units of its comparison set have a value; fewer give {@link NoScoreReason#BELOW_MIN_COMPARED}.
     */
    public int minimumCompared() {
        return minimumCompared;
    }

    public Ranking ranking() {
        return ranking;
    }

    /** Problems of this method against a structure: overrides naming unknown nodes or non-indicators. */
    List<DefinitionProblem> check(IndexStructure structure) {
        List<DefinitionProblem> problems = new ArrayList<>();
        for (Map<String, ?> perIndicator : List.of(denominators, imputationOf, treatmentOf, normalisationOf, comparisonOf)) {
            for (String code : perIndicator.keySet()) {
                if (!structure.contains(code) || !structure.node(code).isIndicator())
                    problems.add(new DefinitionProblem(code, DefinitionProblem.Kind.UNKNOWN_INDICATOR, ""));
            }
        }
        for (UnitTable perUnit : List.of(unitWeights, notAssessed)) {
            for (String code : perUnit.columnsPerUnit()) {
                if (!structure.contains(code))
                    problems.add(new DefinitionProblem(code, DefinitionProblem.Kind.UNKNOWN_NODE, "weight or exclusion of a unit"));
            }
        }
        for (String code : aggregationOf.keySet()) {
            if (!structure.contains(code) || structure.node(code).isIndicator())
                problems.add(new DefinitionProblem(code, DefinitionProblem.Kind.UNKNOWN_NODE, "no aggregate of that code"));
        }
        return problems;
    }

    public static final class Builder {
        private final Map<String, String> denominators = new HashMap<>();
        private Imputation imputation = new Imputation.None();
        private final Map<String, Imputation> imputationOf = new HashMap<>();
        private Treatment treatment = new Treatment.None();
        private final Map<String, Treatment> treatmentOf = new HashMap<>();
        private Normalisation normalisation = new Normalisation.MinMax(0, 100);
        private final Map<String, Normalisation> normalisationOf = new HashMap<>();
        private ComparisonSet comparison = new ComparisonSet.All();
        private final Map<String, ComparisonSet> comparisonOf = new HashMap<>();
        private Aggregation aggregation = Aggregation.ARITHMETIC;
        private final Map<Integer, Aggregation> aggregationAtLevel = new HashMap<>();
        private final Map<String, Aggregation> aggregationOf = new HashMap<>();
        private final Map<Integer, Double> thresholdAtLevel = new HashMap<>();
        private Targets targets = Targets.none();
        private Ranking ranking = Ranking.unrounded();
        private Availability availability = Availability.CHILDREN;
        private UnitTable unitWeights = new UnitTable();
        /** 1 where a node is not assessed for a unit */
        private UnitTable notAssessed = new UnitTable();
        private int minimumCompared = 1;

        /** See {@link MethodSpec#minimumCompared()}; 1 (the default) sets no minimum. */
        public Builder minimumCompared(int units) {
            if (units < 1) throw new IllegalArgumentException("a minimum of units to compare is at least 1, not " + units);
            minimumCompared = units;
            return this;
        }

        /** The unit's own weight of a node (e.g. a county's criterion weight), instead of the structure's. */
        public Builder unitWeight(String unit, String node, double weight) {
            if (!(weight >= 0) || Double.isInfinite(weight))
                throw new IllegalArgumentException("weight of " + node + " for " + unit + " must be a finite number ≥ 0, not " + weight);
            unitWeights.put(unit, node, weight);
            return this;
        }

        /**
         * The node is not assessed for the unit: it has no score there (NOT_ASSESSED), takes no part in the unit's
         * aggregates, and is no donor or member of any comparison. An aggregate none of whose children are assessed
         * is not assessed either.
         */
        public Builder notAssessed(String unit, String node) {
            notAssessed.put(unit, node, 1);
            return this;
        }

        public Builder availability(Availability a) {
            availability = a;
            return this;
        }

        /** Divide {@code indicator} by the variable {@code denominator} (another indicator or a unit attribute). */
        public Builder denominator(String indicator, String denominator) {
            denominators.put(indicator, denominator);
            return this;
        }

        public Builder imputation(Imputation defaultImputation) {
            imputation = defaultImputation;
            return this;
        }

        public Builder imputation(String indicator, Imputation imputation) {
            imputationOf.put(indicator, imputation);
            return this;
        }

        public Builder treatment(Treatment defaultTreatment) {
            treatment = defaultTreatment;
            return this;
        }

        public Builder treatment(String indicator, Treatment treatment) {
            treatmentOf.put(indicator, treatment);
            return this;
        }

        public Builder normalisation(Normalisation defaultNormalisation) {
            normalisation = defaultNormalisation;
            return this;
        }

        public Builder normalisation(String indicator, Normalisation normalisation) {
            normalisationOf.put(indicator, normalisation);
            return this;
        }

        public Builder comparison(ComparisonSet defaultSet) {
            comparison = defaultSet;
            return this;
        }

        public Builder comparison(String indicator, ComparisonSet set) {
            comparisonOf.put(indicator, set);
            return this;
        }

        public Builder aggregation(Aggregation defaultAggregation) {
            aggregation = defaultAggregation;
            return this;
        }

        public Builder aggregationAtLevel(int level, Aggregation a) {
            aggregationAtLevel.put(level, a);
            return this;
        }

        public Builder aggregation(String node, Aggregation a) {
            aggregationOf.put(node, a);
            return this;
        }

        /** An aggregate of {@code level} gets a score only if at least {@code share} (0–1) of its children have one. */
        public Builder dataThreshold(int level, double share) {
            if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("a data threshold is a share from 0 to 1, not " + share);
            thresholdAtLevel.put(level, share);
            return this;
        }

        public Builder targets(Targets t) {
            targets = t;
            return this;
        }

        public Builder ranking(Ranking r) {
            ranking = r;
            return this;
        }

        public MethodSpec build() {
            return new MethodSpec(this);
        }
    }
}
