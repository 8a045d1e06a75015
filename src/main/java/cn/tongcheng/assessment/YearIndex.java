package cn.tongcheng.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;

import cn.tongcheng.engine.Criterion;
import cn.tongcheng.engine.IndicatorScore;
import cn.tongcheng.engine.PlaceYearTargets;
import cn.tongcheng.engine.ScoreSheet;
import cn.tongcheng.engine.YearScorer;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Place;
import cn.tongcheng.facts.Value;
import cn.tongcheng.facts.ValueParser;
import cn.tongcheng.method.CompositeIndex;
import cn.tongcheng.method.Dataset;
import cn.tongcheng.method.DefinitionException;
import cn.tongcheng.method.DefinitionProblem;
import cn.tongcheng.method.Direction;
import cn.tongcheng.method.IndexResult;
import cn.tongcheng.method.IndexStructure;
import cn.tongcheng.method.MethodSpec;
import cn.tongcheng.method.Node;
import cn.tongcheng.method.NoScoreReason;
import cn.tongcheng.method.NodeResult;
import cn.tongcheng.method.Ranking;
import cn.tongcheng.method.StagesKept;
import cn.tongcheng.method.Targets;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.Catalogue;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.MethodChoices;

/**
 * The per-year step of an assessment: the places of one year, with the targets and weights their criteria
 * rows set, become one {@link CompositeIndex} computation (denominate, impute, treat, normalise over all the
 * places of the year, aggregate the dimension tree, rank). The tree is the catalogue's: indicators under their
 * dimension, dimensions under their parent or, without one, under the index. An indicator without a criterion
 * for a place is not assessed there; its criterion's weight is the place's own weight of the indicator.
 */
public final class YearIndex implements YearScorer {
    /** The code of the index, the root of the tree. */
    public static final String ROOT = "index";

    private final Catalogue catalogue;
    private final IndexStructure structure;
    private final ScoreSheet sheet;
    private final Predicate<Place> ranked;
    /** Per year, the places' inputs, to compute a year again when its stages are asked for. */
    private final Map<Integer, List<PlaceYearTargets>> inputs = new java.util.TreeMap<>();
    /** Per year, the aggregates (dimensions and index) of every place: all that an assessment keeps of a year. */
    private final Map<Integer, IndexResult> aggregates = new java.util.TreeMap<>();
    /** Per place-year, the reported figures the method could not score, and why (few: most figures are scored). */
    private final Map<cn.tongcheng.model.PlaceYearKey, Map<String, NoScoreReason>> unscored = new HashMap<>();
    /**
     * The last year whose every stage was asked for. Scoring keeps no stage before the scores (a national run,
     * thousands of places × hundreds of indicators × years, would not fit in memory otherwise); the computation is
     * deterministic, so computing a year again for its stages gives the same result.
     */
    private int cachedYear = Integer.MIN_VALUE;
    private IndexResult cached;

    /** @param ranked the places that get ranks */
    public YearIndex(Catalogue catalogue, Predicate<Place> ranked) {
        this.catalogue = catalogue;
        this.structure = structure(catalogue);
        this.sheet = new ScoreSheet(catalogue);
        this.ranked = ranked;
    }

    /** The index tree of a catalogue. */
    public static IndexStructure structure(Catalogue catalogue) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(Node.aggregate(ROOT, null, 1));
        for (Dimension d : catalogue.dimensions()) nodes.add(Node.aggregate(d.id(), d.parent().isEmpty() ? ROOT : d.parent(), d.weight()));
        for (Indicator i : catalogue.indicators())
            if (!i.monitoring()) nodes.add(Node.indicator(i.id(), i.dimension(), i.higherIsBetter() ? Direction.HIGHER : Direction.LOWER, 1));
        return definition(catalogue, () -> IndexStructure.of(nodes));
    }

    @Override
    public List<List<IndicatorScore>> score(int year, List<PlaceYearTargets> places) {
        IndexResult r = compute(places, StagesKept.NONE);
        synchronized (this) {
            inputs.put(year, List.copyOf(places));
            aggregates.put(year, r.aggregatesOnly());
            if (cachedYear == year) cachedYear = Integer.MIN_VALUE;
        }
        List<List<IndicatorScore>> out = new ArrayList<>();
        for (PlaceYearTargets t : places) {
            String place = t.placeYear().getPlace();
            Map<String, NoScoreReason> why = new HashMap<>();
            for (String ind : t.facts().keySet()) {
                if (!structure.contains(ind) || r.score(place, ind).isPresent()) continue;
                r.noScoreReason(place, ind).filter(x -> x != NoScoreReason.NOT_ASSESSED).ifPresent(x -> why.put(ind, x));
            }
            if (!why.isEmpty()) {
                synchronized (this) {
                    unscored.put(new cn.tongcheng.model.PlaceYearKey(place, year), Map.copyOf(why));
                }
            }
            out.add(sheet.score(t.criteria(), t.facts(), ind -> {
                OptionalDouble s = r.score(place, ind);
                return s.isPresent() ? s.getAsDouble() : null;
            }));
        }
        return out;
    }

    /** The whole computation of a year scored before, every stage of every place (computed again unless it was the last one asked for). */
    public synchronized IndexResult result(int year) {
        if (year == cachedYear) return cached;
        cached = compute(inputs(year), StagesKept.ALL);
        cachedYear = year;
        return cached;
    }

    /** The computation of a year scored before with the stages of one place only (computed again; not kept). */
    public IndexResult result(int year, String place) {
        List<PlaceYearTargets> in;
        synchronized (this) {
            if (year == cachedYear) return cached;
            in = inputs(year);
        }
        return compute(in, StagesKept.of(java.util.Set.of(place)));
    }

    private List<PlaceYearTargets> inputs(int year) {
        List<PlaceYearTargets> in = inputs.get(year);
        if (in == null) throw new IllegalArgumentException("year " + year + " was not scored");
        return in;
    }

    /** Why a reported figure of a scored indicator has no score (e.g. too few places to compare), if it has none. */
    public synchronized java.util.Optional<NoScoreReason> unscored(String place, int year, String indicator) {
        return java.util.Optional.ofNullable(unscored.getOrDefault(new cn.tongcheng.model.PlaceYearKey(place, year), Map.of()).get(indicator));
    }

    /** A place's result at an aggregate (a dimension or the index) in a year scored before. */
    public synchronized NodeResult aggregate(int year, String place, String node) {
        IndexResult of = aggregates.get(year);
        if (of == null || !of.hasUnit(place) || !structure.contains(node) || structure.node(node).isIndicator())
            throw new IllegalArgumentException("no aggregate " + node + " of " + place + " in " + year);
        return of.result(place, node);
    }

    public IndexStructure structure() {
        return structure;
    }

    /** What a year's index is computed from: the tree, the method with each place's targets and weights, the data. */
    public record MethodInputs(IndexStructure structure, MethodSpec method, Dataset data) {
    }

    /** The inputs of a year scored before, for computing it again with other choices (the sensitivity analysis). */
    public synchronized MethodInputs methodInputs(int year) {
        List<PlaceYearTargets> in = inputs.get(year);
        if (in == null) throw new IllegalArgumentException("year " + year + " was not scored");
        return methodInputs(in);
    }

    private IndexResult compute(List<PlaceYearTargets> places, StagesKept kept) {
        MethodInputs in = methodInputs(places);
        return definition(catalogue, () -> CompositeIndex.compute(in.structure(), in.method(), in.data(), kept));
    }

    private MethodInputs methodInputs(List<PlaceYearTargets> places) {
        MethodChoices c = catalogue.method().choices();
        MethodSpec.Builder m = MethodSpec.builder().normalisation(c.normalisation()).comparison(c.comparison())
                .aggregation(c.aggregation()).imputation(c.imputation()).treatment(c.treatment())
                .availability(c.availability());
        c.normalisationOf().forEach(m::normalisation);
        // a place attribute's name is read in lower case from the facts
        c.denominatorOf().forEach((ind, den) -> m.denominator(ind,
                catalogue.indicatorsById().containsKey(den) ? den : den.toLowerCase(java.util.Locale.ROOT)));
        c.aggregationAtLevel().forEach(m::aggregationAtLevel);
        for (Dimension d : catalogue.dimensions()) d.aggregation().ifPresent(a -> m.aggregation(d.id(), a));
        m.minimumCompared(c.minPlaces());
        int top = structure.level(ROOT);
        for (int level = 2; level <= top; level++) {
            Double t = c.thresholdAtLevel().get(level);
            if (t != null) m.dataThreshold(level, t);
            else if (c.threshold().isPresent()) m.dataThreshold(level, c.threshold().getAsDouble());
        }
        java.util.Set<String> rankedPlaces = new java.util.TreeSet<>();
        Targets.Builder targets = Targets.builder();
        Dataset.Builder data = Dataset.builder();
        Map<String, Indicator> indicators = catalogue.indicatorsById();
        for (PlaceYearTargets t : places) {
            Place p = t.placeYear().placeRecord();
            if (ranked.test(p)) rankedPlaces.add(p.id());
            Map<String, String> groups = new LinkedHashMap<>(p.attributes());
            groups.put("kind", p.kind());
            data.unit(p.id(), groups);
            for (Fact f : t.facts().values()) {
                Indicator ind = indicators.get(f.indicator());
                if (ind != null) data.value(p.id(), f.indicator(), number(ind, f.value()));
            }
            p.attributes().forEach((k, v) -> {
                if (!indicators.containsKey(k)) ValueParser.number(v).ifPresent(x -> data.value(p.id(), k, x));
            });
            Map<String, Criterion> byIndicator = new HashMap<>();
            for (Criterion cr : t.criteria()) byIndicator.put(cr.indicator(), cr);
            for (Indicator ind : catalogue.indicators()) {
                if (ind.monitoring()) continue; // shown, never scored: no node of the tree
                Criterion cr = byIndicator.get(ind.id());
                if (cr == null) {
                    m.notAssessed(p.id(), ind.id());
                    continue;
                }
                m.unitWeight(p.id(), ind.id(), cr.weight());
                if (cr.target() != null) targets.unit(p.id(), ind.id(), number(ind, cr.target()));
            }
        }
        m.targets(targets.build());
        m.ranking(new Ranking(c.ranking().decimals(), c.ranking().ties(), new Ranking.Ranked.Listed(rankedPlaces)));
        return new MethodInputs(structure, m.build(), data.build());
    }

    /** A fact or target as a number: the amount, 1 for yes and 0 for no, a level's position (0 the lowest). */
    static double number(Indicator ind, Value v) {
        if (v instanceof Value.Number n) return n.amount();
        if (v instanceof Value.YesNo y) return y.yes() ? 1 : 0;
        if (v instanceof Value.Level l) return ind.levels().indexOf(l.name());
        throw new AssertionError(v);
    }

    /**
     * A method that does not fit the rule base or the facts (a denominator no place has, a reference place that
     * is not one …) is a problem of the rules, at the row that asked for it when there is one.
     */
    private static <T> T definition(Catalogue catalogue, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (DefinitionException e) {
            ProblemList problems = new ProblemList();
            MethodChoices c = catalogue.method().choices();
            for (DefinitionProblem p : e.problems()) {
                String detail = p.kind() + (p.detail().isEmpty() ? "" : ": " + p.detail());
                String origin = switch (p.kind()) {
                    case UNKNOWN_VARIABLE -> c.denominatorOf().entrySet().stream()
                            .filter(x -> x.getValue().equalsIgnoreCase(p.subject())).map(x -> c.origin("denominator:" + x.getKey()))
                            .findFirst().orElse("");
                    case UNKNOWN_UNIT -> c.origin("normalisation.reference");
                    case EMPTY_AGGREGATE -> catalogue.dimension(p.subject()).map(Dimension::origin).orElse("");
                    default -> "";
                };
                String field = p.kind() == DefinitionProblem.Kind.UNKNOWN_VARIABLE ? "denominator" : "";
                if (origin.isEmpty()) problems.add("rules", 0, "method", "method.definition", p.subject(), detail);
                else problems.addAt(origin, field, "method.definition", p.subject(), detail);
            }
            problems.throwIfAny("rules");
            throw e;
        }
    }
}
