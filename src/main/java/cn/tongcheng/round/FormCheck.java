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

    /**
     * The files named, a folder standing for the fact files in it (Windows' command prompt does not expand
     * {@code facts\\2017\\*.xlsx}); Excel's lock files ({@code ~$…}) are left out.
     */
    static List<Path> expanded(List<Path> named, ProblemList problems) {
        List<Path> out = new java.util.ArrayList<>();
        for (Path p : named) {
            if (!java.nio.file.Files.isDirectory(p)) {
                out.add(p);
                continue;
            }
            try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(p)) {
                s.filter(java.nio.file.Files::isRegularFile).filter(cn.tongcheng.facts.RecordReader::isRecordFile)
                        .filter(f -> !f.getFileName().toString().startsWith("~$"))
                        .filter(f -> !f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).startsWith("places."))
                        .sorted().forEach(out::add);
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                problems.add(cn.tongcheng.problem.ShownPath.of(p), 0, "", "file.unreadable", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** @throws cn.tongcheng.problem.InvalidInputException with every problem, stage {@code forms} */
    /** What passed: the facts and the files they came from. */
    public record Checked(FactBase facts, List<Path> files) {
    }

    public static Checked check(Path rulesDir, Path factsDir, List<Path> named, Charset encoding) {
        RuleBase rules = new RuleBaseCompiler().compile(rulesDir);
        FactBaseLoader loader = new FactBaseLoader(encoding, Assessor.precedence(rulesDir), Assessor.sources(rulesDir));
        ProblemList problems = new ProblemList();
        List<Place> places = loader.places(factsDir, problems);
        problems.throwIfAny("facts");
        List<Path> files = expanded(named, problems);
        FactBase checked = loader.check(files, places, rules.catalogue().indicatorsById(), problems);
        problems.throwIfAny("forms");
        return new Checked(checked, files);
    }
}
