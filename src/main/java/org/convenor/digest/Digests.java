package org.convenor.digest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.convenor.engine.ActiveRuleSets;
import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.Owners;
import org.convenor.network.store.StoredNetwork;
import org.convenor.relationships.Alert;
import org.convenor.relationships.RelationshipService;
import org.convenor.system.security.StaffDirectory;
import org.convenor.validation.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Who gets which of this week's alerts: each user who may own members gets their members' alerts; the alerts of
 * members nobody who may own them owns (never given, or given to someone who left) go to the team's address. The
 * alerts are the relationship rules' own, in their order (critical first); nothing is added or dropped here.
 */
@Component
public class Digests {

    /** The team's address, as a recipient: not a valid username, so it never meets one. */
    public static final String TEAM = "*team";

    private final NetworkStore store;
    private final RelationshipService relationships;
    private final ActiveRuleSets ruleSets;
    private final Owners owners;
    private final ObjectProvider<StaffDirectory> staff;
    private final DigestProperties properties;
    private final Clock clock;
    private final @Nullable String publicUrl;

    Digests(NetworkStore store, RelationshipService relationships, ActiveRuleSets ruleSets, Owners owners,
            ObjectProvider<StaffDirectory> staff, DigestProperties properties, Clock clock,
            @Value("${convenor.public-url:}") String publicUrl) {
        this.store = store;
        this.relationships = relationships;
        this.ruleSets = ruleSets;
        this.owners = owners;
        this.staff = staff;
        this.properties = properties;
        this.clock = clock;
        this.publicUrl = publicUrl.isBlank() ? null : publicUrl.strip();
    }

    /** Whose digests there are: the users who may own members, in order. */
    public List<String> owners() {
        return owners.all();
    }

    /** The digest this user would get now; a username nobody signs in with is a 404. */
    public Digest of(String username) {
        return of(username, new Reader(username, false));
    }

    /**
     * The digest this user would get now, as the caller may see it: without the alerts of restricted members the
     * caller may not see (the user's own members they see, as their owner).
     */
    public Digest of(String username, Reader caller) {
        StaffDirectory.Person person = person(username)
                .orElseThrow(() -> new NotFoundException("user", username));
        boolean mayOwn = owners.mayOwn(username);
        Week week = week();
        return compose(username, person.email(), alert -> mayOwn && username.equals(alert.owner())
                && caller.sees(week.members().get(alert.memberId())), week);
    }

    /** Every digest owed now, with at least one alert: the owners', then the team's when its address is set. */
    public List<Digest> all() {
        Week week = week();
        List<Digest> digests = new ArrayList<>();
        for (String owner : owners.all()) {
            String email = person(owner).map(StaffDirectory.Person::email).orElse(null);
            Digest digest = compose(owner, email, alert -> owner.equals(alert.owner()), week);
            if (!digest.alerts().isEmpty()) {
                digests.add(digest);
            }
        }
        if (properties.teamAddress() != null) {
            Digest team = compose(TEAM, properties.teamAddress(), teams(week), week);
            if (!team.alerts().isEmpty()) {
                digests.add(team);
            }
        }
        return digests;
    }

    /**
     * The one digest owed to this recipient now (a username, or {@link #TEAM}), alerts or not; a user who has left
     * since has no address, so nothing is sent to them.
     */
    public Digest forRecipient(String recipient) {
        if (recipient.equals(TEAM)) {
            Week week = week();
            return compose(TEAM, properties.teamAddress(), teams(week), week);
        }
        return person(recipient).isPresent() ? of(recipient) : compose(recipient, null, alert -> false, week());
    }

    /**
     * The team's alerts: those of unowned members, but never a restricted one's (its owner has left): an address
     * is no one who may see it. It waits for ADMIN to give the member to someone.
     */
    private Predicate<Alert> teams(Week week) {
        return alert -> owners.unowned(alert.owner()) && !week.members().get(alert.memberId()).restricted();
    }

    private Optional<StaffDirectory.Person> person(String username) {
        StaffDirectory directory = staff.getIfAvailable();
        return directory == null ? Optional.empty() : directory.find(username);
    }

    /** This week's alerts over the stored network, as of today in the office's day. */
    private record Week(List<Alert> alerts, Map<String, Member> members) {
    }

    private Week week() {
        StoredNetwork network = store.read();
        List<Alert> alerts = relationships.decide(network, LocalDate.now(clock),
                ruleSets.get(RelationshipService.RULE_SET)).alerts();
        Map<String, Member> members = new HashMap<>();
        network.members().forEach(member -> members.put(member.id(), member));
        return new Week(alerts, members);
    }

    private Digest compose(String username, @Nullable String email, Predicate<Alert> theirs, Week week) {
        List<DigestAlert> alerts = week.alerts().stream().filter(theirs).map(alert -> {
            Member member = week.members().get(alert.memberId());
            return new DigestAlert(alert.memberId(), member == null ? null : member.name(), alert.kind(),
                    alert.severity(), alert.message(), alert.suggestedAction(), alert.rule(), link(alert.memberId()));
        }).toList();
        long critical = alerts.stream().filter(DigestAlert::critical).count();
        String subject = alerts.isEmpty() ? "This week: no alerts"
                : "This week: " + count(alerts.size(), "alert") + (critical == 0 ? "" : ", " + critical + " critical");
        return new Digest(username, email, subject, alerts, publicUrl != null);
    }

    private @Nullable String link(String memberId) {
        return publicUrl == null ? null : UriComponentsBuilder.fromUriString(publicUrl)
                .pathSegment("network", "members", memberId).build().encode().toUriString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
