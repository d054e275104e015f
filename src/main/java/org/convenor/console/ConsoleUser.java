package org.convenor.console;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is signed in, as the pages need it: the name and roles to show, and what their role lets them change.
 * Each role includes the one before (VIEWER, STAFF, EDITOR), so a user holding EDITOR may do what STAFF may
 * whether or not a role hierarchy expands their authorities.
 *
 * @param mayChangeNetwork STAFF or EDITOR
 * @param mayEditRules EDITOR: drafts, checks, publishes and restores rule sets
 * @param mayManageUsers ADMIN: the Users page
 * @param mayReadPages VIEWER, STAFF or EDITOR: the network, its decisions and the rules (OPERATOR or ADMIN alone
 *        open none of them)
 * @param mayExportMembers ADMIN: everything held about a member, from the member's page
 */
public record ConsoleUser(String name, List<String> roles, boolean mayChangeNetwork, boolean mayEditRules,
        boolean mayManageUsers, boolean mayReadPages, boolean mayExportMembers) {

    static final String PREFIX = "ROLE_";

    public static ConsoleUser of(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(PREFIX)).map(authority -> authority.substring(PREFIX.length()))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        boolean editor = roles.contains("EDITOR");
        boolean staff = editor || roles.contains("STAFF");
        boolean admin = roles.contains("ADMIN");
        return new ConsoleUser(authentication.getName(), List.copyOf(roles), staff, editor, admin,
                staff || roles.contains("VIEWER"), admin);
    }
}
