package org.convenor.network.store;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.convenor.network.Member;
import org.convenor.network.Reader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who opened a restricted member or a confidential note in detail, other than the member's owner, and when: the
 * trace a person in danger is owed. Lists never record (they show no note and hide no one from those who may see
 * them); opening one member does.
 */
@Service
public class ReadLog {

    /** What was seen. */
    public enum What {
        RESTRICTED_MEMBER, CONFIDENTIAL_NOTES
    }

    /** Where it was opened. */
    public enum OpenedIn {
        PAGE, API, EXPORT
    }

    @Schema(name = "ReadEntry")
    public record Entry(long id, OffsetDateTime at, String user, String memberId, What what, OpenedIn openedIn) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReadLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that this reader opened this member in detail, if that is to be recorded: the member is restricted,
     * or what was opened showed confidential notes, and the reader is not its owner. The one call every detail
     * view (page, API, export) makes.
     *
     * @param confidentialNotes whether what was opened showed any confidential note
     */
    @Transactional
    public void opened(Reader reader, Member member, boolean confidentialNotes, OpenedIn openedIn) {
        if (reader.owns(member) || !member.restricted() && !confidentialNotes) {
            return;
        }
        jdbc.sql("INSERT INTO member_read (read_by, member_id, what, opened_in, read_at)"
                + " VALUES (:user, :member, :what, :in, :at)")
                .param("user", reader.username()).param("member", member.id())
                .param("what", (member.restricted() ? What.RESTRICTED_MEMBER : What.CONFIDENTIAL_NOTES).name())
                .param("in", openedIn.name()).param("at", Sql.now(clock)).update();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Entry> entries(int limit) {
        return jdbc.sql("SELECT id, read_at, read_by, member_id, what, opened_in FROM member_read ORDER BY id DESC")
                .withMaxRows(limit)
                .query((rs, n) -> new Entry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), What.valueOf(rs.getString(5)), OpenedIn.valueOf(rs.getString(6))))
                .list();
    }
}
