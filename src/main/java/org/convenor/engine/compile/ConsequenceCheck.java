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
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Checks the classes Drools compiled from a rule set's Java (actions, functions, {@code eval}s and accumulate
 * arguments) against the vocabulary, instruction by instruction, before any of them is loaded. Besides the calls,
 * it refuses what would let an action run without end or hold a thread: a jump backwards (a loop), a call that
 * comes back to its caller (recursion), lambdas (code the library could call again and again), locks, shared
 * static state, and objects of the rule's own classes (whose methods the library could call back).
 */
final class ConsequenceCheck {

    /** Something refused, where it is in the generated source: its file and the line there (0: not known). */
    record Finding(String sourceFile, int javaLine, String message) {
    }

    private static final String INVOKER = "org/drools/base/rule/accessor/CompiledInvoker";

    private final RuleVocabulary vocabulary;
    private final Set<String> own;
    private final Set<String> expected;
    private final List<Finding> findings = new ArrayList<>();
    private final CallGraph graph = new CallGraph();
    private final Map<String, String> sourceOf = new HashMap<>();
    private final Set<String> synthetic = new HashSet<>();

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
                    findings.add(new Finding(source, 0, "rules may not declare classes of their own"));
                }
                return null;
            }
            if ((access & Opcodes.ACC_SYNCHRONIZED) != 0) {
                findings.add(new Finding(source, 0, "rules may not lock objects (synchronized)"));
            }
            return new InstructionCheck(ConsequenceCheck.this, source, name + "." + method + descriptor);
        }
    }

    /** Every cycle among the rule set's own methods: recursion. */
    private void recursion() {
        for (CallGraph.Cycle cycle : graph.cycles()) {
            findings.add(new Finding(sourceOf.get(cycle.callerClass()), cycle.javaLine(), "rules may not call "
                    + cycle.calleeName() + " from itself (recursion): it could call itself without end"));
        }
    }

    // ------------------------------------------------------------------------------ for each method's instructions

    RuleVocabulary vocabulary() {
        return vocabulary;
    }

    void refuse(String source, int javaLine, String message) {
        findings.add(new Finding(source, javaLine, message));
    }

    /** Whether the class is one of the rule set's own, generated from its text. */
    boolean isOwn(String internalName) {
        return own.contains(internalName);
    }

    /** Whether the static field is the compiler's own cache ({@code Rule_X.$SWITCH_TABLE$...}). */
    boolean isSynthetic(String owner, String field) {
        return synthetic.contains(owner + "." + field);
    }

    CallGraph graph() {
        return graph;
    }

    Class<?> load(String internalName) {
        try {
            return Class.forName(internalName.replace('/', '.'), false, vocabulary.classLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    static Field field(Class<?> type, String name) {
        for (Class<?> each : RuleVocabulary.hierarchy(type)) {
            for (Field field : each.getDeclaredFields()) {
                if (field.getName().equals(name)) {
                    return field;
                }
            }
        }
        return null;
    }

    /** How a rule's author knows a class: {@code System}, {@code Map.Entry}. */
    static String display(String internalName) {
        String simple = internalName.substring(internalName.lastIndexOf('/') + 1);
        return simple.replace('$', '.');
    }
}
