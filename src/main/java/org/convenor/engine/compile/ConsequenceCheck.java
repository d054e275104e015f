package org.convenor.engine.compile;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Checks the classes Drools compiled from a rule set's Java (actions, functions, {@code eval}s and accumulate
 * arguments) against the vocabulary, instruction by instruction, before any of them is loaded. Besides the calls,
 * it refuses what would let an action run without end or hold a thread: a jump backwards (a loop), a call that
 * comes back to its caller (recursion), lambdas (code the library could call again and again), locks, shared
 * static state, and objects of the rule's own classes (whose methods the library could call back).
 */
final class ConsequenceCheck {

    /** Something refused, where it is in the generated source: its file, the method and the line there. */
    record Finding(String sourceFile, String method, int javaLine, String message) {
    }

    private static final String INVOKER = "org/drools/base/rule/accessor/CompiledInvoker";
    private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";

    private final RuleVocabulary vocabulary;
    private final Set<String> own;
    private final Set<String> expected;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Set<Call>> calls = new HashMap<>();
    private final Map<String, String> sourceOf = new HashMap<>();
    private final Set<String> synthetic = new HashSet<>();

    /** A call from one of the rule set's methods to another, with where it is made. */
    private record Call(String target, int javaLine) {
    }

    private ConsequenceCheck(RuleVocabulary vocabulary, Set<String> own, Set<String> expected) {
        this.vocabulary = vocabulary;
        this.own = own;
        this.expected = expected;
    }

    /**
     * @param classes the generated classes by internal name ({@code fees/Rule_Partner...})
     * @param expected the classes Drools compiles the rules' own text into: rule and function classes
     */
    static List<Finding> check(RuleVocabulary vocabulary, Map<String, byte[]> classes, Set<String> expected) {
        ConsequenceCheck check = new ConsequenceCheck(vocabulary, classes.keySet(), expected);
        classes.values().forEach(bytes -> new ClassReader(bytes).accept(check.new ClassCheck(), 0));
        check.recursion();
        return check.findings;
    }

    private final class ClassCheck extends ClassVisitor {

        private String name;
        private String source;
        private boolean invoker;
        private boolean refused;

        ClassCheck() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                String[] interfaces) {
            this.name = name;
            this.invoker = List.of(interfaces).contains(INVOKER);
            visitSource(name.substring(name.lastIndexOf('/') + 1) + ".java", null);
        }

        @Override
        public void visitSource(String file, String debug) {
            if (file != null) {
                source = file;
                sourceOf.put(name, file);
            }
        }

        @Override
        public FieldVisitor visitField(int access, String field, String descriptor, String signature,
                Object value) {
            // The compiler's own cache behind a switch on an enum: filled once, the same for every evaluation.
            if ((access & Opcodes.ACC_STATIC) != 0 && (access & Opcodes.ACC_SYNTHETIC) != 0) {
                synthetic.add(name + "." + field);
            }
            return null;
        }

        /**
         * The classes Drools writes from its templates around each condition and action (invokers) hold none of the
         * rule's text, which is in the rule's class: they pass values along. Only a class whose source is its own
         * file can be one, and the rule's text can add classes only to the rule's file.
         */
        private boolean isInvoker() {
            String simple = name.substring(name.lastIndexOf('/') + 1);
            return invoker && source.equals(simple + ".java") && simple.endsWith("Invoker");
        }

        @Override
        public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                String[] exceptions) {
            if (isInvoker()) {
                return null;
            }
            if (!expected.contains(name)) {
                if (!refused) {
                    refused = true;
                    findings.add(new Finding(source, method, 0, "rules may not declare classes of their own"));
                }
                return null;
            }
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                findings.add(new Finding(source, method, 0, "rules may not lock objects (synchronized)"));
            }
            return new MethodCheck(name, source, method, descriptor);
        }
    }

    private final class MethodCheck extends MethodVisitor {

        private final String owner;
        private final String source;
        private final String method;
        private final String self;
        private final Set<Label> passed = new HashSet<>();
        private final List<Label[]> handlers = new ArrayList<>();
        private final Map<Label, Integer> order = new HashMap<>();
        private int line;
        private boolean lastPushedInt;
        private boolean locks;

        MethodCheck(String owner, String source, String method, String descriptor) {
            super(Opcodes.ASM9);
            this.owner = owner;
            this.source = source;
            this.method = method;
            this.self = owner + "." + method + descriptor;
            calls.putIfAbsent(self, new HashSet<>());
        }

        private void refuse(String message) {
            findings.add(new Finding(source, method, line, message));
        }

        @Override
        public void visitLabel(Label label) {
            passed.add(label);
            order.put(label, order.size());
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            this.line = line;
        }

        @Override
        public void visitJumpInsn(int opcode, Label label) {
            lastPushedInt = false;
            if (passed.contains(label) || opcode == Opcodes.JSR) {
                refuse("rules may not loop in an action: say it as a condition, where the engine bounds it");
            }
        }

        @Override
        public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
            switchTo(dflt, labels);
        }

        @Override
        public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
            switchTo(dflt, labels);
        }

        private void switchTo(Label dflt, Label[] labels) {
            lastPushedInt = false;
            if (passed.contains(dflt) || List.of(labels).stream().anyMatch(passed::contains)) {
                refuse("rules may not loop in an action: say it as a condition, where the engine bounds it");
            }
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            handlers.add(new Label[] {end, handler});
        }

        @Override
        public void visitInsn(int opcode) {
            lastPushedInt = opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5;
            if (opcode == Opcodes.MONITORENTER) {
                locks = true;
                refuse("rules may not lock objects (synchronized)");
            }
        }

        @Override
        public void visitIntInsn(int opcode, int operand) {
            lastPushedInt = opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH;
        }

        @Override
        public void visitVarInsn(int opcode, int varIndex) {
            lastPushedInt = false;
            if (opcode == Opcodes.RET) {
                refuse("rules may not loop in an action: say it as a condition, where the engine bounds it");
            }
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            lastPushedInt = false;
            if (opcode == Opcodes.NEW && own.contains(type)) {
                refuse("rules may not create objects of their own classes");
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            lastPushedInt = false;
            if (value instanceof Handle || value instanceof ConstantDynamic
                    || value instanceof Type type && type.getSort() == Type.METHOD) {
                refuse("rules may not use method handles");
            }
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            lastPushedInt = false;
            if (!bootstrap.getOwner().equals(STRING_CONCAT)) {
                refuse("rules may not use lambdas or method references");
            }
        }

        @Override
        public void visitFieldInsn(int opcode, String fieldOwner, String name, String descriptor) {
            lastPushedInt = false;
            if (opcode == Opcodes.PUTSTATIC && !synthetic.contains(fieldOwner + "." + name)) {
                refuse("rules may not keep values between evaluations (static fields)");
            } else if (own.contains(fieldOwner)) {
                return;
            } else if (opcode != Opcodes.GETSTATIC) {
                refuse("rules may not reach into the fields of " + display(fieldOwner) + "; call its methods");
            } else {
                Class<?> type = load(fieldOwner);
                Field field = type == null ? null : field(type, name);
                if (field == null || !vocabulary.allowsField(field)) {
                    refuse("rules may not use " + display(fieldOwner) + "." + name);
                }
            }
        }

        @Override
        public void visitMethodInsn(int opcode, String callee, String name, String descriptor, boolean isInterface) {
            boolean constantBefore = lastPushedInt;
            lastPushedInt = false;
            if (own.contains(callee)) {
                calls.get(self).add(new Call(callee + "." + name + descriptor, line));
                return;
            }
            Class<?> type = load(callee);
            if (type == null) {
                refuse("rules may not use " + display(callee));
            } else if (name.equals("<init>")) {
                if (!vocabulary.allowsConstructor(type)) {
                    refuse("rules may not call new " + display(callee) + "(...)");
                }
            } else if (!vocabulary.allowsMethod(type, name, m -> Type.getMethodDescriptor(m).equals(descriptor))) {
                refuse("rules may not call " + display(callee) + "." + name);
            } else if (!constantBefore && wantsConstant(type, name, descriptor)) {
                refuse(display(callee) + "." + name + " takes only a small number written in the rule (below 32,768): its"
                        + " cost grows with it");
            }
        }

        private boolean wantsConstant(Class<?> type, String name, String descriptor) {
            return RuleVocabulary.hierarchy(type).stream().flatMap(t -> List.of(t.getDeclaredMethods()).stream())
                    .filter(m -> m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor))
                    .anyMatch(vocabulary::wantsConstant);
        }

        @Override
        public void visitEnd() {
            // A handler placed before the code it guards would let a thrown exception run that code again. A lock's
            // release guards itself so, and locks are refused already.
            for (Label[] handler : locks ? List.<Label[]>of() : handlers) {
                if (order.getOrDefault(handler[1], -1) <= order.getOrDefault(handler[0], -1)) {
                    line = 0;
                    refuse("rules may not loop in an action: say it as a condition, where the engine bounds it");
                }
            }
        }
    }

    /** Every cycle among the rule set's own methods: recursion, which no bound on firings stops. */
    private void recursion() {
        Set<String> done = new HashSet<>();
        for (String method : calls.keySet()) {
            visit(method, new ArrayList<>(), done);
        }
    }

    private void visit(String method, List<String> path, Set<String> done) {
        if (path.contains(method)) {
            String from = path.get(path.size() - 1);
            int at = calls.get(from).stream().filter(c -> c.target().equals(method)).findFirst().orElseThrow().javaLine();
            findings.add(new Finding(sourceOf.get(from.substring(0, from.indexOf('.'))), methodName(from), at,
                    "rules may not call " + methodName(method) + " from itself (recursion): it could call itself without end"));
            return;
        }
        if (!done.add(method)) {
            return;
        }
        path.add(method);
        for (Call call : calls.getOrDefault(method, Set.of())) {
            visit(call.target(), path, done);
        }
        path.remove(path.size() - 1);
    }

    private static String methodName(String method) {
        return method.substring(method.indexOf('.') + 1, method.indexOf('('));
    }

    private Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, vocabulary.classLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> each : RuleVocabulary.hierarchy(type)) {
            for (Field field : each.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    private static String display(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        return simple.replace('$', '.');
    }
}
