package cn.tongcheng.sandbox;

/** The names Drools gives the Java classes it generates for a rule, so that a class can be traced to its rule. */
public final class GeneratedNames {
    private GeneratedNames() {
    }

    /** The part of a rule's class name that Drools makes of its name: {@code R-A16} → {@code R$u45$A16}. */
    public static String legalName(String ruleName) {
        StringBuilder b = new StringBuilder();
        ruleName.codePoints().forEach(cp -> {
            if (Character.isJavaIdentifierPart(cp) && cp != '$') b.appendCodePoint(cp);
            else b.append("$u").append(cp).append('$');
        });
        return b.toString();
    }

    /** {@code pkg.Rule_NAME}: the start of the name of every class generated for the rule (then a hash). */
    public static String ruleClassPrefix(String pkg, String ruleName) {
        return pkg + ".Rule_" + legalName(ruleName);
    }

    /**
     * True when a generated class name (dotted) belongs to the rule: the prefix followed by the hash, which
     * may be negative, and not by more of another rule's name.
     */
    public static boolean belongsTo(String className, String pkg, String ruleName) {
        String prefix = ruleClassPrefix(pkg, ruleName);
        if (!className.startsWith(prefix)) return false;
        String rest = className.substring(prefix.length());
        return rest.isEmpty() || Character.isDigit(rest.charAt(0)) || rest.charAt(0) == '-';
    }
}
