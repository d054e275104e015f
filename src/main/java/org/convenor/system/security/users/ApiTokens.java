package org.convenor.system.security.users;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;

import org.convenor.system.security.users.UserAudit.Action;
import org.convenor.validation.FieldProblem;
import org.convenor.validation.InvalidInputException;
import org.convenor.validation.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens, made and revoked by their owner: 256 random bits, shown once, kept as their SHA-256. The way a
 * program acts for a user who has a second factor, whose password no longer opens the API.
 */
@Service
@Transactional
public class ApiTokens {

    /** Marks a Convenor token, so a secret scanner or a person knows one when they see it. */
    static final String PREFIX = "cvn_";
    private static final int BYTES = 32;
    private static final int LONGEST_NAME = 100;

    /** A token made: the only time the token itself is shown. */
    @Schema(name = "CreatedToken")
    public record Created(@Schema(description = "What revokes it") long id,
            @Schema(description = "Send as 'Authorization: Bearer <token>'. Shown this once: keep it now")
            String token) implements Serializable {
    }

    /** What a token is for, to know it again in the list. */
    @Schema(name = "NewToken")
    public record NewToken(@Schema(description = "What it is for", example = "monthly CRM export", maxLength = 100)
            @Nullable String name) {
    }

    private final TokenTable tokens;
    private final UserAudit audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(TokenTable tokens, UserAudit audit) {
        this.tokens = tokens;
        this.audit = audit;
    }

    public Created create(String username, @Nullable String name) {
        byte[] secret = new byte[BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String label = name == null || name.isBlank() ? null : name.strip();
        if (label != null && label.length() > LONGEST_NAME) {
            throw new InvalidInputException(List.of(new FieldProblem("name", "A token's name has at most "
                    + LONGEST_NAME + " characters.")));
        }
        long id = tokens.insert(username, SecondFactors.sha256(token), label);
        audit.record(username, Action.TOKEN_CREATED, username, "token " + id);
        return new Created(id, token);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> of(String username) {
        return tokens.of(username);
    }

    public void revoke(String username, long id) {
        if (!tokens.delete(username, id)) {
            throw new NotFoundException("token of yours", id);
        }
        audit.record(username, Action.TOKEN_REVOKED, username, "token " + id);
    }

    Optional<String> owner(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.owner(SecondFactors.sha256(token));
    }
}
