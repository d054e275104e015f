package org.convenor.rulesets.drafts;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reviews of drafts ({@code V5__approvals.sql}), newest last: each a row of its own, so a draft's newest row
 * says where it stands. Each write is one statement, hence one transaction of its own.
 */
@Repository
class ReviewTable {

    enum Verdict {
        ASKED, APPROVED, SENT_BACK
    }

    /** One review: {@code hash} is what the draft's files hashed to when it was given. */
    record Row(String draftId, String ruleSet, String owner, Verdict verdict, String hash, String reviewer,
            Instant at, @Nullable String note) {
    }

    private static final String SELECT = "SELECT draft_id, rule_set, draft_owner, verdict, files_hash, reviewer,"
            + " reviewed_at, note FROM draft_review";

    private final JdbcClient jdbc;

    ReviewTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("INSERT INTO draft_review (draft_id, rule_set, draft_owner, verdict, files_hash, reviewer,"
                + " reviewed_at, note) VALUES (:draft, :ruleSet, :owner, :verdict, :hash, :reviewer, :at, :note)")
                .param("draft", row.draftId()).param("ruleSet", row.ruleSet()).param("owner", row.owner())
                .param("verdict", row.verdict().name()).param("hash", row.hash()).param("reviewer", row.reviewer())
                .param("at", row.at().atOffset(ZoneOffset.UTC)).param("note", row.note()).update();
    }

    /** The draft's newest review, if it ever asked for one. */
    Optional<Row> newest(String ruleSet, String draftId) {
        return jdbc.sql(SELECT + " WHERE rule_set = :ruleSet AND draft_id = :draft ORDER BY id DESC")
                .param("ruleSet", ruleSet).param("draft", draftId).query(ReviewTable::row).list().stream().findFirst();
    }

    /** The newest review of each draft of the rule set that ever asked for one, oldest draft first. */
    List<Row> newestOfEach(String ruleSet) {
        return jdbc.sql(SELECT + " r WHERE rule_set = :ruleSet AND id = (SELECT MAX(id) FROM draft_review n"
                + " WHERE n.draft_id = r.draft_id) ORDER BY (SELECT MIN(id) FROM draft_review f"
                + " WHERE f.draft_id = r.draft_id)")
                .param("ruleSet", ruleSet).query(ReviewTable::row).list();
    }

    /** The draft is published or discarded: its reviews go with it. */
    void forget(String draftId) {
        jdbc.sql("DELETE FROM draft_review WHERE draft_id = :draft").param("draft", draftId).update();
    }

    private static Row row(java.sql.ResultSet rs, int rowNumber) throws java.sql.SQLException {
        return new Row(rs.getString("draft_id"), rs.getString("rule_set"), rs.getString("draft_owner"),
                Verdict.valueOf(rs.getString("verdict")), rs.getString("files_hash").strip(), rs.getString("reviewer"),
                rs.getObject("reviewed_at", OffsetDateTime.class).toInstant(), rs.getString("note"));
    }
}
