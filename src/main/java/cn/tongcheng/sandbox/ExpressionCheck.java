package cn.tongcheng.sandbox;

import java.util.List;
import java.util.Set;

/**
 * Checks an expression that Drools evaluates with MVEL (a pattern's constraint, a binding, a {@code from}
 * source, an accumulate function's argument), which compiles to no class whose bytecode could be checked.
 * So the expression must keep to a small language that reads the same to any lexer: identifiers, numbers,
 * string literals on one line with no escapes but \", \\, \n and \t, and the operators of comparisons and arithmetic; no
 * assignment, no block, no {@code new}, no character MVEL gives a meaning of its own ({@code ; # @ { } ' ? \}).
 * A capitalised name must be an allowed type, a dotted name starting with a package must name one, and a
 * name after a dot must be a member of an allowed type or a field of a declared type.
 */
final class ExpressionCheck {
    /** Words of the DRL constraint language and literals. */
    private static final Set<String> WORDS = Set.of("in", "not", "matches", "contains", "memberOf", "excludes",
            "soundslike", "str", "instanceof", "null", "true", "false", "this");

    /** MVEL statements and words that make an expression do more than compute a value. */
    private static final Set<String> STATEMENTS = Set.of("new", "def", "function", "var", "import", "while", "for",
            "foreach", "do", "until", "if", "else", "return", "with", "assert", "isdef", "eval", "switch", "throw",
            "try", "catch", "synchronized", "class", "interface", "enum", "proto", "static");

    private static final String PUNCTUATION = "()[],.!=<>&|+-*/%";

    private ExpressionCheck() {
    }

    /**
     * @param usable  simple type names the expression may use (allowed, imported and declared types)
     * @param members names it may use after a dot beyond {@link AllowList#memberNames()} (declared fields)
     */
    static void check(String expr, int line, Set<String> usable, Set<String> members, List<Violation> out) {
        if (expr == null) return;
        int ln = Math.max(1, line);
        int i = 0;
        int n = expr.length();
        char prev = ' ';
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '\n') {
                ln++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = stringEnd(expr, i);
                if (end < 0) {
                    out.add(new Violation(ln, "rules.forbidden-expression", expr.substring(i, Math.min(n, i + 20)).strip()));
                    return;
                }
                i = end;
                prev = '"';
                continue;
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '.'
                        && i + 1 < n && Character.isDigit(expr.charAt(i + 1)))) i++;
                prev = '0';
                continue;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(expr.charAt(i)) && expr.charAt(i) != '\\') i++;
                String word = expr.substring(start, i);
                int after = skipSpaces(expr, i);
                boolean dotted = after < n && expr.charAt(after) == '.';
                if (prev == '.') {
                    member(word, ln, members, out);
                } else if (AllowList.forbiddenMember(word)) {
                    // a bare name is a member of the fact itself: getClass() is this.getClass()
                    out.add(new Violation(ln, "rules.forbidden", word));
                } else if (STATEMENTS.contains(word)) {
                    out.add(new Violation(ln, "rules.forbidden-expression", word));
                } else if (AllowList.PACKAGE_ROOTS.contains(word) && dotted) {
                    i = qualified(expr, start, ln, out);
                } else if (Character.isUpperCase(c) && !usable.contains(word) && !WORDS.contains(word)) {
                    out.add(new Violation(ln, "rules.forbidden", word));
                }
                prev = 'a';
                continue;
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                if (c == '=' && !(prev == '=' || prev == '!' || prev == '<' || prev == '>')
                        && !(i + 1 < n && expr.charAt(i + 1) == '=')) {
                    out.add(new Violation(ln, "rules.forbidden-expression", "="));
                } else if (c == '>' && prev == '-') {
                    out.add(new Violation(ln, "rules.forbidden-expression", "->"));
                } else if (c == '=' && "+-*/%&|".indexOf(prev) >= 0) {
                    out.add(new Violation(ln, "rules.forbidden-expression", prev + "="));
                }
                prev = c;
                i++;
                continue;
            } else {
                out.add(new Violation(ln, "rules.forbidden-expression", String.valueOf(c)));
                i++;
            }
            if (!Character.isWhitespace(c)) prev = c;
        }
    }

    /**
     * The index after a string literal starting at {@code start}, or -1 when it is not one that every
     * lexer reads alike: it must end on its line, and its only escapes are \", \\, \n and \t.
     */
    private static int stringEnd(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"') return i + 1;
            if (c == '\n' || c == '\r') return -1;
            if (c == '\\') {
                if (i + 1 >= s.length() || "\"\\nt".indexOf(s.charAt(i + 1)) < 0) return -1;
                i += 2;
            } else {
                i++;
            }
        }
        return -1;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private static void member(String word, int line, Set<String> members, List<Violation> out) {
        if (AllowList.forbiddenMember(word)) {
            out.add(new Violation(line, "rules.forbidden", word));
        } else if (!AllowList.memberNames().contains(word) && !members.contains(word)) {
            out.add(new Violation(line, "rules.forbidden-member", word));
        }
    }

    /** {@code java.lang.Math.max(…)}: the class it names must be allowed. Returns the index after the class. */
    private static int qualified(String expr, int start, int line, List<Violation> out) {
        StringBuilder fqn = new StringBuilder();
        int i = start;
        while (i < expr.length()) {
            int s = i;
            while (i < expr.length() && Character.isJavaIdentifierPart(expr.charAt(i)) && expr.charAt(i) != '\\') i++;
            String part = expr.substring(s, i);
            if (part.isEmpty()) break;
            if (fqn.length() > 0) fqn.append('.');
            fqn.append(part);
            if (Character.isUpperCase(part.charAt(0))) break;
            int after = skipSpaces(expr, i);
            if (after >= expr.length() || expr.charAt(after) != '.') break;
            i = skipSpaces(expr, after + 1);
        }
        if (AllowList.allowedClass(fqn.toString())) return i;
        out.add(new Violation(line, "rules.forbidden", fqn.toString()));
        // one problem for the name: the members after a refused class are not looked at
        while (i < expr.length() && (Character.isJavaIdentifierPart(expr.charAt(i)) || expr.charAt(i) == '.')) i++;
        return i;
    }
}
