package cn.tongcheng.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a rule file's DRL before Drools compiles it: the textual check, which names the line of a
 * forbidden name in the common case, then the check of what Drools' parser reads. {@link BytecodeCheck}
 * follows on what Drools compiles.
 */
public final class RuleFileCheck {
    private RuleFileCheck() {
    }

    public static List<Violation> check(String drl) {
        List<Violation> out = new ArrayList<>();
        TextCheck.check(drl, out);
        DrlCheck.check(drl, out);
        return out;
    }
}
