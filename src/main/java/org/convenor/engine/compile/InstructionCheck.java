package org.convenor.engine.compile;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads one generated method instruction by instruction, for {@link ConsequenceCheck}: every call, constant and
 * construction against the vocabulary, and every way back to an instruction already passed (a jump, a switch, an
 * exception handler placed before what it guards), which is a loop.
 */
final class InstructionCheck extends MethodVisitor {

    private static final String STRING_CONCAT = "java/lang/invoke/StringConcatFactory";
    private static final String LOOP = "rules may not loop in an action: say it as a condition, where the engine"
            + " bounds it";

    private final ConsequenceCheck check;
    private final String source;
    private final String self;
    private final Set<Label> passed = new HashSet<>();
    private final Map<Label, Integer> order = new HashMap<>();
    private final List<Label[]> handlers = new ArrayList<>();
    private int line;
    private boolean lastPushedSmallInt;
    private boolean locks;

    /** @param self the method, as {@code owner.name(descriptor)} */
    InstructionCheck(ConsequenceCheck check, String source, String self) {
        super(Opcodes.ASM9);
        this.check = check;
        this.source = source;
        this.self = self;
        check.graph().method(self);
    }

    private void refuse(String message) {
        check.refuse(source, line, message);
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
        lastPushedSmallInt = false;
        if (passed.contains(label) || opcode == Opcodes.JSR) {
            refuse(LOOP);
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
        lastPushedSmallInt = false;
        if (passed.contains(dflt) || List.of(labels).stream().anyMatch(passed::contains)) {
            refuse(LOOP);
        }
    }

    @Override
    public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
        handlers.add(new Label[] {end, handler});
    }

    @Override
    public void visitInsn(int opcode) {
        lastPushedSmallInt = opcode >= Opcodes.ICONST_M1 && opcode <= Opcodes.ICONST_5;
        if (opcode == Opcodes.MONITORENTER) {
            locks = true;
            refuse("rules may not lock objects (synchronized)");
        }
    }

    @Override
    public void visitIntInsn(int opcode, int operand) {
        lastPushedSmallInt = opcode == Opcodes.BIPUSH || opcode == Opcodes.SIPUSH;
    }

    @Override
    public void visitVarInsn(int opcode, int varIndex) {
        lastPushedSmallInt = false;
        if (opcode == Opcodes.RET) {
            refuse(LOOP);
        }
    }

    @Override
    public void visitTypeInsn(int opcode, String type) {
        lastPushedSmallInt = false;
        if (opcode == Opcodes.NEW && check.isOwn(type)) {
            refuse("rules may not create objects of their own classes");
        }
    }

    @Override
    public void visitLdcInsn(Object value) {
        lastPushedSmallInt = false;
        if (value instanceof Handle || value instanceof ConstantDynamic
                || value instanceof Type type && type.getSort() == Type.METHOD) {
            refuse("rules may not use method handles");
        }
    }

    @Override
    public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        lastPushedSmallInt = false;
        if (!bootstrap.getOwner().equals(STRING_CONCAT)) {
            refuse("rules may not use lambdas or method references");
        }
    }

    @Override
    public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        lastPushedSmallInt = false;
        if (opcode == Opcodes.PUTSTATIC && !check.isSynthetic(owner, name)) {
            refuse("rules may not keep values between evaluations (static fields)");
        } else if (check.isOwn(owner)) {
            return;
        } else if (opcode != Opcodes.GETSTATIC) {
            refuse("rules may not reach into the fields of " + ConsequenceCheck.display(owner) + "; call its methods");
        } else {
            Field field;
            try {
                Class<?> type = check.load(owner);
                field = type == null ? null : ConsequenceCheck.field(type, name);
            } catch (RuntimeException | LinkageError e) {
                field = null;
            }
            if (field == null || !check.vocabulary().allowsField(field)) {
                refuse("rules may not use " + ConsequenceCheck.display(owner) + "." + name);
            }
        }
    }

    @Override
    public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        boolean constantBefore = lastPushedSmallInt;
        lastPushedSmallInt = false;
        if (check.isOwn(owner)) {
            check.graph().call(self, owner + "." + name + descriptor, line);
            return;
        }
        String display = ConsequenceCheck.display(owner);
        try {
            call(check.load(owner), display, name, descriptor, constantBefore);
        } catch (RuntimeException | LinkageError e) {
            // A class this check cannot look into (one whose own classes are missing) is refused, never passed.
            refuse("rules may not use " + display);
        }
    }

    private void call(Class<?> type, String display, String name, String descriptor, boolean constantBefore) {
        RuleVocabulary vocabulary = check.vocabulary();
        if (type == null) {
            refuse("rules may not use " + display);
        } else if (name.equals("<init>")) {
            if (!vocabulary.allowsConstructor(type)) {
                refuse("rules may not call new " + display + "(...)");
            }
        } else if (!vocabulary.allowsMethod(type, name, m -> Type.getMethodDescriptor(m).equals(descriptor))) {
            refuse("rules may not call " + display + "." + name);
        } else if (!constantBefore && wantsConstant(type, name, descriptor)) {
            refuse(display + "." + name + " takes only a small number written in the rule (below 32,768): its cost"
                    + " grows with it");
        }
    }

    private boolean wantsConstant(Class<?> type, String name, String descriptor) {
        return RuleVocabulary.hierarchy(type).stream().flatMap(t -> List.of(t.getDeclaredMethods()).stream())
                .filter(m -> m.getName().equals(name) && Type.getMethodDescriptor(m).equals(descriptor))
                .anyMatch(check.vocabulary()::wantsConstant);
    }

    @Override
    public void visitEnd() {
        // A handler placed before the code it guards would let a thrown exception run that code again. A lock's
        // release guards itself so, and locks are refused already.
        for (Label[] handler : locks ? List.<Label[]>of() : handlers) {
            if (order.getOrDefault(handler[1], -1) <= order.getOrDefault(handler[0], -1)) {
                line = 0;
                refuse(LOOP);
            }
        }
    }
}
