package org.convenor.rulesets.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Editors' drafts and their files (path → bytes), each write one transaction. */
@Repository
@Transactional
public class DraftTable {

    /** A draft's row: whose, of which rule set, made from which history entry, when. */
    public record Row(String id, String ruleSet, String owner, String base, String baseVersion, Instant createdAt) {
    }

    private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getString("id"), rs.getString("rule_set"),
            rs.getString("owner"), rs.getString("base"), rs.getString("base_version"),
            rs.getObject("created_at", OffsetDateTime.class).toInstant());
    private static final String SELECT = "SELECT id, rule_set, owner, base, base_version, created_at FROM rule_draft";

    private final JdbcClient jdbc;

    DraftTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Row draft, SortedMap<String, byte[]> files) {
        jdbc.sql("INSERT INTO rule_draft (id, rule_set, owner, base, base_version, created_at) VALUES (:id, "
                + ":ruleSet, :owner, :base, :baseVersion, :createdAt)").param("id", draft.id())
                .param("ruleSet", draft.ruleSet()).param("owner", draft.owner()).param("base", draft.base())
                .param("baseVersion", draft.baseVersion())
                .param("createdAt", OffsetDateTime.ofInstant(draft.createdAt(), ZoneOffset.UTC)).update();
        files.forEach((path, content) -> write(draft.id(), path, content));
    }

    /** The owner's drafts of the rule set, oldest first. */
    @Transactional(readOnly = true)
    public List<Row> list(String owner, String ruleSet) {
        return jdbc.sql(SELECT + " WHERE owner = :owner AND rule_set = :ruleSet ORDER BY created_at, id")
                .param("owner", owner).param("ruleSet", ruleSet).query(ROW).list();
    }

    public void delete(String id) {
        jdbc.sql("DELETE FROM rule_draft_file WHERE draft_id = :id").param("id", id).update();
        jdbc.sql("DELETE FROM rule_draft WHERE id = :id").param("id", id).update();
    }

    /** The draft's files, path → bytes. */
    @Transactional(readOnly = true)
    public SortedMap<String, byte[]> files(String id) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        jdbc.sql("SELECT path, content FROM rule_draft_file WHERE draft_id = :id").param("id", id)
                .query((RowCallbackHandler) rs -> files.put(rs.getString("path"), rs.getBytes("content")));
        return files;
    }

    @Transactional(readOnly = true)
    public Optional<byte[]> read(String id, String path) {
        return jdbc.sql("SELECT content FROM rule_draft_file WHERE draft_id = :id AND path = :path").param("id", id)
                .param("path", path).query((rs, n) -> rs.getBytes(1)).optional();
    }

    public void write(String id, String path, byte[] content) {
        if (jdbc.sql("UPDATE rule_draft_file SET content = :content WHERE draft_id = :id AND path = :path")
                .param("content", content).param("id", id).param("path", path).update() == 0) {
            jdbc.sql("INSERT INTO rule_draft_file (draft_id, path, content) VALUES (:id, :path, :content)")
                    .param("id", id).param("path", path).param("content", content).update();
        }
    }

    /** Whether there was such a file. */
    public boolean delete(String id, String path) {
        return jdbc.sql("DELETE FROM rule_draft_file WHERE draft_id = :id AND path = :path").param("id", id)
                .param("path", path).update() > 0;
    }

    /** The scenarios accepted in the draft, as the JSON its owner's store wrote; null when none. */
    @Transactional(readOnly = true)
    public @Nullable String accepted(String id) {
        return jdbc.sql("SELECT accepted FROM rule_draft WHERE id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(accepted -> accepted)
                .orElse(null);
    }

    public void accepted(String id, String json) {
        jdbc.sql("UPDATE rule_draft SET accepted = :json WHERE id = :id").param("json", json).param("id", id)
                .update();
    }
}
