package org.convenor.engine.compile;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.convenor.engine.compile.ExpressionCheck.Refused;

/**
 * What a name reaches on a type, for {@link ExpressionCheck}: a method, a property (its accessor, as MVEL reads it:
 * {@code class} is {@code getClass()}), a constant or a nested class. Each must be in the vocabulary, or the
 * expression is refused.
 */
final class MemberCheck {

    private final RuleVocabulary vocabulary;

    MemberCheck(RuleVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /**
     * What calling the method of this name on a value of type {@code on} with {@code count} arguments returns.
     *
     * @param lastIsNumber whether the last argument is a number written in the rule
     * @param statics whether the method is called on the class itself
     */
    Class<?> call(Class<?> on, String name, int count, boolean lastIsNumber, boolean statics) {
        List<Method> methods = RuleVocabulary.hierarchy(on).stream()
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers())
                        && RuleVocabulary.takes(m, count) && (!statics || Modifier.isStatic(m.getModifiers())))
                .toList();
        if (methods.isEmpty()) {
            throw new Refused(RuleVocabulary.nameOf(on) + " has no method " + name + " that a rule may call");
        }
        if (!vocabulary.allowsMethod(on, name, m -> RuleVocabulary.takes(m, count)
                && (!statics || Modifier.isStatic(m.getModifiers())))) {
            throw new Refused("rules may not call " + RuleVocabulary.nameOf(on) + "." + name);
        }
        if (methods.stream().anyMatch(vocabulary::wantsConstant) && !lastIsNumber) {
            throw new Refused(RuleVocabulary.nameOf(on) + "." + name + " takes only a number written in the rule: its"
                    + " cost grows with it");
        }
        Class<?> returned = methods.get(0).getReturnType();
        return methods.stream().allMatch(m -> m.getReturnType() == returned) ? returned : Object.class;
    }

    /** A property is its accessor, as MVEL reads it: {@code name()}, {@code getName()} or {@code isName()}. */
    Class<?> property(Class<?> on, String name) {
        if (on.isArray() && name.equals("length")) {
            return int.class;
        }
        List<Method> accessors = accessors(on, name);
        if (accessors.isEmpty()) {
            throw new Refused(RuleVocabulary.nameOf(on) + " has no property " + name + " that a rule may read");
        }
        for (Method accessor : accessors) {
            if (!vocabulary.allowsMethod(on, accessor.getName(), m -> m.getParameterCount() == 0)) {
                throw new Refused("rules may not call " + RuleVocabulary.nameOf(on) + "." + accessor.getName());
            }
        }
        return accessors.get(0).getReturnType();
    }

    static boolean hasProperty(Class<?> on, String name) {
        return !accessors(on, name).isEmpty();
    }

    private static List<Method> accessors(Class<?> on, String name) {
        String capital = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        List<Method> found = new ArrayList<>();
        for (String accessor : List.of(name, "get" + capital, "is" + capital)) {
            try {
                Method method = box(on).getMethod(accessor);
                if (method.getReturnType() != void.class) {
                    found.add(method);
                }
            } catch (NoSuchMethodException e) {
                // Not this spelling of the property; MVEL tries the next one too.
            }
        }
        return found;
    }

    /** The type of a constant of the class ({@code Role.PARTNER}). */
    Class<?> constant(Class<?> on, String name) {
        for (Field field : on.getFields()) {
            if (field.getName().equals(name) && vocabulary.allowsField(field)) {
                return field.getType();
            }
        }
        throw new Refused("rules may not use " + RuleVocabulary.nameOf(on) + "." + name);
    }

    /** The class of this name nested in the class ({@code Map.Entry}), or null. */
    static Class<?> nested(Class<?> on, String name) {
        for (Class<?> nested : on.getClasses()) {
            if (nested.getSimpleName().equals(name)) {
                return nested;
            }
        }
        return null;
    }

    static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "boolean" -> Boolean.class;
            case "char" -> Character.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Object.class;
        };
    }
}
