package org.convenor.system.security.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes of RFC 6238 (appendix B), and what the sign-in takes of them. */
class TotpTests {

    /** The RFC's SHA-1 key: the ASCII of "12345678901234567890". */
    static final byte[] KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} s")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
        "2000000000, 69279037", "20000000000, 65353130"})
    void theRfcsTestVectors(long seconds, String code) {
        assertThat(Totp.code(KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8, "HmacSHA1")).isEqualTo(code);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsTakenAndNoOther() {
        String secret = Totp.base32(KEY);
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);

        for (long offset = -1; offset <= 1; offset++) {
            String code = Totp.code(KEY, step + offset, Totp.DIGITS, "HmacSHA1");
            assertThat(Totp.matchingStep(secret, code, now)).hasValue(step + offset);
        }
        assertThat(Totp.matchingStep(secret, Totp.code(KEY, step + 2, Totp.DIGITS, "HmacSHA1"), now)).isEmpty();
        assertThat(Totp.matchingStep(secret, "12345", now)).isEmpty();
        assertThat(Totp.matchingStep(secret, null, now)).isEmpty();
    }

    @Test
    void keysAreBase32AsTheAppsTakeThem() {
        assertThat(Totp.base32(KEY)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("gezdgnbvgy3tqojqgezdgnbvgy3tqojq")).isEqualTo(KEY);
        String secret = Totp.newSecret(new SecureRandom());
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.uri("Convenor", "ana", secret))
                .isEqualTo("otpauth://totp/Convenor:ana?secret=" + secret + "&issuer=Convenor&algorithm=SHA1&digits=6"
                        + "&period=30");
    }
}
