package org.convenor.engine.compile;

/** One rule of the fees rule set with a condition and an action of a test's choosing, each on a line known ahead. */
public final class HostileRule {

    public static final int CONDITION_LINE = 9;
    public static final int ACTION_LINE = 12;

    private static final String RULE = """
            package fees;
            import org.convenor.network.Member;
            import java.nio.file.Files;
            import java.nio.file.Path;
            import java.time.LocalDate;

            rule "Hostile"
            when
                $m : Member(%s)
            then
                insert($m.id());
                %s
            end
            """;

    private HostileRule() {
    }

    /** The rule file: the condition inside its pattern on {@link #CONDITION_LINE}, the action on {@link #ACTION_LINE}. */
    public static String of(String condition, String action) {
        return RULE.formatted(condition, action);
    }
}
