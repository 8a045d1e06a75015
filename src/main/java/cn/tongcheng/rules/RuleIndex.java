package cn.tongcheng.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.tongcheng.model.Text;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * What each compiled rule stands for: where it is written ({@code rules/criteria/targets.csv:14} for a table
 * row, {@code rules/diagnosis/a03.drl:20} for a hand-written rule), and the typed row behind it. Looked up on
 * every firing, so keys are the rule's own strings, whose hash codes are cached.
 */
public final class RuleIndex {
    private record Key(String pkg, String name) {
    }

    private final Map<Key, String> origins = new HashMap<>();
    private final Map<String, CriterionRow> criteria = new HashMap<>();
    private final Map<Key, AdviceRow> advice = new HashMap<>();
    /** The same, by the KieBase's own rule objects (those a firing hands its action): no key to build and hash. */
    private final Map<Rule, AdviceRow> adviceOfRule = new java.util.IdentityHashMap<>();

    RuleIndex(List<RuleFile> files, RuleRows rows, KieBase kieBase) {
        for (RuleFile f : files) {
            f.ruleLines().forEach((name, line) -> origins.put(new Key(f.packageName(), name), f.shownName() + ":" + line));
        }
        rows.criteria().forEach(c -> criteria.put(c.id(), c));
        Map<String, AdviceRow> rowById = new HashMap<>();
        rows.advice().forEach(a -> rowById.put(a.id(), a));
        kieBase.getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            Key key = new Key(r.getPackageName(), r.getName());
            int at = r.getName().lastIndexOf(DrlGenerator.INDICATOR_SEPARATOR);
            AdviceRow row = at > 0 ? rowById.get(r.getName().substring(0, at)) : null;
            AdviceRow a = row != null ? row : handWritten(r, origin(r));
            advice.put(key, a);
            adviceOfRule.put(r, a);
        }));
    }

    public String origin(Rule rule) {
        return origins.getOrDefault(new Key(rule.getPackageName(), rule.getName()),
                rule.getPackageName() + "." + rule.getName());
    }

    /** The criteria row a generated criteria rule stands for, or null. */
    public CriterionRow criterion(Rule rule) {
        return criteria.get(rule.getName());
    }

    /** The recommendation or diagnosis a rule makes: its table row, or the metadata of a hand-written rule. */
    public AdviceRow advice(Rule rule) {
        AdviceRow a = adviceOfRule.get(rule);
        return a != null ? a : advice.get(new Key(rule.getPackageName(), rule.getName()));
    }

    private static AdviceRow handWritten(Rule rule, String origin) {
        return new AdviceRow(null, rule.getName(), null, List.of(), new Text(meta(rule, "zh"), meta(rule, "en")),
                meta(rule, "source"), meta(rule, "quote"), origin);
    }

    static String meta(Rule rule, String key) {
        Object v = rule.getMetaData().get(key);
        if (v == null) return "";
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
