package cn.tongcheng.ruletest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.facts.Place;
import cn.tongcheng.facts.RawRecord;
import cn.tongcheng.facts.RecordReader;
import cn.tongcheng.facts.Value;
import cn.tongcheng.facts.ValueParser;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.problem.ShownPath;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.ruletest.RuleTest.Expectation;
import cn.tongcheng.ruletest.RuleTest.Kind;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the rule tests of {@code rules/tests/}: YAML, JSON or CSV files whose records are tests. A record
 * has {@code name}, {@code kind}, {@code year}, optional {@code place} and {@code attributes.*}, facts as
 * {@code facts.<indicator>}, and expectations as {@code expect.<indicator>} (a status or a score),
 * {@code expect.index}, {@code expect.tier}, {@code recommend}, {@code not_recommend}, {@code diagnose},
 * {@code not_diagnose}. In a CSV file, each of these is a column. Every problem is located and reported.
 */
public final class RuleTestReader {
    static final Set<String> KINDS = Set.of("city", "county", "district", "department");
    static final Set<String> STATUSES = Set.of("met", "partly_met", "not_met", "no_data", "not_scored", "none");
    private static final Set<String> FIELDS = Set.of("name", "kind", "year", "place", "note", "recommend",
            "not_recommend", "diagnose", "not_diagnose", "recommend_exactly", "diagnose_exactly", "expect.index", "expect.tier");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuleBase rules;
    private final Map<String, Indicator> indicators;
    private final Set<String> ruleNames = new java.util.HashSet<>();
    private static final Set<String> RULE_KEYS = Set.of("recommend", "not_recommend", "diagnose", "not_diagnose",
            "recommend_exactly", "diagnose_exactly");

    public RuleTestReader(RuleBase rules) {
        this.rules = rules;
        this.indicators = rules.catalogue().indicatorsById();
        // what a test may name: recommendations and diagnoses (table rows and hand-written rules), not criteria rows
        rules.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            if (rules.index().criterion(r) == null) ruleNames.add(rules.index().advice(r).id());
        }));
    }

    /** The test files under the folder, sorted; none when it does not exist. */
    public static List<Path> files(Path testsDir) {
        if (!Files.isDirectory(testsDir)) return List.of();
        try (Stream<Path> s = Files.walk(testsDir)) {
            return s.filter(p -> Files.isRegularFile(p) && RecordReader.isRecordFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<RuleTest> read(List<Path> files) {
        ProblemList problems = new ProblemList();
        RecordReader reader = new RecordReader(null, problems);
        List<RuleTest> tests = new ArrayList<>();
        for (Path f : files) {
            for (RawRecord r : reader.read(f, ShownPath.of(f))) test(r, problems).ifPresent(tests::add);
        }
        problems.throwIfAny("tests");
        return tests;
    }

    private Optional<RuleTest> test(RawRecord r, ProblemList problems) {
        int before = problems.sorted().size();
        String name = r.get("name");
        if (name.isEmpty()) problems.add(r.file(), r.line(), "name", "test.missing", "name");
        String kind = r.get("kind");
        if (!KINDS.contains(kind)) problems.add(r.file(), r.line(), "kind", "test.bad-kind", kind, KINDS);
        Optional<Integer> year = r.get("year").matches("\\d{4}") ? Optional.of(Integer.parseInt(r.get("year"))) : Optional.empty();
        if (year.isEmpty()) problems.add(r.file(), r.line(), "year", "test.bad-year", r.get("year"));
        String placeId = r.has("place") ? r.get("place") : "test";
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        List<Expectation> expect = new ArrayList<>();
        for (Map.Entry<String, String> e : r.fields().entrySet()) {
            String key = e.getKey();
            String value = e.getValue().strip();
            if (value.isEmpty()) continue;
            if (key.startsWith("attributes.")) attributes.put(key.substring(11), value);
            else if (key.startsWith("facts.")) fact(r, key, value, placeId, year.orElse(0), problems).ifPresent(facts::add);
            else if (key.equals("expect.index")) expect.add(number(r, key, value, Kind.INDEX, "index", problems));
            else if (key.equals("expect.tier")) expect.add(new Expectation(Kind.TIER, "tier", value));
            else if (key.startsWith("expect.")) expect.add(indicatorExpectation(r, key, value, problems));
            else if (RULE_KEYS.contains(key)) rulesExpected(r, key, value, expect, problems);
            else if (!FIELDS.contains(key)) problems.add(r.file(), r.line(), key, "test.unknown-field", key);
        }
        if (problems.sorted().size() > before) return Optional.empty();
        Place place = new Place(placeId, name, name, kind, "", false, attributes);
        return Optional.of(new RuleTest(name, r.file() + ":" + r.line(), place, year.get(), facts, expect));
    }

    private Optional<Fact> fact(RawRecord r, String key, String text, String place, int year, ProblemList problems) {
        Indicator ind = indicators.get(key.substring(6));
        if (ind == null) {
            problems.add(r.file(), r.line(), key, "test.unknown-indicator", key.substring(6));
            return Optional.empty();
        }
        Optional<Value> v = ValueParser.parse(ind, text);
        if (v.isEmpty()) problems.add(r.file(), r.line(), key, "fact.bad-value", text, ind.id(), ValueParser.expected(ind));
        return v.map(value -> new Fact(place, year, ind.id(), value, ind.unit(), "test", "", "", r.file() + ":" + r.line()));
    }

    private Expectation indicatorExpectation(RawRecord r, String key, String value, ProblemList problems) {
        String id = key.substring(7);
        Kind kind = null;
        if (id.endsWith(".status")) kind = Kind.STATUS;
        else if (id.endsWith(".score")) kind = Kind.SCORE;
        if (kind != null) id = id.substring(0, id.lastIndexOf('.'));
        else if (STATUSES.contains(status(value))) kind = Kind.STATUS;
        else {
            // a bare number could be a score or a value: the test must say which
            problems.add(r.file(), r.line(), key, "test.implicit-score", id, value);
            return new Expectation(Kind.SCORE, id, "none");
        }
        if (!indicators.containsKey(id)) problems.add(r.file(), r.line(), key, "test.unknown-indicator", id);
        if (kind == Kind.STATUS) {
            if (!STATUSES.contains(status(value))) problems.add(r.file(), r.line(), key, "test.bad-status", value, STATUSES);
            return new Expectation(kind, id, status(value));
        }
        return number(r, key, value, kind, id, problems);
    }

    static String status(String text) {
        return text.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static Expectation number(RawRecord r, String key, String value, Kind kind, String subject, ProblemList problems) {
        if (!value.equalsIgnoreCase("none") && ValueParser.number(value).isEmpty()) {
            problems.add(r.file(), r.line(), key, "test.bad-number", value);
        }
        return new Expectation(kind, subject, value.toLowerCase(java.util.Locale.ROOT));
    }

    private void rulesExpected(RawRecord r, String key, String value, List<Expectation> expect, ProblemList problems) {
        List<String> ids = list(value);
        for (String id : ids) {
            if (!ruleNames.contains(id)) problems.add(r.file(), r.line(), key, "test.unknown-rule", id);
        }
        if (key.endsWith("_exactly")) {
            Kind kind = key.startsWith("recommend") ? Kind.RECOMMEND_EXACTLY : Kind.DIAGNOSE_EXACTLY;
            expect.add(new Expectation(kind, key.substring(0, key.indexOf('_')), String.join(", ", ids)));
            return;
        }
        Kind kind = key.endsWith("recommend") ? Kind.RECOMMEND : Kind.DIAGNOSE;
        String wanted = key.startsWith("not_") ? "no" : "yes";
        for (String id : ids) expect.add(new Expectation(kind, id, wanted));
    }

    /** A YAML or JSON list (arrives as JSON text), or ids separated by | , 、 or spaces (a CSV cell). */
    private static List<String> list(String value) {
        if (value.startsWith("[")) {
            try {
                return Arrays.stream(JSON.readValue(value, String[].class)).map(String::strip).toList();
            } catch (IOException e) {
                // not JSON after all: read it as a cell
            }
        }
        return Arrays.stream(value.split("[|,、\\s]+")).filter(s -> !s.isEmpty()).toList();
    }
}
