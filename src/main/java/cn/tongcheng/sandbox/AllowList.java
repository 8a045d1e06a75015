package cn.tongcheng.sandbox;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a rule may use: the project's model types, {@code Math}, boxed numbers, strings and plain
 * collections, and no member that reaches the JVM, the class loader, reflection or the engine's internals.
 * docs/security.md says why each entry is safe.
 */
public final class AllowList {

    /** Model types a rule may use, by fully qualified name. */
    public static final Set<String> MODEL = Set.of(
            "cn.tongcheng.engine.IndicatorScore", "cn.tongcheng.engine.PlaceYear", "cn.tongcheng.engine.PlaceProfile",
            "cn.tongcheng.engine.ScoreCard",
            "cn.tongcheng.engine.Observation", "cn.tongcheng.engine.Criterion", "cn.tongcheng.engine.Diagnosis",
            "cn.tongcheng.engine.Recommendation", "cn.tongcheng.engine.Status",
            "cn.tongcheng.facts.Value", "cn.tongcheng.facts.IndicatorType", "cn.tongcheng.facts.Fact",
            "cn.tongcheng.facts.Indicator", "cn.tongcheng.facts.Place", "cn.tongcheng.model.Text");

    /** Helpers from the JDK a rule may use: arithmetic, text, numbers and plain collections. */
    public static final Set<String> JDK = Set.of(
            "java.lang.Math", "java.lang.StrictMath", "java.lang.String", "java.lang.StringBuilder",
            "java.lang.CharSequence", "java.lang.Character", "java.lang.Boolean", "java.lang.Number",
            "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Short",
            "java.lang.Byte", "java.lang.Object", "java.lang.Comparable", "java.lang.Iterable",
            "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode",
            "java.util.List", "java.util.Map", "java.util.Set", "java.util.Collection", "java.util.ArrayList",
            "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
            "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.Arrays",
            "java.util.Collections", "java.util.Objects", "java.util.Optional", "java.util.Iterator",
            "java.util.Locale");

    /** Packages whose wildcard import is allowed; only the listed types of them can then be used. */
    public static final Set<String> WILDCARD_PACKAGES = Set.of("cn.tongcheng.engine", "java.util", "java.lang", "java.math");

    /** First segments of package names: a dotted name starting with one of these names a class. */
    public static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net",
            "io", "cn", "kotlin", "scala", "groovy", "ognl", "mvel", "mvel2", "lombok", "nashorn");

    /** Packages a rule file may not declare itself in: it would stand beside library or project classes. */
    private static final List<String> RESERVED_PACKAGES = List.of("java", "javax", "jdk", "sun", "com.sun",
            "cn.tongcheng", "org.drools", "org.kie", "org.mvel2", "org.objectweb", "org.antlr", "org.eclipse");

    /** Methods and properties that reach the JVM, the class loader, reflection or the engine's internals. */
    private static final Set<String> FORBIDDEN_MEMBERS = Set.of("class", "exit", "halt", "exec", "getRuntime",
            "runtime", "getClass", "forName", "loadClass", "defineClass", "newInstance", "invoke", "invokeExact",
            "invokeWithArguments", "getMethod", "getMethods", "getField", "getFields", "getConstructor",
            "getConstructors", "setAccessible", "getenv", "getProperty", "getProperties", "setProperty",
            "setProperties", "clearProperty", "load", "loadLibrary", "mapLibraryName", "setSecurityManager",
            "getResource", "getResources", "getResourceAsStream", "lookup", "privateLookupIn", "kcontext",
            "getKieRuntime", "kieRuntime", "getKnowledgeRuntime", "knowledgeRuntime", "getWorkingMemory",
            "workingMemory", "getKieBase", "kieBase", "getKieSession", "kieSession", "currentThread",
            // blocking a thread, or changing what the whole JVM formats with
            "wait", "notify", "notifyAll", "setDefault",
            // members of allowed types that hand out a Class (Enum.getDeclaringClass …)
            "getDeclaringClass", "getComponentType", "componentType", "arrayType", "getEnclosingClass",
            "getSuperclass", "getInterfaces", "getModule", "getNestHost");

    /** Substrings of member names that are never innocent (getClassLoader, getDeclaredMethods, …). */
    private static final List<String> FORBIDDEN_PARTS = List.of("classloader", "declared", "reflect", "unsafe");

    /** Simple names of the allowed types ({@code IndicatorScore}, {@code Math}, …). */
    public static final Set<String> SIMPLE_NAMES = Stream.concat(MODEL.stream(), JDK.stream())
            .map(AllowList::simpleName).collect(Collectors.toUnmodifiableSet());

    private static volatile Set<String> memberNames;

    private AllowList() {
    }

    public static boolean allowedClass(String fqn) {
        return MODEL.contains(fqn) || JDK.contains(fqn) || nestedInAllowed(fqn);
    }

    /** {@code java.util.Map.Entry} or {@code java.util.Map$Entry}: a nested type of an allowed class. */
    private static boolean nestedInAllowed(String fqn) {
        int cut = Math.max(fqn.lastIndexOf('.'), fqn.lastIndexOf('$'));
        return cut > 0 && (MODEL.contains(fqn.substring(0, cut)) || JDK.contains(fqn.substring(0, cut)));
    }

    public static String simpleName(String fqn) {
        return fqn.substring(fqn.lastIndexOf('.') + 1);
    }

    public static boolean forbiddenMember(String name) {
        if (FORBIDDEN_MEMBERS.contains(name)) return true;
        String lower = name.toLowerCase(Locale.ROOT);
        return FORBIDDEN_PARTS.stream().anyMatch(lower::contains);
    }

    public static boolean reservedPackage(String pkg) {
        return RESERVED_PACKAGES.stream().anyMatch(r -> pkg.equals(r) || pkg.startsWith(r + "."));
    }

    /**
     * The public methods, fields and bean properties of the allowed types ({@code getIndicator},
     * {@code indicator}, {@code gap}, {@code GAP}, {@code max} …): the only names an expression that Drools
     * evaluates with MVEL may call or read after a dot.
     */
    public static Set<String> memberNames() {
        Set<String> names = memberNames;
        if (names != null) return names;
        Set<String> out = new HashSet<>();
        for (String fqn : (Iterable<String>) Stream.concat(MODEL.stream(), JDK.stream())::iterator) {
            Class<?> c = load(fqn);
            if (c == null) continue;
            for (Method m : c.getMethods()) {
                if (forbiddenMember(m.getName())) continue;
                out.add(m.getName());
                property(m.getName()).ifPresent(out::add);
            }
            for (Field f : c.getFields()) {
                if (Modifier.isPublic(f.getModifiers())) out.add(f.getName());
            }
            if (c.isRecord()) {
                for (var rc : c.getRecordComponents()) out.add(rc.getName());
            }
        }
        out.removeIf(AllowList::forbiddenMember);
        memberNames = Set.copyOf(out);
        return memberNames;
    }

    /** {@code getIndicator} → {@code indicator}, {@code isGap} → {@code gap}. */
    private static java.util.Optional<String> property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                String rest = method.substring(prefix.length());
                return java.util.Optional.of(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
            }
        }
        return java.util.Optional.empty();
    }

    static Class<?> load(String className) {
        try {
            return Class.forName(className, false, AllowList.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    static boolean exists(String className) {
        return load(className) != null;
    }
}
