package cn.tongcheng.check;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.tongcheng.facts.Indicator;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleFile;

/**
 * Indicator ids that DRL rules (recommendations, diagnoses) name in {@code indicator == "x"} or
 * {@code indicator in ("x", "y")}: each must be an indicator of the catalogue, else the rule can never fire.
 */
final class ReferenceCheck {
    private static final Pattern TEST = Pattern.compile("indicator\\s*(?:==|!=)\\s*\"([^\"]*)\"|indicator\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private final RuleBase rules;
    private final Findings findings;
    private final Map<String, Indicator> indicators;

    ReferenceCheck(RuleBase rules, Findings findings) {
        this.rules = rules;
        this.findings = findings;
        this.indicators = rules.catalogue().indicatorsById();
    }

    void run() {
        for (RuleFile f : rules.files()) {
            if (f.table()) continue;
            String[] lines = f.drl().split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].strip().startsWith("//")) continue;
                Matcher m = TEST.matcher(lines[i]);
                while (m.find()) {
                    if (m.group(1) != null) check(f, i + 1, m.start(1) + 1, m.group(1));
                    else {
                        Matcher q = QUOTED.matcher(m.group(2));
                        while (q.find()) check(f, i + 1, m.start(2) + q.start(1) + 1, q.group(1));
                    }
                }
            }
        }
    }

    private void check(RuleFile f, int line, int column, String id) {
        if (indicators.containsKey(id)) return;
        String hint = nearest(id).map(n -> Messages.ui("check.did-you-mean", n)).orElse("");
        findings.error(f.shownName() + ":" + line, "column " + column, "check.rule-unknown-indicator", id, hint);
    }

    private Optional<String> nearest(String id) {
        return cn.tongcheng.problem.Suggestions.nearest(id, indicators.keySet());
    }
}
