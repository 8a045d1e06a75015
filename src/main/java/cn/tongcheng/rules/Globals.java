package cn.tongcheng.rules;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/** Sets a session's global only when some rule file declares it (Drools refuses undeclared globals). */
public final class Globals {
    private Globals() {
    }

    public static void setIfDeclared(KieSession session, String name, Object value) {
        if (declared(session.getKieBase(), name)) session.setGlobal(name, value);
    }

    public static boolean declared(KieBase kieBase, String name) {
        return kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(name)));
    }
}
