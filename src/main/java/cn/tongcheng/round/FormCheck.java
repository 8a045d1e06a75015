package cn.tongcheng.round;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import cn.tongcheng.assessment.Assessor;
import cn.tongcheng.facts.FactBase;
import cn.tongcheng.facts.FactBaseLoader;
import cn.tongcheng.facts.Place;
import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.rules.RuleBase;
import cn.tongcheng.rules.RuleBaseCompiler;

/**
 * Checks returned forms (or any fact files) before they join {@code facts/}: the same checks {@code assess}
 * makes, against the indicators of the rule base and the places of the facts folder, without assessing or
 * writing anything. Every problem is located by file, row and cell ({@code 填报数据!L14}).
 */
public final class FormCheck {
    private FormCheck() {
    }

    /** @throws cn.tongcheng.problem.InvalidInputException with every problem, stage {@code forms} */
    public static FactBase check(Path rulesDir, Path factsDir, List<Path> files, Charset encoding) {
        RuleBase rules = new RuleBaseCompiler().compile(rulesDir);
        FactBaseLoader loader = new FactBaseLoader(encoding, Assessor.precedence(rulesDir), Assessor.sources(rulesDir));
        ProblemList problems = new ProblemList();
        List<Place> places = loader.places(factsDir, problems);
        problems.throwIfAny("facts");
        FactBase checked = loader.check(files, places, rules.catalogue().indicatorsById(), problems);
        problems.throwIfAny("forms");
        return checked;
    }
}
