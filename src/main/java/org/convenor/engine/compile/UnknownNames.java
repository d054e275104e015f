package org.convenor.engine.compile;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A name Drools does not know, said with the names that are known where it stands: what the file imports and the
 * rule binds, and the members, constants and constructors the classes really have, loaded (never initialised)
 * from the rule set's class loader. Most unknown names are typos, so the nearest known name is offered.
 */
final class UnknownNames {

    private final ClassLoader classLoader;

    UnknownNames(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    String unknownType(DrlSource source, String name) {
        if (name.contains(".")) {
            // Rle.PARTNER: the type before the dot is the unknown name.
            String type = name.substring(0, name.indexOf('.'));
            return "'" + type + "' is not a known type (" + name + ")" + didYouMean(type, source.imports().keySet());
        }
        List<String> meant = DrlSource.similar(name, source.imports().keySet());
        return "'" + name + "' is not a known fact type" + (meant.isEmpty()
                ? ": check its spelling, or import it at the top of the file" : "; did you mean " + or(meant) + "?");
    }

    String unknownVariable(DrlSource source, int ruleStart, String name) {
        List<String> meant = DrlSource.similar(name, source.bindings(ruleStart));
        return "'" + name + "' is not defined in this rule" + (meant.isEmpty()
                ? ": bind it in the conditions first, as in '" + name + " : Member()'"
                : "; did you mean " + or(meant) + "?");
    }

    /** {@code X cannot be resolved}: a variable, a type, or another name. */
    String unknownName(DrlSource source, int ruleStart, String name) {
        if (name.startsWith("$")) {
            return unknownVariable(source, ruleStart, name);
        }
        Set<String> names = new LinkedHashSet<>(source.imports().keySet());
        names.addAll(source.bindings(ruleStart));
        return "'" + name + "' is not a known name" + didYouMean(name, names);
    }

    /** {@code Country.KEE}: the qualifier is on the line; it names a type or a bound fact. */
    String unknownQualified(DrlSource source, int ruleStart, int line, String name) {
        Matcher qualified = Pattern.compile("([\\w$]+)\\s*\\.\\s*" + Pattern.quote(name) + "(?![\\w$])")
                .matcher(source.line(line));
        if (!qualified.find()) {
            return "'" + name + "' is not a known name";
        }
        String qualifier = qualified.group(1);
        if (qualifier.startsWith("$")) {
            String type = source.typeOf(qualifier, ruleStart).orElse(qualifier);
            return unknownMember(type(source, type), type, name);
        }
        return unknownConstant(type(source, qualifier), qualifier, name);
    }

    String unknownConstant(Class<?> type, String typeName, String name) {
        if (type == null) {
            return "'" + name + "' is not known in " + typeName + " (" + typeName + "." + name + ")";
        }
        List<String> constants = type.isEnum()
                ? Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()
                : Arrays.stream(type.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                        .map(Field::getName).toList();
        List<String> meant = DrlSource.similar(name, constants).stream().map(c -> typeName + "." + c).toList();
        return "'" + name + "' is not a known " + words(typeName) + " (" + typeName + "." + name + ")"
                + (meant.isEmpty() ? "" : "; did you mean " + or(meant) + "?");
    }

    String unknownMember(Class<?> type, String typeName, String name) {
        if (type == null) {
            return "'" + name + "' is not a field of " + typeName;
        }
        Set<String> members = new LinkedHashSet<>();
        if (type.isRecord()) {
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(members::add);
        }
        Arrays.stream(type.getMethods()).filter(method -> method.getDeclaringClass() != Object.class)
                .map(Method::getName).forEach(members::add);
        return "'" + name + "' is not a field of " + typeName + didYouMean(name, members);
    }

    /** {@code new Cadence(Role, int)} when Cadence takes three values: say what it takes. */
    String constructor(DrlSource source, String typeName, String given) {
        Class<?> type = type(source, typeName);
        int count = given.isBlank() ? 0 : given.split(",").length;
        String values = count == 1 ? "1 value" : count + " values";
        String start = "new " + typeName + "(...) is given " + values + " (" + simple(given) + ")";
        if (type == null) {
            return start + ", which it does not take";
        }
        List<String> takes = Stream.of(type.getConstructors())
                .sorted(Comparator.comparing((Constructor<?> c) -> !isCanonical(type, c)))
                .map(c -> Arrays.stream(c.getParameters()).map(Parameter::getName).collect(Collectors.joining(", ")))
                .distinct().toList();
        return start + ", but it takes " + takes.stream().map(t -> "(" + t + ")").collect(Collectors.joining(" or "));
    }

    private static boolean isCanonical(Class<?> type, Constructor<?> constructor) {
        return type.isRecord() && Arrays.equals(constructor.getParameterTypes(),
                Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray());
    }

    /** The class a simple name in the file stands for: one it imports, or one of {@code java.lang}. */
    Class<?> type(DrlSource source, String simpleName) {
        String name = source.imports().get(simpleName);
        Class<?> type = name == null ? null : load(name);
        return type != null ? type : load("java.lang." + simpleName);
    }

    Class<?> load(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    static String didYouMean(String name, Collection<String> candidates) {
        List<String> meant = DrlSource.similar(name, candidates);
        return meant.isEmpty() ? "" : "; did you mean " + or(meant) + "?";
    }

    private static String or(List<String> names) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    static String quoted(List<String> names) {
        return or(names.stream().map(n -> "'" + n + "'").toList());
    }

    /** {@code InteractionKind} reads as "interaction kind". */
    private static String words(String typeName) {
        return typeName.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    /** {@code java.math.BigDecimal, int} reads as {@code BigDecimal, int}. */
    static String simple(String types) {
        return types.replaceAll("[\\w$]+\\.(?=[\\w$])", "");
    }
}
