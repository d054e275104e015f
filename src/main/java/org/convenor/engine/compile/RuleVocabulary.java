package org.convenor.engine.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a rule may call: (class, member) pairs, never whole packages, read from {@code rule-vocabulary.txt} beside
 * this class, so the list is data a reviewer reads in one place. A method is allowed where it is declared, so the
 * pair {@code List size} covers {@code ArrayList.size()}, and {@code Object.getClass()} stays refused on every
 * class. Each name is checked against its class when the list is read: a typo stops the service from starting
 * rather than silently allowing nothing.
 */
public final class RuleVocabulary {

    private static final String FILE = "rule-vocabulary.txt";
    private static final String EVERYTHING = "*";
    private static final String CONSTRUCTORS = "new";
    private static final String CONSTANT = "(constant)";

    private final ClassLoader classLoader;
    private final Map<Class<?>, Set<String>> members;

    private RuleVocabulary(ClassLoader classLoader, Map<Class<?>, Set<String>> members) {
        this.classLoader = classLoader;
        this.members = Map.copyOf(members);
    }

    /** The service's vocabulary, with the classes the rule sets may use resolved through this class's loader. */
    public static RuleVocabulary standard() {
        ClassLoader classLoader = RuleVocabulary.class.getClassLoader();
        try (InputStream in = RuleVocabulary.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the classpath");
            }
            return new RuleVocabulary(classLoader, read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    classLoader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This vocabulary and one more fact class, all of it: for facts that exist only beside a test. */
    public RuleVocabulary and(Class<?> factClass) {
        Map<Class<?>, Set<String>> more = new HashMap<>(members);
        more.put(factClass, Set.of(EVERYTHING));
        return new RuleVocabulary(classLoader, more);
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * The class of this qualified name, if the vocabulary lists it: a way to reach a fact class named in a rule's
     * text without loading whatever class the text names.
     */
    public Optional<Class<?>> listed(String qualifiedName) {
        return members.keySet().stream().filter(type -> type.getName().equals(qualifiedName)
                || qualifiedName.equals(type.getCanonicalName())).findFirst();
    }

    /** Whether a rule may create this class with {@code new}. */
    public boolean allowsConstructing(Class<?> type) {
        return allowsConstructor(type);
    }

    /** Whether a rule may call this method (every overload of its name and number of arguments). */
    public boolean allowsCalling(Method method) {
        return allowsMethod(method.getDeclaringClass(), method.getName(),
                other -> other.getParameterCount() == method.getParameterCount());
    }

    /**
     * Whether a rule may call the method of this name on a value of type {@code on}, among the methods that
     * {@code sameMethod} accepts (a descriptor, or a number of arguments). Each signature it could reach must be
     * allowed where it is declared, in one of the types that declare it: a call that could reach one refused
     * overload is refused.
     */
    boolean allowsMethod(Class<?> on, String name, Predicate<Method> sameMethod) {
        Map<List<Class<?>>, Boolean> signatures = new HashMap<>();
        for (Class<?> type : hierarchy(on)) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.getName().equals(name) && Modifier.isPublic(method.getModifiers())
                        && sameMethod.test(method)) {
                    signatures.merge(List.of(method.getParameterTypes()), allows(method, name), Boolean::logicalOr);
                }
            }
        }
        return !signatures.isEmpty() && !signatures.containsValue(false);
    }

    boolean allowsConstructor(Class<?> type) {
        Set<String> names = members.getOrDefault(type, Set.of());
        return names.contains(CONSTRUCTORS) || names.contains(EVERYTHING);
    }

    boolean allowsField(Field field) {
        return Modifier.isStatic(field.getModifiers()) && allows(field, field.getName());
    }

    /** Whether this method's last argument must be written in the rule as a number ({@code repeat(constant)}). */
    boolean wantsConstant(Method method) {
        return members.getOrDefault(method.getDeclaringClass(), Set.of()).contains(method.getName() + CONSTANT);
    }

    private boolean allows(Member member, String name) {
        Set<String> names = members.getOrDefault(member.getDeclaringClass(), Set.of());
        return names.contains(name) || names.contains(name + CONSTANT)
                || (names.contains(EVERYTHING) && Modifier.isPublic(member.getModifiers()));
    }

    /** The type, its superclasses and every interface it implements; for an interface, Object too. */
    static Set<Class<?>> hierarchy(Class<?> type) {
        Set<Class<?>> all = new LinkedHashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(List.of(type));
        while (!next.isEmpty()) {
            Class<?> current = next.pop();
            if (all.add(current)) {
                if (current.getSuperclass() != null) {
                    next.add(current.getSuperclass());
                }
                next.addAll(Arrays.asList(current.getInterfaces()));
            }
        }
        all.add(Object.class);
        return all;
    }

    private static Map<Class<?>, Set<String>> read(String text, ClassLoader classLoader) {
        Map<Class<?>, Set<String>> members = new HashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+");
            int number = i + 1;
            Class<?> type = type(words[0], classLoader, number);
            Set<String> names = new LinkedHashSet<>(Arrays.asList(words).subList(1, words.length));
            names.forEach(name -> exists(type, name, number));
            members.merge(type, names, (a, b) -> {
                Set<String> both = new LinkedHashSet<>(a);
                both.addAll(b);
                return both;
            });
        }
        return members;
    }

    private static Class<?> type(String name, ClassLoader classLoader, int line) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(FILE + " line " + line + ": there is no class " + name, e);
        }
    }

    /** A name the class does not offer is a typo that would silently allow nothing. */
    private static void exists(Class<?> type, String name, int line) {
        String plain = name.endsWith(CONSTANT) ? name.substring(0, name.length() - CONSTANT.length()) : name;
        boolean found = switch (plain) {
            case EVERYTHING -> true;
            case CONSTRUCTORS -> type.getConstructors().length > 0;
            default -> Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> publicNamed(m, plain))
                    || Arrays.stream(type.getDeclaredFields()).anyMatch(f -> publicNamed(f, plain));
        };
        boolean constantFits = !name.endsWith(CONSTANT) || Arrays.stream(type.getDeclaredMethods())
                .filter(m -> publicNamed(m, plain))
                .allMatch(m -> m.getParameterCount() > 0
                        && m.getParameterTypes()[m.getParameterCount() - 1] == int.class);
        if (!found || !constantFits) {
            throw new IllegalStateException(FILE + " line " + line + ": " + type.getName() + " declares no public "
                    + (constantFits ? "" : "method ending in an int named ") + plain);
        }
    }

    private static boolean publicNamed(Member member, String name) {
        return member.getName().equals(name) && Modifier.isPublic(member.getModifiers());
    }

    /** How a rule's author knows the class: its simple name, with its enclosing class ({@code Map.Entry}). */
    static String nameOf(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : nameOf(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    /** Whether the method or constructor accepts this many arguments, counting a variable number of them. */
    static boolean takes(Executable executable, int count) {
        return executable.getParameterCount() == count
                || (executable.isVarArgs() && count >= executable.getParameterCount() - 1);
    }
}
