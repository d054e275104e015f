package org.convenor.system.security.users;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

import org.convenor.system.security.users.UserAudit.Action;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authenticator app as a second factor: enrolling one (a new key, confirmed by its first code, with ten
 * one-use recovery codes shown once), and checking a code or a recovery code at sign-in. A code is taken once:
 * its time step is remembered and never taken again. How often a wrong code may be tried is the sign-in's to
 * limit (it checks codes behind the same throttle as passwords).
 */
@Service
@Transactional
public class SecondFactors {

    static final String ISSUER = "Convenor";
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int RECOVERY_LENGTH = 12;

    /** A key not yet confirmed: kept in the sign-in's session until its first code comes back. */
    public record Enrolment(String secret, String uri) implements Serializable {
    }

    private final SecondFactorTable factors;
    private final UserAudit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(SecondFactorTable factors, UserAudit audit, Clock clock) {
        this.factors = factors;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new key for this user's app, as text and as the {@code otpauth:} address its QR code holds. */
    public Enrolment begin(String username) {
        String secret = Totp.newSecret(random);
        return new Enrolment(secret, Totp.uri(ISSUER, username, secret));
    }

    /**
     * Keeps the key if this is its code now: the recovery codes, to be shown once; empty (nothing kept) if the code
     * is wrong.
     */
    public Optional<List<String>> enrol(String username, String secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(recoveryCode());
        }
        factors.enrol(username, secret, step.getAsLong(), codes.stream().map(SecondFactors::hash).toList());
        audit.record(username, Action.SECOND_FACTOR_ENROLLED, username, null);
        return Optional.of(codes);
    }

    /** Whether this is the user's code now (not taken before), or one of their unused recovery codes, which it uses up. */
    public boolean check(String username, String code) {
        Optional<String> secret = factors.secret(username);
        if (secret.isEmpty() || code == null) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(secret.get(), code, clock.instant());
        if (step.isPresent()) {
            return factors.takeStep(username, step.getAsLong());
        }
        String recovery = normalised(code);
        if (recovery.length() == RECOVERY_LENGTH && factors.takeRecoveryCode(username, hash(recovery))) {
            audit.record(username, Action.RECOVERY_CODE_USED, username,
                    factors.recoveryCodesLeft(username) + " left");
            return true;
        }
        return false;
    }

    @Transactional(readOnly = true)
    public boolean enrolled(String username) {
        return factors.secret(username).isPresent();
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(String username) {
        return factors.recoveryCodesLeft(username);
    }

    /** Twelve characters without look-alikes (no 0/O, 1/I), shown in groups of four. */
    private String recoveryCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < RECOVERY_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalised(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    private static String hash(String code) {
        return sha256(normalised(code));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
