package org.factmark.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login attempt refused because of too many recent failures for the account or the client address. */
public class LoginThrottledException extends AuthenticationException {
    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins. Try again in " + seconds(retryAfter) + " seconds.");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds to wait, at least 1 (the value of a Retry-After header). */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }
}
