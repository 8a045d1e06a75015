package cn.tongcheng.sandbox;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.FunctionImportDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.MVELExprDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QualifiedName;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * Checks what Drools' own parser reads in a rule file, so that the check sees the file as Drools compiles
 * it: the package, imports, declared types, globals, functions, dialect and attributes, every type a
 * pattern names and every expression Drools evaluates with MVEL. Java code (actions, {@code eval},
 * function bodies) is left to {@link BytecodeCheck}, which reads what it compiles to. Constructs the
 * check does not know (windows, timers, custom accumulate functions, enums, traits …) are refused.
 */
final class DrlCheck {
    private static final Pattern DOTTED_NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|-?\\d+(?:\\.\\d+)?|[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> PRIMITIVES = Set.of("int", "long", "double", "float", "short", "byte", "char",
            "boolean", "void");
    /** Attributes whose value Drools reads as plain text or a fixed kind of literal (never as code). */
    private static final Set<String> ATTRIBUTES = Set.of("salience", "no-loop", "lock-on-active", "agenda-group",
            "activation-group", "ruleflow-group", "auto-focus", "date-effective", "date-expires", "dialect", "enabled");
    private static final Set<String> ACCUMULATE_FUNCTIONS = Set.of("count", "sum", "min", "max", "average",
            "collectList", "collectSet", "countDistinct");

    private final List<Violation> out;
    private final Set<String> declared = new HashSet<>();
    private final Set<String> declaredFields = new HashSet<>();
    private final Map<String, String> imported = new HashMap<>();
    private final List<String> wildcards = new java.util.ArrayList<>();
    private final Set<String> usable = new HashSet<>(AllowList.SIMPLE_NAMES);
    private String pkg = "defaultpkg";

    private DrlCheck(List<Violation> out) {
        this.out = out;
    }

    static void check(String drl, List<Violation> out) {
        PackageDescr pd;
        DrlParser parser = new DrlParser();
        try {
            pd = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            return; // Drools fails on the same text with its own message, and compiles nothing
        }
        if (pd == null) return;
        new DrlCheck(out).run(pd);
    }

    private void run(PackageDescr pd) {
        packageName(pd);
        // a rule unit names a class Drools loads and instantiates: not a thing a rule file needs here
        if (pd.getUnit() != null) add(pd.getUnit(), "rules.forbidden-construct", "unit " + pd.getUnit().getTarget());
        pd.getAttributes().forEach(this::attribute);
        for (ImportDescr i : pd.getImports()) importDescr(i);
        for (FunctionImportDescr i : pd.getFunctionImports()) functionImport(i);
        for (AccumulateImportDescr i : pd.getAccumulateImports()) add(i, "rules.forbidden-import", i.getTarget());
        pd.getEntryPointDeclarations().forEach(d -> add(d, "rules.forbidden-construct", "declare entry-point"));
        pd.getWindowDeclarations().forEach(d -> add(d, "rules.forbidden-construct", "declare window"));
        pd.getEnumDeclarations().forEach(d -> add(d, "rules.forbidden-construct", "declare enum " + d.getTypeName()));
        for (TypeDeclarationDescr t : pd.getTypeDeclarations()) declaredName(t);
        for (TypeDeclarationDescr t : pd.getTypeDeclarations()) typeDeclaration(t);
        for (GlobalDescr g : pd.getGlobals()) type(g, g.getType());
        for (FunctionDescr f : pd.getFunctions()) function(f);
        for (RuleDescr r : pd.getRules()) rule(r);
    }

    private void packageName(PackageDescr pd) {
        String name = pd.getName();
        if (name == null || name.isEmpty()) return;
        if (!DOTTED_NAME.matcher(name).matches() || AllowList.reservedPackage(name)) {
            add(pd, "rules.forbidden-package", name);
        } else {
            pkg = name;
        }
    }

    private void importDescr(ImportDescr i) {
        String target = i.getTarget().strip();
        if (target.endsWith(".*")) {
            String p = target.substring(0, target.length() - 2);
            if (AllowList.WILDCARD_PACKAGES.contains(p) || AllowList.allowedClass(p)) wildcards.add(p);
            else add(i, "rules.forbidden-import", target);
        } else if (AllowList.allowedClass(target)) {
            imported.put(AllowList.simpleName(target), target);
            usable.add(AllowList.simpleName(target));
        } else {
            add(i, "rules.forbidden-import", target);
        }
    }

    /** {@code import function java.lang.Math.max}: a static method of an allowed class. */
    private void functionImport(FunctionImportDescr i) {
        String target = i.getTarget().strip();
        int dot = target.lastIndexOf('.');
        if (dot <= 0 || !AllowList.allowedClass(target.substring(0, dot)) || AllowList.forbiddenMember(target.substring(dot + 1))) {
            add(i, "rules.forbidden-import", target);
        }
    }

    /**
     * A declared type may not take the name of a type rules see otherwise ({@code declare String},
     * {@code declare System}), nor stand in another package than its file's.
     */
    private void declaredName(TypeDeclarationDescr t) {
        String name = t.getTypeName();
        String ns = t.getNamespace();
        boolean ownPackage = ns == null || ns.isEmpty() || ns.equals(pkg);
        if (!DOTTED_NAME.matcher(name).matches() || name.contains(".") || !ownPackage
                || AllowList.SIMPLE_NAMES.contains(name) || imported.containsKey(name)
                || AllowList.exists("java.lang." + name) || wildcards.stream().anyMatch(w -> AllowList.exists(w + "." + name))) {
            add(t, "rules.forbidden-declare", ns == null || ns.isEmpty() ? name : ns + "." + name);
            return;
        }
        declared.add(name);
        usable.add(name);
        declaredFields.addAll(t.getFields().keySet());
    }

    private void typeDeclaration(TypeDeclarationDescr t) {
        if (t.isTrait()) add(t, "rules.forbidden-construct", "declare trait " + t.getTypeName());
        for (QualifiedName s : t.getSuperTypes()) {
            if (!declared.contains(s.getName()) && !"java.lang.Object".equals(s.getFullName())) {
                add(t, "rules.forbidden", s.getFullName());
            }
        }
        annotations(t);
        for (TypeFieldDescr f : t.getFields().values()) {
            if (f.getPattern() != null) type(f, f.getPattern().getObjectType());
            annotations(f);
            String init = f.getInitExpr();
            if (init != null && !init.isBlank() && !LITERAL.matcher(init.strip()).matches()) {
                add(f, "rules.forbidden-value", init.strip());
            }
        }
    }

    private void function(FunctionDescr f) {
        if (f.getDialect() != null && !"java".equals(f.getDialect())) add(f, "rules.forbidden-construct", "dialect " + f.getDialect());
        type(f, f.getReturnType());
        for (String t : f.getParameterTypes()) type(f, t);
    }

    private void rule(RuleDescr r) {
        r.getAttributes().values().forEach(this::attribute);
        annotations(r);
        if (r.getLhs() != null) r.getLhs().getDescrs().forEach(d -> lhs(d, r.getLine()));
    }

    private void attribute(AttributeDescr a) {
        String name = a.getName();
        String value = a.getValue() == null ? "" : a.getValue().strip();
        if (!ATTRIBUTES.contains(name)) {
            add(a, "rules.forbidden-construct", name);
        } else if ("salience".equals(name) && !INTEGER.matcher(value).matches()) {
            add(a, "rules.forbidden-value", "salience " + value);
        } else if ("enabled".equals(name) && !value.equals("true") && !value.equals("false")) {
            add(a, "rules.forbidden-value", "enabled " + value);
        } else if ("dialect".equals(name) && !unquote(value).equals("java")) {
            add(a, "rules.forbidden-construct", "dialect " + value);
        }
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Metadata values are evaluated while compiling: only literals ({@code @zh("…")}, {@code @position(0)}). */
    private void annotations(AnnotatedBaseDescr d) {
        for (AnnotationDescr a : d.getAnnotations()) {
            for (Object v : a.getValueMap().values()) {
                if (!(v instanceof String s) || !LITERAL.matcher(s.strip()).matches()) {
                    add(line(a, line(d, 0)), "rules.forbidden-value", "@" + a.getName() + "(" + v + ")");
                }
            }
        }
    }

    private void lhs(BaseDescr d, int line) {
        int at = line(d, line);
        if (d instanceof PatternDescr p) {
            pattern(p, at);
        } else if (d instanceof AndDescr || d instanceof OrDescr || d instanceof NotDescr || d instanceof ExistsDescr
                || d instanceof ForallDescr) {
            ((org.drools.drl.ast.descr.ConditionalElementDescr) d).getDescrs().forEach(c -> lhs((BaseDescr) c, at));
        } else if (!(d instanceof EvalDescr)) {
            // eval(…) is Java, compiled and then checked as bytecode
            add(at, "rules.forbidden-construct", construct(d));
        }
    }

    private void pattern(PatternDescr p, int line) {
        type(line, p.getObjectType());
        if (!p.getBehaviors().isEmpty()) add(line, "rules.forbidden-construct", "over window");
        for (BaseDescr c : p.getDescrs()) {
            int at = line(c, line);
            if (c instanceof ExprConstraintDescr e) expression(e.getExpression(), at);
            else if (c instanceof BindingDescr b) expression(b.getExpression(), at);
            else add(at, "rules.forbidden-construct", construct(c));
        }
        BaseDescr source = p.getSource();
        if (source == null || source instanceof EntryPointDescr) return;
        int at = line(source, line);
        if (source instanceof FromDescr f) {
            if (f.getDataSource() instanceof MVELExprDescr m) expression(m.getExpression(), at);
            else add(at, "rules.forbidden-construct", "from");
        } else if (source instanceof CollectDescr c) {
            lhs(c.getInputPattern(), at);
        } else if (source instanceof AccumulateDescr a) {
            accumulate(a, at);
        } else {
            add(at, "rules.forbidden-construct", construct(source));
        }
    }

    private void accumulate(AccumulateDescr a, int line) {
        if (a.getInput() != null) lhs(a.getInput(), line);
        if (a.getInitCode() != null || a.getActionCode() != null || a.getReverseCode() != null || a.getResultCode() != null) {
            add(line, "rules.forbidden-construct", "accumulate init/action/result");
        }
        for (AccumulateDescr.AccumulateFunctionCallDescr f : a.getFunctions()) {
            if (!ACCUMULATE_FUNCTIONS.contains(f.getFunction())) add(line, "rules.forbidden-construct", "accumulate " + f.getFunction());
            for (String param : f.getParams()) expression(param, line);
        }
    }

    private void expression(String expr, int line) {
        ExpressionCheck.check(expr, line, usable, declaredFields, out);
    }

    /** A type as written ({@code List<Draft>}, {@code String[]}): every class in it must be allowed. */
    private void type(BaseDescr at, String type) {
        type(line(at, 0), type);
    }

    private void type(int line, String type) {
        if (type == null) return;
        for (String name : type.split("[<>,\\[\\]?\\s]+")) {
            if (name.isEmpty() || name.equals("extends") || name.equals("super") || PRIMITIVES.contains(name)) continue;
            String fqn = resolve(name);
            if (fqn != null && !AllowList.allowedClass(fqn) && !isDeclared(fqn)) add(line, "rules.forbidden", name);
        }
    }

    private boolean isDeclared(String fqn) {
        return fqn.startsWith(pkg + ".") && declared.contains(fqn.substring(pkg.length() + 1));
    }

    /**
     * The class a type name stands for, found as Drools finds it (declared types, single-type imports, the
     * file's package, wildcard imports, {@code java.lang}); a qualified name stands for itself. Null when
     * nothing matches: Drools then says it cannot resolve the type.
     */
    private String resolve(String name) {
        if (name.contains(".")) {
            String first = name.substring(0, name.indexOf('.'));
            if (imported.containsKey(first)) return imported.get(first) + name.substring(first.length());
            return name;
        }
        if (declared.contains(name)) return pkg + "." + name;
        if (imported.containsKey(name)) return imported.get(name);
        if (AllowList.exists(pkg + "." + name)) return pkg + "." + name;
        for (String w : wildcards) if (AllowList.exists(w + "." + name)) return w + "." + name;
        if (AllowList.exists("java.lang." + name)) return "java.lang." + name;
        return null;
    }

    private static String construct(BaseDescr d) {
        String s = d.getClass().getSimpleName();
        return s.endsWith("Descr") ? s.substring(0, s.length() - "Descr".length()) : s;
    }

    private static int line(BaseDescr d, int fallback) {
        return d != null && d.getLine() > 0 ? d.getLine() : fallback;
    }

    private void add(BaseDescr d, String code, String name) {
        add(line(d, 0), code, name);
    }

    private void add(int line, String code, String name) {
        out.add(new Violation(Math.max(0, line), code, name));
    }
}
