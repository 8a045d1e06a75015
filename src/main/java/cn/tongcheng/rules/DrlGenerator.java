package cn.tongcheng.rules;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;

/**
 * Writes the Drools rules of the criteria, recommendation and diagnosis rows, from templates the project
 * owns ({@code src/main/resources/rules/*.drl.mustache}). Rows have been checked already: the only cell texts
 * that reach the DRL are ids, indicator ids, place ids and attributes, which {@link RuleTableReader#SAFE}
 * allows to be letters, digits and {@code . _ -} only; the template engine refuses anything else, so cell
 * text can never become code. One rule per indicator keeps every constraint an equality Drools can hash.
 */
final class DrlGenerator {
    /** Separates a row id from the indicator in the name of a generated recommendation or diagnosis rule. */
    static final String INDICATOR_SEPARATOR = "@";
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Mustache CRITERIA = template("rules/criteria.drl.mustache");
    private static final Mustache ADVICE = template("rules/advice.drl.mustache");

    private DrlGenerator() {
    }

    /** One DRL file for each table file, as {@link RuleFile}s whose lines map back to the table's rows. */
    static List<RuleFile> generate(RuleRows rows) {
        List<RuleFile> out = new ArrayList<>();
        byFile(rows.criteria(), CriterionRow::origin).forEach((file, criteria) ->
                out.add(RuleFile.of(file, render(CRITERIA, Map.of("rules", criteria.stream().map(DrlGenerator::view).toList())), true)));
        for (AdviceRow.Kind kind : AdviceRow.Kind.values()) {
            List<AdviceRow> ofKind = rows.advice().stream().filter(a -> a.kind() == kind).toList();
            byFile(ofKind, AdviceRow::origin).forEach((file, advice) -> {
                List<Map<String, Object>> rules = new ArrayList<>();
                for (AdviceRow a : advice) {
                    for (String indicator : a.indicators()) {
                        rules.add(Map.of("row", line(a.origin()), "name", a.id() + INDICATOR_SEPARATOR + indicator,
                                "indicator", indicator, "when", a.when().constraint(),
                                "action", kind == AdviceRow.Kind.RECOMMENDATION ? "recommend" : "diagnose"));
                    }
                }
                String pkg = kind == AdviceRow.Kind.RECOMMENDATION ? "recommendations" : "diagnoses";
                out.add(RuleFile.of(file, render(ADVICE, Map.of("package", pkg, "rules", rules)), true));
            });
        }
        return out;
    }

    private static Map<String, Object> view(CriterionRow c) {
        List<Map<String, Object>> terms = new ArrayList<>();
        for (AppliesTo.Term t : c.appliesTo().terms()) {
            Map<String, Object> term = new LinkedHashMap<>();
            term.put("or", !terms.isEmpty());
            if (t instanceof AppliesTo.Kind k) term.put("kind", k.kind().id());
            else if (t instanceof AppliesTo.PlaceId p) term.put("place", p.id());
            else if (t instanceof AppliesTo.Attribute a) {
                term.put("key", a.key());
                term.put("value", a.value());
            }
            terms.add(term);
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("row", line(c.origin()));
        v.put("id", c.id());
        v.put("terms", terms);
        v.put("hasTerms", !terms.isEmpty());
        if (c.fromYear() != null) v.put("fromYear", c.fromYear());
        if (c.toYear() != null) v.put("toYear", c.toYear());
        return v;
    }

    private static <T> Map<String, List<T>> byFile(List<T> rows, java.util.function.Function<T, String> origin) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        rows.forEach(r -> out.computeIfAbsent(file(origin.apply(r)), k -> new ArrayList<>()).add(r));
        return out;
    }

    private static String file(String origin) {
        return cn.tongcheng.model.Origins.file(origin);
    }

    private static int line(String origin) {
        return cn.tongcheng.model.Origins.line(origin);
    }

    private static String render(Mustache template, Object scope) {
        StringWriter w = new StringWriter();
        template.execute(w, scope);
        return w.toString();
    }

    private static Mustache template(String name) {
        return new StrictFactory().compile(name);
    }

    /**
     * Writes a value into the DRL only if it is an id, a number or one of the generator's own constraint
     * texts; anything else is a bug in the checks before, and stops the build rather than becoming code.
     */
    private static final class StrictFactory extends DefaultMustacheFactory {
        private static final java.util.Set<String> CONSTRAINTS = java.util.Arrays.stream(Trigger.values())
                .map(Trigger::constraint).collect(java.util.stream.Collectors.toSet());

        @Override
        public void encode(String value, Writer writer) {
            int at = value.indexOf(INDICATOR_SEPARATOR);
            boolean name = at > 0 && RuleTableReader.SAFE.matcher(value.substring(0, at)).matches()
                    && RuleTableReader.SAFE.matcher(value.substring(at + 1)).matches();
            boolean safe = name || RuleTableReader.SAFE.matcher(value).matches() || NUMBER.matcher(value).matches()
                    || CONSTRAINTS.contains(value) || value.equals("recommend") || value.equals("diagnose");
            if (!safe) throw new IllegalStateException("unsafe text for generated DRL: " + value);
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
