package org.convenor.system.security.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What a local password must be, and how it is kept. At least 12 characters (long beats clever: no rules of
 * digits and symbols, NIST SP 800-63B), at most 72 bytes (bcrypt reads no further), not the username, and not on
 * the list of common passwords shipped beside this class (about 44,000 of 12 characters or more, from a top
 * million of leaked passwords; compared without regard to case). Kept as bcrypt at Spring's cost of 10, in
 * Spring's {@code {bcrypt}...} form, as the configured users' are: HTTP Basic checks it at every request, so a
 * higher cost would be paid by every call a program makes.
 */
@Component
public class Passwords {

    public static final int SHORTEST = 12;
    static final int LONGEST_BYTES = 72;
    private static final String LIST = "common-passwords.txt";

    private final Set<String> common;
    private final BCryptPasswordEncoder bcrypt;

    Passwords() {
        this.common = load();
        this.bcrypt = new BCryptPasswordEncoder();
    }

    /** Why this password will not do, in words for the person choosing it; empty if it will. */
    public Optional<String> refusal(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < SHORTEST) {
            return Optional.of("A password has at least " + SHORTEST + " characters: a few words you will remember "
                    + "do well.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
            return Optional.of("A password has at most " + LONGEST_BYTES + " bytes (72 plain letters, fewer with "
                    + "accents): bcrypt reads no further.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(username) || username.length() >= 4 && lower.contains(username)) {
            return Optional.of("A password does not hold its username.");
        }
        if (common.contains(lower)) {
            return Optional.of("This password is one of the most common ones, the first a guesser tries: choose "
                    + "another.");
        }
        return Optional.empty();
    }

    /** As kept: {@code {bcrypt}$2a$12$...}. */
    String encode(String password) {
        return "{bcrypt}" + bcrypt.encode(password);
    }

    int commonCount() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = Passwords.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords (" + LIST + ") is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("# ") && !line.isEmpty()) {
                    passwords.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
