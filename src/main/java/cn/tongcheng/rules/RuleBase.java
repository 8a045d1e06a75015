package cn.tongcheng.rules;

import java.util.List;

import org.kie.api.KieBase;

/**
 * The compiled rule base: one KieBase shared by every session of a run, the typed rows of its tables (with
 * the catalogue they define), the DRL files it was compiled from (hand-written and generated), what each rule
 * stands for, the files under {@code rules/} that were not read, and the content hash of those that were.
 */
public record RuleBase(KieBase kieBase, RuleRows rows, List<RuleFile> files, RuleIndex index, List<String> notRead,
                       String hash) {

    public RuleBase {
        files = List.copyOf(files);
        notRead = List.copyOf(notRead);
    }

    public Catalogue catalogue() {
        return rows.catalogue();
    }

    /**
     * The number of rules as their authors see them: each table row (criteria, recommendation, diagnosis) once,
     * though it is compiled into one Drools rule per indicator it names, and each hand-written rule.
     */
    public int ruleCount() {
        return (int) kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(index::origin)
                .distinct().count();
    }
}
