package org.convenor.rulesets.drafts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.convenor.rulesets.RuleSetFiles;

import org.jspecify.annotations.Nullable;

/**
 * Where a draft that asked for approval stands: its newest review, read against the draft's files as they stand now.
 *
 * @param state {@code ASKED}: waiting for another EDITOR; {@code APPROVED}: approved as it stands;
 *     {@code WITHDRAWN}: approved, but the draft changed since (an edit, a table saved, a scenario accepted), so
 *     the approval no longer counts; {@code SENT_BACK}: another EDITOR sent it back, saying why in {@code note}
 * @param by who asked (the author), approved or sent it back
 * @param note why it was sent back; null otherwise
 */
public record Review(State state, String by, Instant at, @Nullable String note) {

    public enum State {
        ASKED, APPROVED, WITHDRAWN, SENT_BACK
    }

    /** Whether the draft, as it stands, has the approval this review records. */
    public boolean approved() {
        return state == State.APPROVED;
    }

    /**
     * What an approval binds to: the SHA-256 of every file's path and bytes, each length-prefixed so that no two
     * different sets of files give the same input. Any edit, table saved or scenario accepted changes it.
     */
    public static String hashOf(RuleSetFiles files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.files().forEach((path, content) -> {
                byte[] name = path.getBytes(StandardCharsets.UTF_8);
                digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(name.length).array());
                digest.update(name);
                digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(content.length).array());
                digest.update(content);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    static Review of(ReviewTable.Row newest, @Nullable String hash) {
        State state = switch (newest.verdict()) {
            case ASKED -> State.ASKED;
            case SENT_BACK -> State.SENT_BACK;
            case APPROVED -> newest.hash().equals(hash) ? State.APPROVED : State.WITHDRAWN;
        };
        return new Review(state, newest.reviewer(), newest.at(), newest.note());
    }
}
