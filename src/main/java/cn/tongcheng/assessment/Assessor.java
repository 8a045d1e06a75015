package cn.tongcheng.assessment;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.tongcheng.engine.AssessmentEngine;
import cn.tongcheng.engine.PlaceYear;
import cn.tongcheng.engine.PlaceYearOutcome;
import cn.tongcheng.engine.RunLimits;
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.FactBase;
import cn.tongcheng.facts.FactBaseLoader;
import cn.tongcheng.facts.Place;
import cn.tongcheng.facts.SourcePrecedence;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;

import org.kie.api.event.rule.AgendaEventListener;

/** The whole pipeline: compile the rules, load and validate the facts, run the engine, aggregate, rank. */
public final class Assessor {

    /**
     * What to assess.
     *
     * @param years  the years; empty means the latest year that has facts
     * @param places place ids or Chinese names; empty means every place
     * @param encoding the encoding of fact files, or null to detect it
     * @param rankWithPeers rank county-level peer places alongside Jiaxing's counties and districts
     * @param limits how far the rules of one place-year may run
     */
    public record Request(Path rulesDir, Path factsDir, List<Integer> years, List<String> places, int threads,
                          Charset encoding, boolean rankWithPeers, RunLimits limits) {

        public Request(Path rulesDir, Path factsDir, List<Integer> years, List<String> places, int threads,
                       Charset encoding, boolean rankWithPeers) {
            this(rulesDir, factsDir, years, places, threads, encoding, rankWithPeers, RunLimits.DEFAULT);
        }

        public Request(Path rulesDir, Path factsDir, List<Integer> years, List<String> places, int threads,
                       Charset encoding) {
            this(rulesDir, factsDir, years, places, threads, encoding, false);
        }
    }

    /** A compiled rule base and loaded facts, ready to assess (commands that need both share this). */
    public record Inputs(RuleBase ruleBase, FactBase factBase, List<cn.tongcheng.sources.Article> articles) {
        public Inputs(RuleBase ruleBase, FactBase factBase) {
            this(ruleBase, factBase, List.of());
        }
    }

    public static Inputs load(Request request) {
        return load(request, new RuleBaseCompiler());
    }

    /** @param compiler compiles the rule base (with or without a cache) */
    public static Inputs load(Request request, RuleBaseCompiler compiler) {
        RuleBase rules = compiler.compile(request.rulesDir());
        cn.tongcheng.sources.SourceLibrary sources = sources(request.rulesDir());
        FactBase facts = new FactBaseLoader(request.encoding(), precedence(request.rulesDir()), sources)
                .load(request.factsDir(), rules.catalogue().indicatorsById());
        ProblemList places = new ProblemList();
        cn.tongcheng.rules.PlaceReferences.check(rules.rows(), facts.places(), places);
        places.throwIfAny("rules");
        return new Inputs(rules, facts, sources == null ? List.of() : sources.articles());
    }

    /** Which kind of source wins when two give one fact: {@code rules/sources/precedence.csv}. */
    public static SourcePrecedence precedence(Path rulesDir) {
        ProblemList problems = new ProblemList();
        SourcePrecedence p = SourcePrecedence.read(rulesDir, problems);
        problems.throwIfAny("rules");
        return p;
    }

    /**
     * The source documents beside the rules folder ({@code sources/} of the project folder), or null when there
     * are none: facts from them must then quote them word for word.
     */
    public static cn.tongcheng.sources.SourceLibrary sources(Path rulesDir) {
        ProblemList problems = new ProblemList();
        cn.tongcheng.sources.SourceLibrary library = cn.tongcheng.sources.SourceLibrary.besideRules(rulesDir, problems).orElse(null);
        problems.throwIfAny("sources");
        return library;
    }

    public static Assessment assess(Request request, Inputs inputs, ProgressListener progress) {
        return assess(request, inputs, progress, null);
    }

    /** @param listener makes a listener for each Drools session (rule tests record what fires), or null */
    public static Assessment assess(Request request, Inputs inputs, ProgressListener progress,
                                    Supplier<? extends AgendaEventListener> listener) {
        if (request.years().isEmpty()) {
            Assessment chosen = chooseYear(request, inputs, progress, listener).assessment();
            return request.places().isEmpty() ? chosen : chosen.only(places(request, inputs.factBase()).stream().map(Place::id).toList());
        }
        FactBase facts = inputs.factBase();
        List<Integer> years = years(request, facts);
        List<Place> selected = places(request, facts);
        // Every place is assessed, so that ranks and comparisons are those of the whole field; the
        // selection only narrows what is returned.
        List<PlaceYear> tasks = new ArrayList<>();
        for (int year : years) for (Place p : facts.places()) tasks.add(new PlaceYear(p, year));
        Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> byPlaceYear = new HashMap<>();
        for (Fact f : facts.facts()) {
            byPlaceYear.computeIfAbsent(AssessmentEngine.key(f.place(), f.year()), k -> new ArrayList<>()).add(f);
        }
        YearIndex index = new YearIndex(inputs.ruleBase().catalogue(), p -> ranked(p, request.rankWithPeers()));
        List<PlaceYearOutcome> outcomes = new AssessmentEngine(inputs.ruleBase(), request.threads(), listener, request.limits())
                .run(tasks, byPlaceYear, progress, index);
        Aggregator aggregator = new Aggregator(inputs.ruleBase().catalogue());
        List<PlaceAssessment> aggregated = outcomes.stream().map(o -> aggregator.aggregate(o, index)).toList();
        // a year whose field is too small (ranking.min_places) is not ranked at all, before trends are computed
        List<RankingField> fields = RankingField.of(years, aggregated, p -> ranked(p, request.rankWithPeers()),
                inputs.ruleBase().catalogue().method().minRankedPlaces());
        List<PlaceAssessment> ranked = RankingField.apply(fields, aggregated);
        Scoreboard scoreboard = Scoreboard.of(inputs.ruleBase().rows().practices(), inputs.ruleBase().catalogue().indicatorsById(),
                facts.facts(), facts.places(), years);
        double steady = inputs.ruleBase().catalogue().method().trendSteady();
        List<PlaceAssessment> compared = new Comparisons(ranked, years, steady).all();
        List<MonitoredValue> monitoring = MonitoredValue.of(inputs.ruleBase().catalogue().indicators(), facts.facts(), years,
                facts.places().stream().map(Place::id).toList(),
                f -> index.unscored(f.place(), f.year(), f.indicator()));
        Assessment all = new Assessment(inputs.ruleBase().hash(), facts.hash(), years, inputs.ruleBase().catalogue(),
                compared, List.of(), inputs.articles(), index, grading(inputs.ruleBase(), compared, years, byPlaceYear),
                scoreboard, fields, monitoring);
        return request.places().isEmpty() ? all : all.only(selected.stream().map(Place::id).toList());
    }

    /** The annual assessment of the graded units (counties, districts, departments), year by year after the index. */
    private static cn.tongcheng.grading.Grading grading(RuleBase rules, List<PlaceAssessment> places, List<Integer> years,
                                                        Map<cn.tongcheng.model.PlaceYearKey, List<Fact>> facts) {
        cn.tongcheng.rules.Conventions conventions = rules.rows().conventions();
        if (!conventions.defined()) return cn.tongcheng.grading.Grading.NONE;
        cn.tongcheng.grading.Grader grader = new cn.tongcheng.grading.Grader(conventions, rules.catalogue().indicatorsById());
        List<cn.tongcheng.grading.UnitGrade> out = new ArrayList<>();
        for (int year : years) {
            List<cn.tongcheng.grading.Unit> units = new ArrayList<>();
            for (PlaceAssessment p : places) {
                if (p.year() != year || !p.place().graded()) continue;
                Map<String, Fact> byIndicator = new HashMap<>();
                facts.getOrDefault(AssessmentEngine.key(p.place().id(), year), List.of()).forEach(f -> byIndicator.put(f.indicator(), f));
                Map<String, cn.tongcheng.engine.IndicatorScore> scores = new HashMap<>();
                p.indicators().forEach(s -> scores.put(s.getIndicator(), s));
                units.add(new cn.tongcheng.grading.Unit(p.place(), year, p.index(), byIndicator, scores));
            }
            out.addAll(grader.grade(units));
        }
        return new cn.tongcheng.grading.Grading(conventions, out);
    }

    /**
     * The year a run without {@code --year} assesses: the latest year with facts in which at least one
     * assessed place (not a peer) has data for {@code coverage.min} of its index weight. A later year with
     * too little data (a round just begun) is skipped and said so; with {@code --year} it is assessed anyway.
     *
     * @param assessment the assessment of every place in the chosen year
     * @param skipped    the later years passed over, with how many places had enough data
     */
    public record YearChoice(int year, Assessment assessment, List<YearCoverage> skipped, double minCoverage) {
    }

    /** How many of a year's assessed places have enough data for an index. */
    public record YearCoverage(int year, int enough, int places) {
    }

    public static YearChoice chooseYear(Request request, Inputs inputs, ProgressListener progress,
                                        Supplier<? extends AgendaEventListener> listener) {
        List<Integer> withFacts = inputs.factBase().years();
        if (withFacts.isEmpty()) throw optionProblem("year", "option.no-facts");
        double min = inputs.ruleBase().catalogue().method().minCoverage();
        List<YearCoverage> skipped = new ArrayList<>();
        for (int i = withFacts.size() - 1; i >= 0; i--) {
            int year = withFacts.get(i);
            Request one = new Request(request.rulesDir(), request.factsDir(), List.of(year), List.of(), request.threads(),
                    request.encoding(), request.rankWithPeers(), request.limits());
            Assessment a = assess(one, inputs, progress, listener);
            List<PlaceAssessment> assessed = a.ofYear(year).stream().filter(p -> !p.place().peer()).toList();
            int enough = (int) assessed.stream().filter(p -> p.coverage().weighted() >= min).count();
            if (enough > 0) return new YearChoice(year, a, skipped, min);
            skipped.add(new YearCoverage(year, enough, assessed.size()));
        }
        throw optionProblem("year", "option.no-year-with-coverage", withFacts, Math.round(min * 100) + "%");
    }

    /**
     * Jiaxing's counties and districts are ranked against each other; the city is not, and peer places only when
     * asked for ({@code --rank-with-peers}).
     */
    static boolean ranked(Place p, boolean withPeers) {
        return p.ranked() || withPeers && p.peer() && !"city".equals(p.kind());
    }

    private static List<Integer> years(Request request, FactBase facts) {
        List<Integer> withFacts = facts.years();
        if (withFacts.isEmpty()) throw optionProblem("year", "option.no-facts");
        if (request.years().isEmpty()) return List.of(withFacts.get(withFacts.size() - 1));
        for (int y : request.years()) {
            if (!withFacts.contains(y)) throw optionProblem("year", "option.year-without-facts", y, withFacts);
        }
        return request.years().stream().sorted().distinct().toList();
    }

    /** The places a request names (all when it names none); an unknown name is an option problem. */
    public static List<Place> places(Request request, FactBase facts) {
        if (request.places().isEmpty()) return facts.places();
        List<Place> out = new ArrayList<>();
        for (String wanted : request.places()) {
            Place p = facts.places().stream().filter(pl -> names(pl, wanted)).findFirst()
                    .orElseThrow(() -> optionProblem("place", "option.unknown-place", wanted,
                            facts.places().stream().map(Place::id).toList()));
            if (!out.contains(p)) out.add(p);
        }
        return out;
    }

    /** A place is named by its id, its Chinese or English name, or its Chinese name without 市/县/区. */
    public static boolean names(Place p, String wanted) {
        return p.isNamed(wanted);
    }

    private static InvalidInputException optionProblem(String option, String code, Object... args) {
        return InvalidInputException.single("options",
                new Problem("--" + option, 0, "", code, Messages.ui("problem." + code, args)));
    }
}
