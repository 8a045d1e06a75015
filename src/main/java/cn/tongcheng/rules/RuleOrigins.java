package cn.tongcheng.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kie.api.definition.rule.Rule;

/** Where each rule of the rule base is written: {@code rules/targets.drl.csv:14} for a table row. */
public final class RuleOrigins {
    /** A key made of the rule's own strings, whose hash codes are cached: origins are looked up on every firing. */
    private record Key(String pkg, String name) {
    }

    private final Map<Key, String> byRule = new HashMap<>();

    RuleOrigins(List<RuleFile> files) {
        for (RuleFile f : files) {
            f.ruleLines().forEach((name, line) -> byRule.put(key(f.packageName(), name), f.shownName() + ":" + line));
        }
    }

    public String of(Rule rule) {
        return byRule.getOrDefault(key(rule.getPackageName(), rule.getName()), rule.getPackageName() + "." + rule.getName());
    }

    private static Key key(String pkg, String name) {
        return new Key(pkg, name);
    }
}
