package org.convenor.system.security.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** What a local password must be, and how it is kept. */
class PasswordsTests {

    static final Passwords PASSWORDS = new Passwords();

    @Test
    void twelveCharactersAtLeastAndSeventyTwoBytesAtMost() {
        assertThat(PASSWORDS.refusal("ana", "eleven-char")).get().asString().contains("at least 12");
        assertThat(PASSWORDS.refusal("ana", "twelve chars")).isEmpty();
        assertThat(PASSWORDS.refusal("ana", "é".repeat(37))).get().asString().contains("72 bytes");
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        assertThat(PASSWORDS.commonCount()).isGreaterThan(40_000);
        for (String common : new String[] {"1qaz2wsx3edc", "QWERTYUIOPASDFGH", "iloveyou1234", "###INT_MADE###"}) {
            assertThat(PASSWORDS.refusal("ana", common)).as(common).get().asString().contains("most common");
        }
    }

    @Test
    void aPasswordDoesNotHoldItsUsername() {
        assertThat(PASSWORDS.refusal("nadia", "hello nadia, hello")).get().asString().contains("username");
        assertThat(PASSWORDS.refusal("al", "an almond tree in bloom")).as("a short name is in many words").isEmpty();
    }

    @Test
    void keptAsBcryptInSpringsForm() {
        String kept = PASSWORDS.encode("a lantern by the harbour");

        assertThat(kept).startsWith("{bcrypt}$2a$10$");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("a lantern by the harbour", kept))
                .isTrue();
    }
}
