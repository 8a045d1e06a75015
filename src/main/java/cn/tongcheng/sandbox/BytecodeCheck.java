package cn.tongcheng.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Function;
import org.drools.base.rule.LineMappings;
import org.drools.base.rule.TypeDeclaration;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.kie.api.definition.KiePackage;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads the bytecode Drools compiled from the rules' Java code (actions, {@code eval}, functions) before
 * the KieBase is made, and refuses every reference outside the allow-list: a class that is not an allowed
 * type, a forbidden member of an allowed one ({@code getClass}, {@code wait} …), a class literal, a lambda
 * or method handle. Whatever the text looked like, this is what would run. Drools' own plumbing in the
 * generated classes (the invokers, the {@code drools} helper) may be named, and only the few of its
 * methods the templates and {@code insert}/{@code update}/{@code delete} need may be called.
 */
public final class BytecodeCheck {

    /** A violation in a compiled class, located at the rule file that the class was compiled from. */
    /**
     * @param rule the rule the class belongs to, or null; when the violation has no line of its own
     *             (line 0), it stands at this rule
     * @param function the function the class was compiled from, or null (functions do not know their file)
     * @param pkg      the rule file's package
     * @param where the class and method compiled from the rule file (for debugging the sandbox)
     */
    public record Located(String file, String rule, String function, String pkg, Violation violation, String where) {
    }

    /** Types of Drools' plumbing that generated classes name (parameters, interfaces, casts). */
    private static final Set<String> PLUMBING_TYPES = Set.of(
            "org/drools/base/rule/consequence/ConsequenceContext", "org/drools/base/rule/consequence/Consequence",
            "org/drools/core/rule/consequence/KnowledgeHelper", "org/kie/api/runtime/rule/RuleContext",
            "org/kie/api/runtime/rule/FactHandle", "org/drools/base/rule/accessor/CompiledInvoker",
            "org/drools/base/rule/accessor/EvalExpression", "org/drools/base/reteoo/BaseTuple",
            "org/drools/base/rule/Declaration", "org/drools/base/base/ValueResolver",
            "org/drools/mvel/asm/EvalStub", "org/drools/mvel/asm/ConsequenceStub",
            "org/drools/mvel/asm/EvalGenerator", "org/drools/mvel/asm/ConsequenceGenerator",
            "org/drools/mvel/asm/MethodComparator",
            // function classes are Externalizable: their (empty) readExternal/writeExternal name these
            "java/io/Externalizable", "java/io/ObjectOutput", "java/io/ObjectInput");

    /** The plumbing methods generated code may call, as owner.name. */
    private static final Set<String> PLUMBING_CALLS = Set.of(
            "org/drools/mvel/asm/MethodComparator.getMethodBytecode", "org/drools/mvel/asm/MethodComparator.compareBytecode",
            "org/drools/base/rule/accessor/CompiledInvoker.getMethodBytecode",
            "org/drools/mvel/asm/EvalGenerator.generate", "org/drools/base/rule/accessor/EvalExpression.evaluate",
            "org/drools/mvel/asm/ConsequenceGenerator.generate", "org/drools/base/rule/consequence/Consequence.evaluate",
            "org/drools/core/rule/consequence/KnowledgeHelper.insert",
            "org/drools/core/rule/consequence/KnowledgeHelper.insertLogical",
            "org/drools/core/rule/consequence/KnowledgeHelper.update",
            "org/drools/core/rule/consequence/KnowledgeHelper.delete",
            "org/drools/core/rule/consequence/KnowledgeHelper.retract");

    /** Drools' bit masks, which update() and modify() pass along: pure arithmetic on longs. */
    private static final String BIT_MASKS = "org/drools/util/bitmask/";

    private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";

    private final Set<String> own = new HashSet<>();
    private final List<Located> out = new ArrayList<>();
    /** Simple class name prefix ({@code pkg/Rule_NAME}) → the rule, for locating a class. */
    private final Map<String, RuleImpl> rulesByClassPrefix = new HashMap<>();
    private final Map<String, Function> functionsByClass = new HashMap<>();
    private final Map<String, LineMappings> lineMappings = new HashMap<>();

    private BytecodeCheck() {
    }

    /** Every violation in the classes compiled for these packages; empty when they keep to the allow-list. */
    public static List<Located> check(Iterable<? extends KiePackage> packages) {
        BytecodeCheck c = new BytecodeCheck();
        Map<String, byte[]> classes = new HashMap<>();
        for (KiePackage kp : packages) {
            InternalKnowledgePackage p = (InternalKnowledgePackage) kp;
            if (p.getDialectRuntimeRegistry() == null) continue;
            String prefix = p.getName().replace('.', '/') + "/";
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                c.rulesByClassPrefix.put(GeneratedNames.ruleClassPrefix(p.getName(), r.getName()).replace('.', '/'), (RuleImpl) r);
            }
            p.getFunctions().values().forEach(f -> c.functionsByClass.put(f.getClassName().replace('.', '/'), f));
            for (TypeDeclaration t : p.getTypeDeclarations().values()) c.own.add(t.getTypeClassName().replace('.', '/'));
            p.getDialectRuntimeRegistry().getLineMappings().forEach((k, v) -> c.lineMappings.put(k.replace('.', '/'), v));
            if (p.getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData d) {
                d.getStore().forEach((name, bytes) -> classes.put(name.endsWith(".class")
                        ? name.substring(0, name.length() - ".class".length()) : name, bytes));
            }
        }
        c.own.addAll(classes.keySet());
        classes.forEach(c::checkClass);
        return c.out;
    }

    private void checkClass(String name, byte[] bytes) {
        new ClassReader(bytes).accept(new ClassChecker(name), ClassReader.SKIP_FRAMES);
    }

    private boolean allowedType(String internalName) {
        String t = internalName;
        while (t.startsWith("[")) t = t.substring(1);
        if (t.startsWith("L") && t.endsWith(";")) t = t.substring(1, t.length() - 1);
        if (t.length() == 1) return true; // a primitive in an array descriptor
        return own.contains(t) || isOwnNested(t) || PLUMBING_TYPES.contains(t) || t.startsWith(BIT_MASKS)
                || AllowList.allowedClass(t.replace('/', '.'));
    }

    private boolean isOwnNested(String t) {
        int dollar = t.indexOf('$');
        return dollar > 0 && own.contains(t.substring(0, dollar));
    }

    /** A class compiled from the rule files (its members are named by the author, not by the JDK). */
    private boolean isOwn(String internalName) {
        return own.contains(internalName) || isOwnNested(internalName);
    }

    private boolean callable(String owner) {
        String t = owner;
        while (t.startsWith("[")) t = t.substring(1);
        if (t.startsWith("L") && t.endsWith(";")) t = t.substring(1, t.length() - 1);
        return own.contains(t) || isOwnNested(t) || AllowList.allowedClass(t.replace('/', '.'));
    }

    private final class ClassChecker extends ClassVisitor {
        private final String className;
        private boolean compiledInvoker;

        ClassChecker(String className) {
            super(Opcodes.ASM9);
            this.className = className;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            if (superName != null) type(superName, null, 0, 0);
            for (String i : interfaces) {
                type(i, null, 0, 0);
                if (i.equals("org/drools/base/rule/accessor/CompiledInvoker")) compiledInvoker = true;
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            descriptor(descriptor, null, 0, 0);
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            // the throws clause does nothing at run time (the templates declare "throws Exception")
            descriptor(descriptor, name, 0, 0);
            boolean invokerPlumbing = compiledInvoker && name.equals("getMethodBytecode") && descriptor.equals("()Ljava/lang/String;");
            return new MethodChecker(name, invokerPlumbing);
        }

        private final class MethodChecker extends MethodVisitor {
            private final String method;
            private final boolean invokerPlumbing;
            private int firstLine;
            private int line;

            MethodChecker(String method, boolean invokerPlumbing) {
                super(Opcodes.ASM9);
                this.method = method;
                this.invokerPlumbing = invokerPlumbing;
            }

            @Override
            public void visitLineNumber(int javaLine, Label start) {
                if (firstLine == 0) firstLine = javaLine;
                line = javaLine;
            }

            @Override
            public void visitTypeInsn(int opcode, String type) {
                type(type, method, at(), line);
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                if (owner.startsWith(BIT_MASKS)) return;
                if (!callable(owner)) refuse(owner.replace('/', '.'));
                else if (!isOwn(owner) && AllowList.forbiddenMember(name)) refuse(owner.replace('/', '.') + "." + name);
                descriptor(descriptor, method, at(), line);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
                if (invokerPlumbing && owner.equals("java/lang/Object") && name.equals("getClass")) return;
                if (PLUMBING_CALLS.contains(owner + "." + name) || owner.startsWith(BIT_MASKS)) return;
                if (!callable(owner)) refuse(owner.replace('/', '.'));
                else if (!isOwn(owner) && AllowList.forbiddenMember(name)) refuse(simple(owner) + "." + name);
                descriptor(descriptor, method, at(), line);
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bsm, Object... args) {
                if (!bsm.getOwner().equals(STRING_CONCAT)) {
                    refuse(bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory") ? "lambda (->, ::)"
                            : bsm.getOwner().replace('/', '.'));
                    return;
                }
                descriptor(descriptor, method, at(), line);
            }

            @Override
            public void visitLdcInsn(Object value) {
                // a class literal of an allowed or generated type (update() passes one) is only a value: nothing
                // may be called on a Class
                if (value instanceof Type t && t.getSort() == Type.OBJECT && callable(t.getInternalName())) return;
                if (value instanceof Type t && t.getSort() != Type.METHOD) refuse(t.getClassName() + ".class");
                else if (value instanceof Type || value instanceof Handle || value instanceof ConstantDynamic) refuse(String.valueOf(value));
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                descriptor(descriptor, method, at(), line);
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                if (type != null) type(type, method, at(), line);
            }

            private int at() {
                return line == 0 ? 0 : line - firstLine;
            }

            private void refuse(String name) {
                report(name, method, at(), line);
            }
        }

        private void type(String internalName, String method, int offset, int javaLine) {
            if (!allowedType(internalName)) report(readable(internalName), method, offset, javaLine);
        }

        private void descriptor(String descriptor, String method, int offset, int javaLine) {
            Type t = Type.getType(descriptor);
            if (t.getSort() == Type.METHOD) {
                type(t.getReturnType().getDescriptor(), method, offset, javaLine);
                for (Type a : t.getArgumentTypes()) type(a.getDescriptor(), method, offset, javaLine);
            } else {
                type(t.getDescriptor(), method, offset, javaLine);
            }
        }

        /**
         * @param offset   lines from the first line of the method
         * @param javaLine the line in the generated Java source, 0 when unknown
         */
        private void report(String name, String method, int offset, int javaLine) {
            String file = "";
            int drlLine = 0;
            String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
            Function f = functionsByClass.get(outer);
            RuleImpl rule = f == null ? ruleOf(outer) : null;
            LineMappings lm = lineMappings.get(outer);
            String ruleName = null;
            if (f != null) {
                file = f.getResource() == null ? "" : f.getResource().getSourcePath();
                drlLine = lm == null ? 0 : javaLine > 0 ? lm.getStartLine() + javaLine - lm.getOffset() - 1 : lm.getStartLine();
            } else if (rule != null) {
                file = rule.getResource() == null ? "" : rule.getResource().getSourcePath();
                ruleName = rule.getName();
                // actions start at the line of "then"; other methods (eval …) are placed at the rule
                boolean action = method != null && (method.equals("defaultConsequence") || method.startsWith("consequence"));
                drlLine = action && lm != null ? lm.getStartLine() + offset : 0;
            }
            String pkg = outer.contains("/") ? outer.substring(0, outer.lastIndexOf('/')).replace('/', '.') : "";
            out.add(new Located(file == null ? "" : file, ruleName, f == null ? null : f.getName(), pkg, new Violation(drlLine, "rules.forbidden-compiled", name), className + "." + method));
        }

        private RuleImpl ruleOf(String classInternalName) {
            RuleImpl best = null;
            int bestLength = -1;
            for (Map.Entry<String, RuleImpl> e : rulesByClassPrefix.entrySet()) {
                String prefix = e.getKey();
                if (classInternalName.startsWith(prefix) && prefix.length() > bestLength) {
                    String rest = classInternalName.substring(prefix.length());
                    if (rest.isEmpty() || Character.isDigit(rest.charAt(0)) || rest.charAt(0) == '-') {
                        best = e.getValue();
                        bestLength = prefix.length();
                    }
                }
            }
            return best;
        }
    }

    private static String simple(String internalName) {
        return internalName.replace('/', '.');
    }

    /** {@code [Ljava/io/File;} → {@code java.io.File}. */
    private static String readable(String internalNameOrDescriptor) {
        String t = internalNameOrDescriptor;
        while (t.startsWith("[")) t = t.substring(1);
        if (t.startsWith("L") && t.endsWith(";")) t = t.substring(1, t.length() - 1);
        return t.replace('/', '.');
    }
}
