package cn.tongcheng.rules;

import java.util.List;

import org.kie.api.KieBase;

/**
 * The compiled rule base: one KieBase shared by every session of a run, the catalogue its tables define,
 * the files it came from and their content hash.
 */
public record RuleBase(KieBase kieBase, Catalogue catalogue, List<RuleFile> files, RuleOrigins origins,
                       String hash) {

    public RuleBase {
        files = List.copyOf(files);
    }

    /** The number of rules (including one per decision-table row). */
    public int ruleCount() {
        return kieBase.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }
}
