package cn.tongcheng.check;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.check.Finding.Severity;
import cn.tongcheng.facts.FactBase;
import cn.tongcheng.facts.FactBaseLoader;
import cn.tongcheng.i18n.Messages;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;

/**
 * Checks a rule base without assessing anything: compiles it, loads the facts against it, then looks at
 * the criteria rows (by firing them for every place and year that matters), the weights, the indicator ids
 * rules refer to, and the quotes. Compile and fact problems are errors too, so an author sees all at once.
 */
public final class RuleBaseChecker {

    /**
     * @param sourceText the source documents as one text file, for the quotes; null or missing to skip
     */
    public record Request(Path rulesDir, Path factsDir, Charset encoding, Path sourceText) {
    }

    public CheckReport check(Request request) {
        Findings findings = new Findings();
        List<String> notices = new ArrayList<>();
        RuleBase rules;
        try {
            rules = new RuleBaseCompiler().compile(request.rulesDir());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> findings.add(Severity.ERROR, p));
            return new CheckReport(findings.sorted(), notices, 0, 0, 0, 0);
        }
        if (!rules.notRead().isEmpty()) notices.add(Messages.ui("rules.not-read", String.join(", ", rules.notRead())));
        FactBase facts = null;
        try {
            cn.tongcheng.problem.ProblemList table = new cn.tongcheng.problem.ProblemList();
            cn.tongcheng.facts.SourcePrecedence precedence = cn.tongcheng.facts.SourcePrecedence.read(request.rulesDir(), table);
            table.sorted().forEach(p -> findings.add(Severity.ERROR, p));
            facts = new FactBaseLoader(request.encoding(), precedence).load(request.factsDir(), rules.catalogue().indicatorsById());
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> findings.add(Severity.ERROR, p));
            notices.add(Messages.ui("check.notice.facts"));
        }
        if (facts != null) {
            cn.tongcheng.problem.ProblemList places = new cn.tongcheng.problem.ProblemList();
            cn.tongcheng.rules.PlaceReferences.check(rules.rows(), facts.places(), places);
            places.sorted().forEach(p -> findings.add(Severity.ERROR, p));
        }
        CriteriaCheck criteria = new CriteriaCheck(rules, facts, findings);
        criteria.run();
        new WeightCheck(rules, criteria, findings).run();
        new ReferenceCheck(rules, findings).run();
        int quotes = new QuoteCheck(request.sourceText(), findings, notices).run(rules, criteria, facts);
        if (facts != null) new FactCheck(rules, facts, criteria, findings, request.rulesDir()).run();
        return new CheckReport(findings.sorted(), notices, rules.ruleCount(), rules.catalogue().indicators().size(),
                facts == null ? 0 : facts.facts().size(), quotes);
    }
}
