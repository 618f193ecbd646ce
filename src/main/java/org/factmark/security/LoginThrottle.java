package org.factmark.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per account and per client address in Caffeine caches that forget a key after
 * {@code window} without failures. After {@code max-failures-per-account} failures for one username, or
 * {@code max-failures-per-address} from one address, every login attempt for that key is refused for
 * {@code lockout} (even with the right password); after the wait the right password works again and a
 * successful login clears the account's count. The state is per app node (see docs/decisions/055).
 */
@Component
public class LoginThrottle {
    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final int maxPerAccount;
    private final int maxPerAddress;
    private final Duration lockout;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;
    private Clock clock;

    @Autowired
    LoginThrottle(@Value("${factmark.login.max-failures-per-account:5}") int maxPerAccount,
                  @Value("${factmark.login.max-failures-per-address:20}") int maxPerAddress,
                  @Value("${factmark.login.lockout:PT1M}") Duration lockout,
                  @Value("${factmark.login.window:PT15M}") Duration window) {
        this(maxPerAccount, maxPerAddress, lockout, window, Clock.systemUTC());
    }

    LoginThrottle(int maxPerAccount, int maxPerAddress, Duration lockout, Duration window, Clock clock) {
        this.maxPerAccount = maxPerAccount;
        this.maxPerAddress = maxPerAddress;
        this.lockout = lockout;
        this.clock = clock;
        Duration keep = window.compareTo(lockout) > 0 ? window : lockout;
        this.accounts = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(keep).build();
        this.addresses = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(keep).build();
    }

    /** Tests move time forward instead of sleeping. */
    void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Failures of one key: how many since the last lock, and until when the key is locked. */
    private record Failures(int count, Instant lockedUntil) {
    }

    /** How long the caller must wait before trying to log in again, if at all. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Instant until = later(lockedUntil(accounts, accountKey(username)), lockedUntil(addresses, address));
        return until != null && until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Refuses the attempt with {@link LoginThrottledException} while the account or the address is locked. */
    void check(String username, String address) {
        retryAfter(username, address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
    }

    void failed(String username, String address) {
        count(accounts, accountKey(username), maxPerAccount, "account " + username);
        count(addresses, address, maxPerAddress, "address " + address);
    }

    void succeeded(String username) {
        String key = accountKey(username);
        if (key != null) accounts.invalidate(key);
    }

    private void count(Cache<String, Failures> cache, String key, int max, String what) {
        if (key == null) return;
        Instant now = clock.instant();
        Failures f = cache.asMap().compute(key, (k, old) -> {
            boolean fresh = old == null || (old.lockedUntil() != null && !old.lockedUntil().isAfter(now));
            int n = (fresh ? 0 : old.count()) + 1;
            return n >= max ? new Failures(0, now.plus(lockout)) : new Failures(n, fresh ? null : old.lockedUntil());
        });
        if (f.lockedUntil() != null && f.count() == 0) {
            log.warn("Too many failed logins for {}: locked for {} s.", what, lockout.toSeconds());
        }
    }

    private static Instant lockedUntil(Cache<String, Failures> cache, String key) {
        if (key == null) return null;
        Failures f = cache.getIfPresent(key);
        return f == null ? null : f.lockedUntil();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }
}
