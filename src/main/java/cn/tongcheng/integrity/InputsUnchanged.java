package cn.tongcheng.integrity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import cn.tongcheng.facts.FactBaseLoader;
import cn.tongcheng.problem.InvalidInputException;
import cn.tongcheng.problem.Problem;
import cn.tongcheng.rules.RuleBaseCompiler;

/**
 * At the end of a run, before its reports are written: the rules and facts must still be the bytes that
 * were read, or the reports would carry hashes (and readers would assume inputs) that are not what was
 * assessed. A file changed, added or deleted during the run stops it with exit 2, named.
 */
public final class InputsUnchanged {
    private InputsUnchanged() {
    }

    public static void verify(Path rulesDir, String rulesHash, Path factsDir, String factsHash) {
        List<Problem> changed = new ArrayList<>(ContentDigest.changes(rulesDir, rulesHash, RuleBaseCompiler.ruleFiles(rulesDir)));
        changed.addAll(ContentDigest.changes(factsDir, factsHash, FactBaseLoader.recordFiles(factsDir)));
        if (!changed.isEmpty()) throw new InvalidInputException("inputs", changed);
    }
}
