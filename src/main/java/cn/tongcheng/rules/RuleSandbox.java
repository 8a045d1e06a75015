package cn.tongcheng.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import cn.tongcheng.problem.ProblemList;
import cn.tongcheng.sandbox.BytecodeCheck;
import cn.tongcheng.sandbox.RuleFileCheck;

import org.kie.api.definition.KiePackage;

/**
 * The rule sandbox as the compiler uses it: {@link #check} on each file's DRL before Drools sees it (rule
 * metadata is evaluated while compiling), {@link #checkCompiled} on the classes Drools compiled, or that a cache
 * holds, before any KieBase is made from them. The checks themselves live in {@code cn.tongcheng.sandbox}.
 */
final class RuleSandbox {

    /** One forbidden thing at a line of the DRL. */
    record Violation(int drlLine, String code, String name) {
    }

    private RuleSandbox() {
    }

    static List<Violation> check(String drl) {
        List<Violation> out = new ArrayList<>();
        for (cn.tongcheng.sandbox.Violation v : new LinkedHashSet<>(RuleFileCheck.check(drl))) {
            out.add(new Violation(v.line(), v.code(), v.name().replaceAll("\\s+", " ")));
        }
        out.sort(Comparator.comparingInt(Violation::drlLine));
        return out;
    }

    /** Adds a problem for every reference outside the allow-list in the bytecode compiled from the rules. */
    static void checkCompiled(Iterable<? extends KiePackage> packages, List<RuleFile> files, ProblemList problems) {
        for (BytecodeCheck.Located l : BytecodeCheck.check(packages)) {
            RuleFile file = fileOf(l, files);
            int drlLine = l.violation().line();
            int line = file == null ? drlLine : file.sourceLine(drlLine);
            if (drlLine == 0 && file != null && l.rule() != null) line = file.ruleLines().getOrDefault(l.rule(), 0);
            if (drlLine > 0 && file != null && l.function() != null && bodyOnNextLine(file.drl(), l.function())) line++;
            problems.add(file == null ? "rules" : file.shownName(), line, "", l.violation().code(), l.violation().name());
        }
    }

    /** Drools drops the line break after a function's "{": its body's lines then start one line later. */
    private static boolean bodyOnNextLine(String drl, String function) {
        java.util.regex.Matcher m = definition(function).matcher(drl);
        if (!m.find()) return false;
        int brace = drl.indexOf('{', m.end());
        if (brace < 0) return false;
        int i = brace + 1;
        while (i < drl.length() && Character.isWhitespace(drl.charAt(i)) && drl.charAt(i) != '\n') i++;
        return i < drl.length() && drl.charAt(i) == '\n';
    }

    private static java.util.regex.Pattern definition(String function) {
        return java.util.regex.Pattern.compile(
                "\\bfunction\\s+[\\w.<>\\[\\], ]+\\s+" + java.util.regex.Pattern.quote(function) + "\\s*\\(");
    }

    /** The file a compiled class came from: named by its rule, or for a function, the file of its package that defines it. */
    private static RuleFile fileOf(BytecodeCheck.Located l, List<RuleFile> files) {
        for (RuleFile f : files) {
            if (!l.file().isEmpty() && f.shownName().equals(l.file())) return f;
        }
        if (l.function() == null) return null;
        java.util.regex.Pattern definition = definition(l.function());
        return files.stream().filter(f -> f.packageName().equals(l.pkg()) && definition.matcher(f.drl()).find())
                .findFirst().orElse(null);
    }
}
