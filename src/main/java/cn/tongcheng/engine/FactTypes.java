package cn.tongcheng.engine;

import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/** Which kinds of fact the rules of a KieBase read: Drools builds an object-type node for each type a pattern names. */
final class FactTypes {
    private FactTypes() {
    }

    /** Whether some rule's pattern matches facts of this class (by its own type, a supertype or an interface). */
    static boolean read(KieBase kieBase, Class<?> type) {
        for (ObjectTypeNode otn : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
            if (otn.getObjectType().isAssignableFrom(type)) return true;
        }
        return false;
    }
}
