package org.convenor;

import java.util.Arrays;

/** Staff users for the console's tests, configured as a deployment configures them. */
public final class StaffForTests {

    public static final String PASSWORD = "correct-horse-battery";
    /** EDITOR: drafts, checks, publishes and restores rule sets. */
    public static final String EDITOR = "ana";
    /** STAFF: also changes the network. */
    public static final String STAFF = "sam";
    /** VIEWER: reads every page, changes nothing. */
    public static final String VIEWER = "victor";
    /** OPERATOR only: reloads rule sets, opens no page. */
    public static final String OPERATOR = "ops";
    /** A second EDITOR, for one editor's draft that another may not touch. */
    public static final String SECOND_EDITOR = "ben";
    /** ADMIN only: manages the users kept by the service (the Users page), reads no other page. */
    public static final String ADMIN = "ada";

    /** As properties, for a test context. */
    public static final String[] PROPERTIES = {
        "convenor.security.users." + EDITOR + ".password={noop}" + PASSWORD,
        "convenor.security.users." + EDITOR + ".roles=EDITOR",
        "convenor.security.users." + STAFF + ".password={noop}" + PASSWORD,
        "convenor.security.users." + STAFF + ".roles=STAFF",
        "convenor.security.users." + VIEWER + ".password={noop}" + PASSWORD,
        "convenor.security.users." + VIEWER + ".roles=VIEWER",
        "convenor.security.users." + OPERATOR + ".password={noop}" + PASSWORD,
        "convenor.security.users." + OPERATOR + ".roles=OPERATOR",
        "convenor.security.users." + ADMIN + ".password={noop}" + PASSWORD,
        "convenor.security.users." + ADMIN + ".roles=ADMIN",
        "convenor.security.users." + SECOND_EDITOR + ".password={noop}" + PASSWORD,
        "convenor.security.users." + SECOND_EDITOR + ".roles=EDITOR"};

    /** As command-line arguments, for a {@link RunningApp}. */
    public static final String[] ARGS = Arrays.stream(PROPERTIES).map(property -> "--" + property)
            .toArray(String[]::new);

    private StaffForTests() {
    }
}
