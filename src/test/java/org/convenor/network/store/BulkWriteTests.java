package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.network.Interaction;
import org.convenor.network.InteractionKind;
import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.network.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bulk writes: imports larger than one JDBC batch are stored whole and in order, and say how far they have got;
 * an import that stores nothing leaves the network's copy as it was; emptying the network empties every table of
 * it (on PostgreSQL by {@code TRUNCATE}), and is undone whole with its transaction. {@link H2BulkWriteTests} runs them on the embedded default, {@link PostgresBulkWriteTests} on PostgreSQL.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@ActiveProfiles("users")
abstract class BulkWriteTests {

    private static final int MEMBERS = Sql.BATCH + 2_345;
    private static final int INTERACTIONS = 2 * Sql.BATCH + 1_234;
    private static final Reader STAFF = Reader.service("staff");

    @Autowired
    NetworkStore store;
    @Autowired
    NetworkWrites writes;
    @Autowired
    NetworkReplacement replacement;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void empty() {
        replacement.replace(nothing(), STAFF);
    }

    @Test
    void importsOfMoreThanOneBatchAreStoredWholeInOrderAndSayHowFarTheyGot() {
        List<Integer> stored = new ArrayList<>();
        List<Integer> storing = new ArrayList<>();
        NetworkWrites.Progress progress = new NetworkWrites.Progress() {
            @Override
            public void storing(int records) {
                storing.add(records);
            }

            @Override
            public void stored(int records) {
                stored.add(records);
            }
        };

        NetworkWrites.MembersUpserted members = writes.members(Received.json(members(), false), STAFF, progress);
        NetworkWrites.Appended interactions = writes.interactions(Received.json(interactions(), false), STAFF,
                progress);

        assertThat(members.created()).isEqualTo(MEMBERS);
        assertThat(interactions.created()).isEqualTo(INTERACTIONS);
        assertThat(storing).containsExactly(MEMBERS, INTERACTIONS);
        assertThat(stored).containsExactly(Sql.BATCH, MEMBERS, MEMBERS, Sql.BATCH, 2 * Sql.BATCH, INTERACTIONS);
        StoredNetwork network = store.read();
        assertThat(network.members()).hasSize(MEMBERS);
        assertThat(network.members().get(MEMBERS - 1).roles()).containsExactly(Role.PARTNER, Role.ALLY);
        assertThat(network.interactions()).extracting(StoredInteraction::note)
                .containsExactlyElementsOf(interactions().stream().map(Interaction::note).toList());
    }

    @Test
    void anImportThatStoresNothingLeavesTheCopyAsItWas() {
        writes.members(Received.json(members(), false), STAFF);
        writes.interactions(Received.json(interactions(), false), STAFF);
        StoredNetwork before = store.read();

        NetworkWrites.Appended again = writes.interactions(Received.json(interactions(), false), STAFF);

        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(INTERACTIONS);
        assertThat(store.read()).isSameAs(before);
    }

    @Test
    void emptyingTheNetworkEmptiesEveryTableOfIt() {
        writes.members(Received.json(members(), false), STAFF);
        writes.interactions(Received.json(interactions(), false), STAFF);

        NetworkReplacement.Replaced emptied = replacement.replace(nothing(),
                Reader.service("admin"));

        assertThat(emptied.kept()).isZero();
        for (String table : List.of("member", "member_role", "member_sector", "member_reach", "member_shared_with",
                "interaction")) {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single()).as(table).isZero();
        }
        assertThat(store.read().members()).isEmpty();
    }

    @Test
    void emptyingIsUndoneWholeWhenItsTransactionIsRolledBack() {
        writes.members(Received.json(members(), false), STAFF);
        writes.interactions(Received.json(interactions(), false), STAFF);

        transactions.executeWithoutResult(status -> {
            replacement.replace(nothing(), Reader.service("admin"));
            assertThat(jdbc.sql("SELECT COUNT(*) FROM interaction").query(Integer.class).single()).isZero();
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT COUNT(*) FROM member").query(Integer.class).single()).isEqualTo(MEMBERS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member_role").query(Integer.class).single()).isEqualTo(2 * MEMBERS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM interaction").query(Integer.class).single()).isEqualTo(INTERACTIONS);
    }

    private StoredNetwork nothing() {
        return json.readValue("""
                {"members": [], "interactions": [], "coalitions": [], "campaigns": []}""", StoredNetwork.class);
    }

    private List<Member> members() {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(json.readValue("""
                    {"id": "m%05d", "name": "Member %d", "kind": "ORGANISATION", "roles": ["PARTNER", "ALLY"],
                     "sectors": ["LEGAL"], "country": "KE"}""".formatted(i, i), Member.class));
        }
        return members;
    }

    private static List<Interaction> interactions() {
        List<Interaction> interactions = new ArrayList<>();
        for (int i = 0; i < INTERACTIONS; i++) {
            interactions.add(new Interaction("m%05d".formatted(i % MEMBERS), LocalDate.of(2026, 1, 1).plusDays(i % 300),
                    InteractionKind.CALL, "call " + i));
        }
        return interactions;
    }
}
