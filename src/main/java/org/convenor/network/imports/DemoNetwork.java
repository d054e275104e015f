package org.convenor.network.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.network.Campaign;
import org.convenor.network.Coalition;
import org.convenor.network.CoalitionResponse;
import org.convenor.network.Interaction;
import org.convenor.network.Member;
import org.convenor.network.Moment;
import org.convenor.network.Reader;
import org.convenor.network.store.ConvenorIncome;
import org.convenor.network.store.NetworkStore;
import org.convenor.network.store.NetworkWrites;
import org.convenor.network.store.Owners;
import org.convenor.network.store.Received;
import org.convenor.network.store.StoredNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: loads the demo network into an empty store, through the same imports as the API, in one
 * transaction. Its dates are moved so that its last day is yesterday: alerts stay meaningful whatever the day.
 */
@Component
class DemoNetwork implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);
    static final String LOADER = "demo-loader";

    private final DemoProperties demo;
    private final NetworkStore store;
    private final NetworkWrites writes;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Owners owners;

    DemoNetwork(DemoProperties demo, NetworkStore store, NetworkWrites writes, JsonMapper json,
            TransactionTemplate transaction, Owners owners, Clock clock) {
        this.owners = owners;
        this.demo = demo;
        this.store = store;
        this.writes = writes;
        this.json = json;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.demo()) {
            return;
        }
        StoredNetwork stored = store.read();
        if (stored.convenor() != null || !stored.members().isEmpty() || !stored.coalitions().isEmpty()
                || !stored.campaigns().isEmpty()) {
            log.info("Demo mode: the store already holds a network, so the demo network was not loaded");
            return;
        }
        Received<Interaction> interactions = CsvRecords.interactions(bytes("interactions.csv"));
        List<Coalition> coalitions = List.of(json.readValue(bytes("coalitions.json"), Coalition[].class));
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        long shift = ChronoUnit.DAYS.between(last(interactions.records(), coalitions).orElse(yesterday), yesterday);
        transaction.executeWithoutResult(status -> {
            writes.members(owned(CsvRecords.members(bytes("members.csv"))), Reader.service(LOADER));
            writes.interactions(new Received<>(interactions.records().stream().map(i -> new Interaction(i.memberId(),
                    plus(i.date(), shift), i.kind(), i.note(), i.confidential())).toList(), interactions.unreadable(),
                    interactions.locations()), Reader.service(LOADER));
            writes.campaigns(Received.json(Stream.of(json.readValue(bytes("campaigns.json"), Campaign[].class))
                    .map(c -> shifted(c, shift)).toList(), false), LOADER);
            writes.coalitions(Received.json(coalitions.stream().map(c -> shifted(c, shift)).toList(), false),
                    Reader.service(LOADER));
            writes.convenor(json.readValue(bytes("convenor.json"), ConvenorIncome.class), LOADER);
            if (exists("links.csv")) {
                writes.links(CsvRecords.links(bytes("links.csv")), Reader.service(LOADER));
            }
        });
        StoredNetwork loaded = store.read();
        log.info("Demo mode: loaded the demo network ({} members, {} interactions, {} coalitions, {} campaigns, {} links),"
                + " its dates moved by {} days", loaded.members().size(), loaded.interactions().size(),
                loaded.coalitions().size(), loaded.campaigns().size(), loaded.links().size(), shift);
    }

    /**
     * The restricted members given to the first user who may own members (in demo mode without users, the demo
     * user), so that someone besides ADMIN sees them; with nobody who may own members they are loaded unrestricted.
     */
    private Received<Member> owned(Received<Member> members) {
        String owner = owners.all().isEmpty() ? null : owners.all().get(0);
        return new Received<>(members.records().stream().map(m -> m == null || !m.restricted() || m.owner() != null ? m
                : new Member(m.id(), m.name(), m.kind(), m.roles(), m.tier(), m.sectors(), m.country(), m.globalSouth(),
                        m.annualIncome(), m.feeWaiver(), m.reaches(), owner, m.joinedOn(), m.incomeCurrency(),
                        owner != null, m.sharedWith(), m.serving(), m.publiclyNameable())).toList(), members.unreadable(), members.locations());
    }

    private static Optional<LocalDate> last(List<Interaction> interactions, List<Coalition> coalitions) {
        return Stream.concat(interactions.stream().map(Interaction::date), coalitions.stream()
                .flatMap(c -> Stream.concat(Stream.of(c.formedOn()), c.responses().stream().map(CoalitionResponse::date))))
                .filter(Objects::nonNull).max(LocalDate::compareTo);
    }

    /** Missing dates stay missing, for the checks to name. */
    private static Coalition shifted(Coalition c, long days) {
        return new Coalition(c.id(), c.campaignId(), c.sectors(), plus(c.formedOn(), days), c.invited(),
                c.responses().stream().map(r -> r == null ? null : new CoalitionResponse(r.memberId(), r.response(),
                        r.reason(), plus(r.date(), days))).toList());
    }

    /** A campaign's days move with the rest, so a moment three weeks after the files' last day is three weeks away. */
    private static Campaign shifted(Campaign c, long days) {
        return new Campaign(c.id(), c.name(), c.conflict(), c.themes(), c.targets(), plus(c.startsOn(), days),
                plus(c.endsOn(), days), c.status(), c.moments().stream().map(m -> m == null ? null
                        : new Moment(plus(m.on(), days), m.what())).toList(), c.outcome(), c.lessons());
    }

    private static LocalDate plus(LocalDate date, long days) {
        return date == null ? null : date.plusDays(days);
    }

    /** Demo files made before links were kept have none: the network loads without. */
    private boolean exists(String file) {
        try {
            return demo.demoFiles().createRelative(file).exists();
        } catch (IOException e) {
            return false;
        }
    }

    private byte[] bytes(String file) {
        try (InputStream in = demo.demoFiles().createRelative(file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Demo mode: cannot read the demo network's " + file + " from "
                    + demo.demoFiles().getDescription(), e);
        }
    }
}
