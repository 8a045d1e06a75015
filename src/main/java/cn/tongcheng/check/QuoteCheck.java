package cn.tongcheng.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.tongcheng.facts.Fact;
import cn.tongcheng.facts.FactBase;
import cn.tongcheng.facts.Indicator;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.rules.Dimension;
import cn.tongcheng.rules.Draft;
import cn.tongcheng.rules.RuleBase;

import org.kie.api.definition.rule.Rule;

/**
 * Every quote of the rules (indicators, dimensions, criteria rows, {@code @quote} of rules) and of the facts
 * must stand word for word in the source text; white space is ignored, as the source is hard-wrapped.
 */
final class QuoteCheck {
    private static final Pattern WHITE = Pattern.compile("\\s+");

    private final Path sourceText;
    private final Findings findings;
    private final List<String> notices;

    QuoteCheck(Path sourceText, Findings findings, List<String> notices) {
        this.sourceText = sourceText;
        this.findings = findings;
        this.notices = notices;
    }

    /** @return the number of quotes checked */
    int run(RuleBase rules, CriteriaCheck criteria, FactBase facts) {
        cn.tongcheng.problem.ProblemList unreadable = new cn.tongcheng.problem.ProblemList();
        java.util.Optional<cn.tongcheng.sources.SourceLibrary> source = cn.tongcheng.sources.SourceLibrary.open(sourceText, unreadable);
        unreadable.sorted().forEach(p -> findings.add(Finding.Severity.ERROR, p));
        if (source.isEmpty()) {
            notices.add(Messages.ui("check.notice.no-source", String.valueOf(sourceText)));
            return 0;
        }
        Map<String, String> quotes = new LinkedHashMap<>();
        for (Indicator i : rules.catalogue().indicators()) quotes.put(i.origin(), i.quote());
        for (Dimension d : rules.catalogue().dimensions()) quotes.put(d.origin(), d.quote());
        for (Draft d : criteria.rows.values()) quotes.put(d.origin(), d.get("quote"));
        rules.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> quotes.put(rules.origins().of(r), quote(r))));
        if (facts != null) for (Fact f : facts.facts()) quotes.put(f.origin(), f.quote());
        int checked = 0;
        for (Map.Entry<String, String> q : quotes.entrySet()) {
            String text = normal(q.getValue());
            if (text.isEmpty()) continue;
            checked++;
            if (!source.get().contains(text)) findings.error(q.getKey(), "quote", "check.quote-not-found", abbreviate(q.getValue()), sourceText);
        }
        return checked;
    }

    private static String quote(Rule r) {
        Object v = r.getMetaData().get("quote");
        if (v == null) return "";
        String s = v.toString();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static String normal(String s) {
        return s == null ? "" : WHITE.matcher(s).replaceAll("");
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }
}
