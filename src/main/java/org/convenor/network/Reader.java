package org.convenor.network;

import java.security.Principal;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Who reads the network, and the one rule of what they may see: a restricted member, and a confidential note, are
 * seen only by the member's owner, the users in its {@code sharedWith}, and ADMIN. Everything that leaves the
 * service filters through this rule; the decisions themselves still run over the whole network.
 *
 * @param admin holds the ADMIN role, which sees everything
 */
public record Reader(String username, boolean admin) {

    private static final String ADMIN = "ROLE_ADMIN";

    /** The signed-in user: their name, and whether they hold ADMIN. */
    public static Reader of(Principal principal) {
        boolean admin = principal instanceof Authentication signedIn && signedIn.getAuthorities().stream()
                .anyMatch(authority -> ADMIN.equals(authority.getAuthority()));
        return new Reader(principal.getName(), admin);
    }

    /** The service itself acting as this user (demo mode's loader), seeing everything. */
    public static Reader service(String username) {
        return new Reader(username, true);
    }

    /** Whether this member is in what they see: any member not restricted, or one they may read. */
    public boolean sees(@Nullable Member member) {
        return member != null && (!member.restricted() || mayRead(member));
    }

    /** Whether they read this member's confidential notes (and see it when restricted). */
    public boolean mayRead(Member member) {
        return admin || username.equals(member.owner()) || member.sharedWith().contains(username);
    }

    /** Whether opening this member in detail is recorded in the read log: anyone but its owner. */
    public boolean owns(Member member) {
        return username.equals(member.owner());
    }
}
