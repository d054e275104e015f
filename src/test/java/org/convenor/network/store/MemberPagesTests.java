package org.convenor.network.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.convenor.network.Role;
import org.convenor.network.Sector;
import org.convenor.network.Tier;
import org.convenor.network.store.MemberPages.Filter;
import org.convenor.network.store.MemberPages.Listed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The network's pages read in the database: filtered, ordered by name and cut into pages there, and a restricted
 * member its reader may not see never listed, counted, linked to, nor its interactions counted.
 * {@link H2MemberPagesTests} runs them on the embedded default, {@link PostgresMemberPagesTests} on PostgreSQL.
 */
@SpringBootTest(properties = "convenor.rules.watch=false")
@ActiveProfiles("users")
abstract class MemberPagesTests {

    static final Filter ALL = new Filter(null, null, null, null, null, false, Set.of("staff", "editor"));
    static final Reader VIEWER = new Reader("viewer", false);

    @Autowired
    MemberPages pages;
    @Autowired
    NetworkReplacement replacement;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aSmallNetwork() {
        replacement.replace(json.readValue("""
                {"members": [
                  {"id": "m1", "name": "delta Press", "kind": "ORGANISATION", "roles": ["PARTNER"], "tier": "KEY",
                   "sectors": ["MEDIA"], "country": "KE", "owner": "staff"},
                  {"id": "m2", "name": "Alpha Clinic", "kind": "ORGANISATION", "roles": ["DONOR"], "tier": "STANDARD",
                   "sectors": ["MEDICAL"], "country": "KE"},
                  {"id": "m3", "kind": "PERSON", "roles": ["PARTNER"], "tier": "STANDARD", "sectors": ["MEDIA"],
                   "country": "KE"},
                  {"id": "m4", "name": "Charlie 100%_law", "kind": "ORGANISATION", "roles": ["PARTNER"], "tier": "KEY",
                   "sectors": ["LEGAL"], "country": "KE", "owner": "staff", "restricted": true, "sharedWith": ["editor"]},
                  {"id": "m5", "name": "bravo Rights", "kind": "ORGANISATION", "roles": ["PARTNER"], "tier": "KEY",
                   "sectors": ["LEGAL"], "country": "KE"}],
                 "interactions": [
                  {"memberId": "m1", "date": "2026-03-01", "kind": "CALL"},
                  {"memberId": "m1", "date": "2026-05-01", "kind": "MEETING", "note": "met"},
                  {"memberId": "m4", "date": "2026-04-01", "kind": "CALL", "note": "secret", "confidential": true},
                  {"memberId": "m4", "date": "2026-04-02", "kind": "CALL"}],
                 "links": [{"from": "m1", "to": "m4", "kind": "KNOWS"}, {"from": "m5", "to": "m1", "kind": "KNOWS"}]}
                """, StoredNetwork.class), Reader.service("staff"));
        // An owner who has left since: stored, but no user the store would take now.
        jdbc.sql("UPDATE member SET owner = 'gone' WHERE id = 'm2'").update();
    }

    @Test
    void aPageIsOrderedByNameWhateverTheCaseAndCountsOnlyWhatItsReaderSees() {
        MemberPages.Found seen = pages.page(VIEWER, ALL, 0, 100);
        assertThat(ids(seen.rows())).containsExactly("m2", "m5", "m1", "m3");
        assertThat(seen.total()).isEqualTo(4);
        assertThat(seen.rows().get(2).lastContact()).hasToString("2026-05-01");
        assertThat(seen.rows().get(0).lastContact()).isNull();

        assertThat(ids(pages.page(new Reader("staff", false), ALL, 0, 100).rows()))
                .as("its owner sees it").containsExactly("m2", "m5", "m4", "m1", "m3");
        assertThat(pages.page(new Reader("editor", false), ALL, 0, 100).total()).as("shared with").isEqualTo(5);
        assertThat(pages.page(new Reader("someone", true), ALL, 0, 100).total()).as("ADMIN").isEqualTo(5);
    }

    @Test
    void theSortColumnIsWhatTheMigrationGaveTheRowsStoredBeforeIt() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM member WHERE sort_name <> LEFT(LOWER(COALESCE(NULLIF(TRIM(name), ''),"
                + " id)), 100)").query(Integer.class).single()).isZero();
        String longName = "Ä".repeat(99) + "\uD83D\uDE00 and more";
        assertThat(MemberTable.sortName(new Member("x", longName, null, null, null, null, null, null, null, null, null,
                null, null, null, false, null, null, null))).as("cut before a character it would split")
                .isEqualTo("ä".repeat(99));
        assertThat(MemberTable.sortName(new Member("Id-9", " ", null, null, null, null, null, null, null, null, null,
                null, null, null, false, null, null, null))).isEqualTo("id-9");
    }

    @Test
    void pagesCutInTheDatabaseAndAPlacePastTheEndGivesTheLastPage() {
        assertThat(ids(pages.page(VIEWER, ALL, 2, 2).rows())).containsExactly("m1", "m3");
        MemberPages.Found past = pages.page(VIEWER, ALL, 40, 2);
        assertThat(past.offset()).isEqualTo(2);
        assertThat(ids(past.rows())).containsExactly("m1", "m3");
        assertThat(pages.page(VIEWER, new Filter("nobody", null, null, null, null, false, Set.of()), 100, 2))
                .satisfies(none -> {
                    assertThat(none.rows()).isEmpty();
                    assertThat(none.total()).isZero();
                    assertThat(none.offset()).isZero();
                });
    }

    @Test
    void filtersNarrowInTheDatabaseAndNeverFindAHiddenMember() {
        assertThat(ids(pages.page(VIEWER, filter("PRESS", null, null, null, null, false), 0, 100).rows()))
                .containsExactly("m1");
        assertThat(ids(pages.page(VIEWER, filter("m", null, null, null, null, false), 0, 100).rows()))
                .as("the id too").hasSize(4);
        assertThat(pages.page(VIEWER, filter("100%_", null, null, null, null, false), 0, 100).total())
                .as("a wildcard typed is a character: the only match is hidden").isZero();
        assertThat(ids(pages.page(new Reader("staff", false), filter("0%_", null, null, null, null, false), 0, 100)
                .rows())).containsExactly("m4");
        assertThat(ids(pages.page(VIEWER, filter(null, Role.DONOR, null, null, null, false), 0, 100).rows()))
                .containsExactly("m2");
        assertThat(ids(pages.page(VIEWER, filter(null, null, Tier.KEY, null, null, false), 0, 100).rows()))
                .containsExactly("m5", "m1");
        assertThat(ids(pages.page(VIEWER, filter(null, null, null, Sector.LEGAL, null, false), 0, 100).rows()))
                .containsExactly("m5");
        assertThat(ids(pages.page(VIEWER, filter(null, null, null, null, "staff", false), 0, 100).rows()))
                .containsExactly("m1");
        assertThat(ids(pages.page(VIEWER, filter(null, null, null, null, null, true), 0, 100).rows()))
                .as("no owner, or one who may no longer own members").containsExactly("m2", "m5", "m3");
    }

    @Test
    void totalsLeaveOutWhatTheReaderMayNotSee() {
        assertThat(pages.totals(VIEWER)).isEqualTo(new MemberPages.Totals(4, 2, Set.of("gone", "staff")));
        assertThat(pages.totals(new Reader("editor", false))).isEqualTo(new MemberPages.Totals(5, 4,
                Set.of("gone", "staff")));
    }

    @Test
    void oneMemberAndItsRowsAsItsReaderSeesThem() {
        assertThat(pages.member("m4", VIEWER)).isEmpty();
        assertThat(pages.member("nobody", VIEWER)).isEmpty();
        Member m4 = pages.member("m4", new Reader("editor", false)).orElseThrow();
        assertThat(pages.interactions(m4, new Reader("editor", false))).extracting(StoredInteraction::note)
                .containsExactly("secret", null);
        assertThat(pages.interactions(m4, new Reader("staff2", false))).extracting(StoredInteraction::note)
                .as("a note its reader may not read is left out").containsExactly(null, null);

        MemberPages.Linked linked = pages.links("m1", VIEWER);
        assertThat(linked.links()).extracting(link -> link.other("m1")).as("not the hidden m4").containsExactly("m5");
        assertThat(linked.names()).containsExactly(Map.entry("m5", "bravo Rights"));
        assertThat(pages.links("m1", new Reader("staff", false)).links()).hasSize(2);
    }

    private static Filter filter(String text, Role role, Tier tier, Sector sector, String owner, boolean none) {
        return new Filter(text, role, tier, sector, owner, none, Set.of("staff", "editor"));
    }

    private static List<String> ids(List<Listed> rows) {
        return rows.stream().map(listed -> listed.member().id()).toList();
    }
}
