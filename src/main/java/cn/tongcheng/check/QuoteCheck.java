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
import cn.tongcheng.rules.CriterionRow;
import cn.tongcheng.rules.RuleBase;


/**
 * Every quote of the rules (indicators, dimensions, criteria rows, practices, {@code @quote} of rules) and of the facts
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
        for (CriterionRow c : rules.rows().criteria()) quotes.put(c.origin(), c.quote());
        for (cn.tongcheng.rules.Practice pr : rules.rows().practices()) quotes.put(pr.origin(), pr.quote());
        rules.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> {
            String quote = rules.index().advice(r).quote();
            if (!quote.isEmpty()) quotes.put(rules.index().origin(r), quote);
        }));
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

    private static String normal(String s) {
        return s == null ? "" : WHITE.matcher(s).replaceAll("");
    }

    private static String abbreviate(String s) {
        String t = s.strip();
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }
}
