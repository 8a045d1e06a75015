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
import cn.tongcheng.engine.ProgressListener;
import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.FactBase;
import cn.tongcheng.facts.FactBaseLoader;
import cn.tongcheng.facts.Place;
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
     */
    public record Request(Path rulesDir, Path factsDir, List<Integer> years, List<String> places, int threads,
                          Charset encoding, boolean rankWithPeers) {

        public Request(Path rulesDir, Path factsDir, List<Integer> years, List<String> places, int threads,
                       Charset encoding) {
            this(rulesDir, factsDir, years, places, threads, encoding, false);
        }
    }

    /** A compiled rule base and loaded facts, ready to assess (commands that need both share this). */
    public record Inputs(RuleBase ruleBase, FactBase factBase) {
    }

    public static Inputs load(Request request) {
        RuleBase rules = new RuleBaseCompiler().compile(request.rulesDir());
        FactBase facts = new FactBaseLoader(request.encoding()).load(request.factsDir(), rules.catalogue().indicatorsById());
        cn.tongcheng.problem.ProblemList places = new cn.tongcheng.problem.ProblemList();
        cn.tongcheng.rules.PlaceReferences.check(rules.rows(), facts.places(), places);
        places.throwIfAny("rules");
        return new Inputs(rules, facts);
    }

    public static Assessment assess(Request request, Inputs inputs, ProgressListener progress) {
        return assess(request, inputs, progress, null);
    }

    /** @param listener makes a listener for each Drools session (rule tests record what fires), or null */
    public static Assessment assess(Request request, Inputs inputs, ProgressListener progress,
                                    Supplier<? extends AgendaEventListener> listener) {
        FactBase facts = inputs.factBase();
        List<Integer> years = years(request, facts);
        List<Place> selected = places(request, facts);
        // Every place is assessed, so that ranks and comparisons are those of the whole field; the
        // selection only narrows what is returned.
        List<PlaceYear> tasks = new ArrayList<>();
        for (int year : years) for (Place p : facts.places()) tasks.add(new PlaceYear(p, year));
        Map<String, List<Fact>> byPlaceYear = new HashMap<>();
        for (Fact f : facts.facts()) {
            byPlaceYear.computeIfAbsent(AssessmentEngine.key(f.place(), f.year()), k -> new ArrayList<>()).add(f);
        }
        YearIndex index = new YearIndex(inputs.ruleBase().catalogue(), p -> ranked(p, request.rankWithPeers()));
        List<PlaceYearOutcome> outcomes = new AssessmentEngine(inputs.ruleBase(), request.threads(), listener)
                .run(tasks, byPlaceYear, progress, index);
        Aggregator aggregator = new Aggregator(inputs.ruleBase().catalogue());
        List<PlaceAssessment> ranked = outcomes.stream().map(o -> aggregator.aggregate(o, index)).toList();
        double steady = inputs.ruleBase().catalogue().method().trendSteady();
        Assessment all = new Assessment(inputs.ruleBase().hash(), facts.hash(), years, inputs.ruleBase().catalogue(),
                new Comparisons(ranked, years, steady).all(), List.of(), index);
        return request.places().isEmpty() ? all : all.only(selected.stream().map(Place::id).toList());
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
        String w = wanted.strip();
        String shortZh = p.nameZh().replaceAll("[市县区]$", "");
        return w.equalsIgnoreCase(p.id()) || w.equals(p.nameZh()) || w.equals(shortZh) || w.equalsIgnoreCase(p.nameEn());
    }

    private static InvalidInputException optionProblem(String option, String code, Object... args) {
        return InvalidInputException.single("options",
                new Problem("--" + option, 0, "", code, Messages.ui("problem." + code, args)));
    }
}
