package cn.tongcheng.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The first, textual check of a rule file: names found by a tokenizer that skips comments and string
 * literals as the Java lexer does. It gives the author the exact line of a forbidden name in the common
 * case; it can be fooled by text that the tokenizer reads differently from Drools, which is why
 * {@link DrlCheck} (on what Drools' parser reads) and {@link BytecodeCheck} (on what it compiles) follow.
 * Unicode escapes ({@code \u0053ystem}), which Java decodes before lexing, are refused outright.
 */
final class TextCheck {
    private TextCheck() {
    }

    static void check(String drl, List<Violation> out) {
        List<Token> tokens = new Tokenizer(drl, out).tokens();
        new Checker(tokens, out).run();
    }

    /** A token outside comments and literals: an identifier or a single punctuation character. */
    private record Token(String text, int line) {
        boolean isIdent() {
            return Character.isJavaIdentifierStart(text.charAt(0));
        }

        boolean is(String s) {
            return text.equals(s);
        }
    }

    /** Splits DRL into identifiers and punctuation, skipping comments, strings, characters and numbers. */
    private static final class Tokenizer {
        private final String s;
        private final List<Violation> out;
        private final List<Token> tokens = new ArrayList<>();
        private int i;
        private int line = 1;

        Tokenizer(String s, List<Violation> out) {
            this.s = s;
            this.out = out;
        }

        List<Token> tokens() {
            unicodeEscapes();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (s.startsWith("//", i)) {
                    skipUntil("\n", false);
                } else if (s.startsWith("/*", i)) {
                    i += 2;
                    skipUntil("*/", true);
                } else if (s.startsWith("\"\"\"", i)) {
                    i += 3;
                    skipUntil("\"\"\"", true);
                } else if (c == '"' || c == '\'') {
                    literal(c);
                } else if (Character.isDigit(c)) {
                    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.'
                            || s.charAt(i) == '_')) i++;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int start = i;
                    while (i < s.length() && Character.isJavaIdentifierPart(s.charAt(i))) i++;
                    tokens.add(new Token(s.substring(start, i), line));
                } else {
                    if (!Character.isWhitespace(c)) tokens.add(new Token(String.valueOf(c), line));
                    i++;
                }
            }
            return tokens;
        }

        /** Java decodes {@code \}{@code uXXXX} anywhere in source, even in comments and strings: refuse it. */
        private void unicodeEscapes() {
            int ln = 1;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '\n') ln++;
                if (c != '\\' || k + 1 >= s.length() || s.charAt(k + 1) != 'u') continue;
                int backslashes = 0;
                for (int b = k; b >= 0 && s.charAt(b) == '\\'; b--) backslashes++;
                if (backslashes % 2 == 1) out.add(new Violation(ln, "rules.unicode-escape", "\\u"));
            }
        }

        private void skipUntil(String end, boolean consumeEnd) {
            while (i < s.length() && !s.startsWith(end, i)) {
                if (s.charAt(i) == '\n') line++;
                i++;
            }
            if (consumeEnd) i = Math.min(s.length(), i + end.length());
        }

        private void literal(char quote) {
            i++;
            while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') {
                i += s.charAt(i) == '\\' ? 2 : 1;
            }
            if (i < s.length() && s.charAt(i) == quote) i++;
        }
    }

    /** Walks the tokens: imports, declared types, dotted names and members. */
    private static final class Checker {
        private final List<Token> t;
        private final List<Violation> out;
        private final Set<String> usable = new HashSet<>(AllowList.SIMPLE_NAMES);
        private String packageName = "defaultpkg";
        /** Packages imported with {@code .*}: their classes are visible by simple name too. */
        private final List<String> wildcards = new java.util.ArrayList<>();

        Checker(List<Token> tokens, List<Violation> out) {
            this.t = tokens;
            this.out = out;
        }

        void run() {
            declaredTypes();
            int k = 0;
            while (k < t.size()) {
                Token tok = t.get(k);
                if (tok.is("package") && statementStart(k)) {
                    int end = skipDottedName(k + 1);
                    packageName = t.subList(k + 1, end).stream().map(Token::text).collect(Collectors.joining());
                    k = end;
                } else if (tok.is("import") && statementStart(k)) {
                    k = importStatement(k + 1);
                } else if (tok.isIdent() && after(k, ".")) {
                    // a member after a call or index: card.toString().getClass()
                    if (AllowList.forbiddenMember(tok.text())) out.add(new Violation(tok.line(), "rules.forbidden", tok.text()));
                    k++;
                } else if (tok.isIdent() && !after(k, "@")) {
                    k = dottedName(k);
                } else {
                    k++;
                }
            }
        }

        private boolean statementStart(int k) {
            return k == 0 || t.get(k - 1).is(";") || t.get(k - 1).line() < t.get(k).line();
        }

        private boolean after(int k, String s) {
            return k > 0 && t.get(k - 1).is(s);
        }

        /** Types declared in the file ({@code declare Name}) may be used like model types. */
        private void declaredTypes() {
            for (int k = 0; k + 1 < t.size(); k++) {
                if (!t.get(k).is("declare")) continue;
                int n = k + 1;
                if (n + 1 < t.size() && (t.get(n).is("enum") || t.get(n).is("trait"))) n++;
                if (t.get(n).isIdent()) usable.add(t.get(n).text());
            }
        }

        private int skipDottedName(int k) {
            while (k < t.size() && (t.get(k).isIdent() || t.get(k).is(".") || t.get(k).is("*"))
                    && t.get(k).line() == t.get(k - 1).line()) k++;
            return k;
        }

        private int importStatement(int k) {
            if (k < t.size() && (t.get(k).is("static") || t.get(k).is("function") || t.get(k).is("accumulate"))) k++;
            int start = k;
            int end = skipDottedName(k);
            String name = t.subList(start, end).stream().map(Token::text).collect(Collectors.joining());
            int line = start < t.size() ? t.get(start).line() : t.get(t.size() - 1).line();
            if (name.isEmpty()) return end; // not an import Drools can read: it says so itself
            if (!importAllowed(name)) out.add(new Violation(line, "rules.forbidden-import", name));
            else if (name.endsWith(".*")) wildcards.add(name.substring(0, name.length() - 2));
            else usable.add(AllowList.simpleName(classOf(name)));
            return end;
        }

        private static boolean importAllowed(String name) {
            if (name.endsWith(".*")) return AllowList.WILDCARD_PACKAGES.contains(name.substring(0, name.length() - 2))
                    || AllowList.allowedClass(name.substring(0, name.length() - 2));
            return AllowList.allowedClass(classOf(name));
        }

        /** The class part of an imported name: {@code java.lang.Math.max} → {@code java.lang.Math}. */
        private static String classOf(String name) {
            String[] parts = name.split("\\.");
            StringBuilder cls = new StringBuilder();
            boolean seenClass = false;
            for (String p : parts) {
                if (p.isEmpty()) continue;
                if (seenClass && !Character.isUpperCase(p.charAt(0))) break;
                if (cls.length() > 0) cls.append('.');
                cls.append(p);
                if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) seenClass = true;
            }
            return cls.toString();
        }

        /** A name like {@code a.b.C.d(}: checks its class (qualified or simple) and each member. */
        private int dottedName(int k) {
            List<Token> parts = new ArrayList<>();
            parts.add(t.get(k));
            int n = k + 1;
            while (n + 1 < t.size() && t.get(n).is(".") && t.get(n + 1).isIdent()) {
                parts.add(t.get(n + 1));
                n += 2;
            }
            String first = parts.get(0).text();
            int line = parts.get(0).line();
            String bad = null;
            if (AllowList.PACKAGE_ROOTS.contains(first)) {
                bad = forbiddenQualifiedClass(parts);
            } else if (Character.isUpperCase(first.charAt(0)) && !usable.contains(first) && visibleClass(first)) {
                bad = first;
            }
            for (int p = 0; bad == null && p < parts.size(); p++) {
                if (AllowList.forbiddenMember(parts.get(p).text())) bad = parts.get(p).text();
            }
            if (bad != null) out.add(new Violation(line, "rules.forbidden", bad));
            return n;
        }

        /** The class a dotted name starting with a package names, when it is not allowed; else null. */
        private static String forbiddenQualifiedClass(List<Token> parts) {
            StringBuilder fqn = new StringBuilder();
            for (Token p : parts) {
                if (fqn.length() > 0) fqn.append('.');
                fqn.append(p.text());
                if (Character.isUpperCase(p.text().charAt(0))) break;
            }
            return AllowList.allowedClass(fqn.toString()) ? null : fqn.toString();
        }

        /**
         * True when a simple name that is not on the allow-list names a class a rule sees without importing
         * it by name: one of {@code java.lang}, of the rule file's own package, or of a package it imports
         * with {@code .*}. Other names (typing errors,
         * constants) are left to Drools, which says that it cannot resolve them.
         */
        private boolean visibleClass(String name) {
            return exists("java.lang." + name) || exists(packageName + "." + name)
                    || wildcards.stream().anyMatch(w -> exists(w + "." + name));
        }

        private static boolean exists(String className) {
            try {
                Class.forName(className, false, AllowList.class.getClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        }
    }
}
