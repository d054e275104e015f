package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.network.Coalition;
import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The network's kept copy, caught up from the change log after each write, is the network as stored: after a
 * long random run of the writes the pages and the API make (contacts, corrections, deletions, members, owners,
 * coalitions, campaigns, erasures, refused writes, now and then a whole replacement), the copy equals what a new
 * store reads from scratch, record by record and in the same order. {@link H2NetworkCopyTests} runs it on the
 * embedded default, {@link PostgresNetworkCopyTests} on PostgreSQL.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@ActiveProfiles("users")
abstract class NetworkCopyTests {

    static final String[] SECTORS = {"LEGAL", "MEDICAL", "MEDIA", "HUMAN_RIGHTS"};

    @Autowired
    NetworkStore store;
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReplacement replacement;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate batch;
    @Autowired
    MemberTable members;
    @Autowired
    InteractionTable interactions;
    @Autowired
    CoalitionTable coalitions;
    @Autowired
    CampaignTable campaigns;
    @Autowired
    ConvenorTable convenor;
    @Autowired
    LinkTable links;
    @Autowired
    JsonMapper json;

    final Random random = new Random(20261207);

    @BeforeEach
    void aNetworkOfForty() {
        replacement.replace(network(40, 200), Reader.service("staff"));
    }

    @Test
    void theCopyCaughtUpAfterEveryWriteIsTheNetworkAsStored() {
        for (int step = 0; step < 150; step++) {
            write(random.nextInt(12));
            assertThat(store.read()).as("after step " + step).isEqualTo(fromScratch());
        }
    }

    @Test
    void aLoggedContactReReadsItsMemberAloneAndAContactAlreadyStoredNothing() {
        StoredNetwork before = store.read();
        Member untouched = before.members().get(5);
        Interaction first = before.interactions().get(0).fact();
        int wholeReads = store.wholeReads();

        writes.logContact(new Interaction(before.members().get(3).id(), LocalDate.of(2026, 12, 1),
                first.kind(), "a new call"), Reader.service("staff"));
        StoredNetwork after = store.read();

        assertThat(after.interactions()).hasSize(before.interactions().size() + 1);
        assertThat(after.members().get(5)).as("a member the write did not touch is not read again").isSameAs(untouched);
        assertThat(after.coalitions()).isSameAs(before.coalitions());
        assertThat(after).isEqualTo(fromScratch());

        assertThat(store.wholeReads()).as("the writer's copy took the contact without reading everything again")
                .isEqualTo(wholeReads);

        long revision = revision();
        assertThat(writes.logContact(first, Reader.service("staff")).skipped()).isEqualTo(1);
        assertThat(revision()).as("a write that changed nothing leaves the revision as it was").isEqualTo(revision);
        assertThat(store.read()).as("a write that changed nothing changes nothing in the copy").isSameAs(after);
        assertThat(store.wholeReads()).isEqualTo(wholeReads);
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM network_revision WHERE id = 1").query(Long.class).single();
    }

    @Test
    void aReplacementLeavesNoChangeRowSoTheNextReadTakesEverything() {
        StoredNetwork before = store.read();
        replacement.replace(before, Reader.service("staff"));

        StoredNetwork after = store.read();
        assertThat(after.members().get(0)).isNotSameAs(before.members().get(0)).isEqualTo(before.members().get(0));
    }

    private void write(int what) {
        StoredNetwork now = store.read();
        String someone = now.members().get(random.nextInt(now.members().size())).id();
        switch (what) {
            case 0, 1, 2 -> writes.logContact(new Interaction(someone, day(), kind(), random.nextBoolean() ? null
                    : "note " + random.nextInt(5)), Reader.service(pick("staff", "editor")));
            case 3 -> {
                StoredInteraction one = now.interactions().get(random.nextInt(now.interactions().size()));
                Interaction moved = new Interaction(someone, day(), one.kind(), "moved " + random.nextInt(1000));
                writes.correctInteraction(one.id(), moved, Reader.service("editor"));
            }
            case 4 -> writes.deleteInteraction(now.interactions().get(random.nextInt(now.interactions().size())).id(),
                    Reader.service("staff"));
            case 5 -> writes.members(Received.json(List.of(member(random.nextBoolean() ? someone
                    : "new-" + random.nextInt(1000))), false), Reader.service("staff"));
            case 6 -> writes.giveOwner(List.of(someone, now.members().get(0).id()), pick("staff", null), Reader.service("staff"));
            case 7 -> writes.coalitions(Received.json(List.of(json.readValue("""
                    {"id": "c%d", "campaignId": "hospitals", "sectors": ["MEDICAL"], "formedOn": "2026-06-01",
                     "invited": ["%s"]}""".formatted(random.nextInt(3), someone), Coalition.class)), false), Reader.service("staff"));
            case 8 -> {
                if (now.members().size() > 10) {
                    writes.erase(someone, Reader.service("staff"));
                }
            }
            case 9 -> assertThatThrownBy(() -> writes.logContact(new Interaction("nobody-here", day(), kind(), null),
                    Reader.service("staff"))).isInstanceOf(InvalidInputException.class);
            case 10 -> writes.convenor(json.readValue("""
                    {"annualIncome": %d, "currency": "GBP"}""".formatted(1000000 + random.nextInt(1000)),
                    ConvenorIncome.class), "staff");
            default -> {
                if (random.nextInt(4) == 0) {
                    replacement.replace(network(30 + random.nextInt(20), 150), Reader.service("staff"));
                } else {
                    writes.interactions(Received.json(List.of(new Interaction(someone, day(), kind(), null),
                            new Interaction(now.members().get(0).id(), day(), kind(), "import")), false), Reader.service("staff"));
                }
            }
        }
    }

    /** What a store that has read nothing yet reads. */
    private StoredNetwork fromScratch() {
        return new NetworkStore(jdbc, batch, members, interactions, coalitions, campaigns, convenor, links).read();
    }

    private StoredNetwork network(int size, int contacts) {
        List<String> people = new ArrayList<>();
        List<String> contactRows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            people.add(json.writeValueAsString(member("m" + i)));
        }
        for (int i = 0; i < contacts; i++) {
            contactRows.add("""
                    {"memberId": "m%d", "date": "%s", "kind": "%s", "note": "n%d"}""".formatted(random.nextInt(size),
                    day(), kind(), i));
        }
        return json.readValue("""
                {"convenor": {"annualIncome": 4000000, "currency": "GBP"},
                 "members": [%s], "interactions": [%s],
                 "coalitions": [{"id": "c0", "campaignId": "hospitals", "sectors": ["MEDICAL"],
                                 "formedOn": "2026-06-01", "invited": ["m1", "m2"]}],
                 "campaigns": [{"id": "hospitals", "name": "Stop the bombing of hospitals",
                                "themes": ["ATTACKS_ON_HEALTHCARE"],
                                "targets": [{"id": "p5", "name": "A permanent member", "kind": "UN_SECURITY_COUNCIL",
                                             "listensTo": ["MEDICAL"]}]}]}""".formatted(String.join(",", people),
                String.join(",", contactRows)), StoredNetwork.class);
    }

    private Member member(String id) {
        return json.readValue("""
                {"id": "%s", "name": "Member %s %d", "kind": "ORGANISATION", "roles": ["PARTNER"], "tier": "%s",
                 "sectors": ["%s"], "country": "KE", "annualIncome": %d, "owner": %s}""".formatted(id, id,
                random.nextInt(100), pick("KEY", "STANDARD"), SECTORS[random.nextInt(SECTORS.length)],
                random.nextInt(1000000), random.nextBoolean() ? "null" : "\"staff\""), Member.class);
    }

    private LocalDate day() {
        return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330));
    }

    private InteractionKind kind() {
        return InteractionKind.values()[random.nextInt(InteractionKind.values().length)];
    }

    private String pick(String a, String b) {
        return random.nextBoolean() ? a : b;
    }
}
