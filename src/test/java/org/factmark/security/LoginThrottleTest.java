package org.factmark.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed logins are counted per account and per client address; a lock ends after the lockout. */
class LoginThrottleTest {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(15), clock());

    Clock clock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    @Test
    void five_failures_lock_the_account_for_a_minute_from_any_address() {
        for (int i = 0; i < 4; i++) throttle.failed("Bob", "10.0.0." + i);
        assertThat(throttle.retryAfter("bob", "10.9.9.9")).isEmpty();
        throttle.failed("bob", "10.0.0.5");
        assertThat(throttle.retryAfter("BOB", "10.9.9.9")).contains(Duration.ofMinutes(1));
        assertThatThrownBy(() -> throttle.check("bob", "10.9.9.9")).isInstanceOf(LoginThrottledException.class)
                .hasMessage("Too many failed logins. Try again in 60 seconds.");
        assertThat(throttle.retryAfter("alice", "10.9.9.9")).isEmpty();

        now = now.plusSeconds(59);
        assertThat(throttle.retryAfter("bob", null)).contains(Duration.ofSeconds(1));
        now = now.plusSeconds(1);
        assertThatCode(() -> throttle.check("bob", "10.9.9.9")).doesNotThrowAnyException();
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_account() {
        for (int i = 0; i < 20; i++) throttle.failed("user" + i, "10.1.1.1");
        assertThat(throttle.retryAfter("someone-new", "10.1.1.1")).isPresent();
        assertThat(throttle.retryAfter("someone-new", "10.1.1.2")).isEmpty();
        assertThat(throttle.retryAfter("user1", "10.1.1.2")).isEmpty();
    }

    @Test
    void a_successful_login_clears_the_accounts_count() {
        for (int i = 0; i < 4; i++) throttle.failed("carol", "10.2.2.2");
        throttle.succeeded("carol");
        for (int i = 0; i < 4; i++) throttle.failed("carol", "10.2.2.3");
        assertThat(throttle.retryAfter("carol", null)).isEmpty();
    }

    @Test
    void after_a_lock_ends_the_count_starts_again_from_zero() {
        for (int i = 0; i < 5; i++) throttle.failed("dave", null);
        now = now.plusSeconds(61);
        for (int i = 0; i < 4; i++) throttle.failed("dave", null);
        assertThat(throttle.retryAfter("dave", null)).isEmpty();
        throttle.failed("dave", null);
        assertThat(throttle.retryAfter("dave", null)).isPresent();
    }
}
