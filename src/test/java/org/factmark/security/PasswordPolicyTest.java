package org.factmark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factmark.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP ASVS 5.0 V6.2: length 8..128, no composition rules, common and context-specific passwords refused. */
class PasswordPolicyTest {

    @Test
    void seven_characters_are_too_short_and_the_message_says_the_minimum() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "Zq8#vX1"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least 8 characters")
                .extracting(e -> ((InvalidInputException) e).getField()).isEqualTo("password");
    }

    @Test
    void long_passphrases_up_to_128_characters_are_accepted_longer_ones_refused() {
        String words = "violet harbour lamp amber lighthouse tram ochre seventy ";
        String p128 = (words + words + words).substring(0, 128);
        assertThatCode(() -> PasswordPolicy.check("password", p128)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("password", p128 + "x")).hasMessageContaining("at most 128");
    }

    @Test
    void a_random_looking_eight_character_password_without_symbols_rules_is_accepted() {
        assertThatCode(() -> PasswordPolicy.check("password", "xk29fjq1")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "correct horse battery staple")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "password123", "12345678", "qwertyuiop", "Passw0rd!", "iloveyou1"})
    void common_passwords_are_refused_with_an_explanation(String common) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", common))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("This password is too easy to guess");
    }

    @Test
    void the_username_display_name_and_the_app_name_count_as_guessable() {
        assertThatCode(() -> PasswordPolicy.check("password", "quentin.harbour", "someone", "Some One"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("password", "quentin.harbour", "quentin.harbour", "Quentin Harbour"))
                .hasMessageStartingWith("This password is too easy to guess");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "quentinharbour1", "qh", "Quentin Harbour"))
                .hasMessageStartingWith("This password is too easy to guess");
        assertThatThrownBy(() -> PasswordPolicy.check("password", "factmark2026"))
                .hasMessageStartingWith("This password is too easy to guess");
    }

    @Test
    void the_check_measures_code_points_so_emoji_count_once() {
        assertThatThrownBy(() -> PasswordPolicy.check("password", "🐙🦑🦀🦞🐚🪸🐠")).hasMessageContaining("at least 8");
        assertThat("🐙🦑🦀🦞🐚🪸🐠".length()).isEqualTo(14);
    }
}
