package org.factmark.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.factmark.base.InvalidInputException;
import org.factmark.base.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user creates, lists and revokes their own; {@link BearerTokenFilter} accepts them as
 * {@code Authorization: Bearer ...} on /api/**. A token is 32 random bytes (base64url, prefixed {@code fmk_});
 * only its SHA-256 is stored — a high-entropy random secret needs no slow hash, so checking a token costs one
 * indexed query instead of a BCrypt round (docs/security.md).
 */
@Service
public class ApiTokenService {
    static final String PREFIX = "fmk_";
    /** Active tokens one account may hold. */
    public static final int MAX_ACTIVE = 50;
    private static final long LAST_USED_RESOLUTION_SECONDS = 60;

    private final ApiTokenRepository tokens;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, UserService users, JdbcTemplate jdbc) {
        this.tokens = tokens;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** What a list shows; the token itself is never shown again. */
    public record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt, boolean revoked) {
        public boolean active(Instant now) {
            return !revoked && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** A new token, the only time its secret is shown. */
    public record CreatedToken(long id, String name, String token, Instant createdAt, Instant expiresAt) {
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CreatedToken create(String name, Instant expiresAt) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw new InvalidInputException("name", "Give the token a name (what it is for).");
        if (n.length() > ApiToken.MAX_NAME) {
            throw new InvalidInputException("name", "A token name has at most " + ApiToken.MAX_NAME + " characters.");
        }
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            throw new InvalidInputException("expiresAt", "The expiry must be in the future.");
        }
        AppUser me = users.require(CurrentUser.require());
        if (tokens.countByUserAndRevokedFalse(me) >= MAX_ACTIVE) {
            throw new InvalidInputException("name", "You have " + MAX_ACTIVE + " tokens; revoke one first.");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken t = tokens.save(new ApiToken(me, n, hash(token), expiresAt));
        return new CreatedToken(t.getId(), t.getName(), token, t.getCreatedAt(), t.getExpiresAt());
    }

    /** The caller's own tokens, newest first, revoked ones included. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<TokenInfo> mine() {
        AppUser me = users.require(CurrentUser.require());
        return tokens.findByUserOrderByCreatedAtDescIdDesc(me).stream().map(ApiTokenService::info).toList();
    }

    /** Revokes one of the caller's own tokens (404 for anyone else's: their existence is not revealed). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public TokenInfo revoke(long id) {
        String me = CurrentUser.require();
        ApiToken t = tokens.findById(id).filter(x -> x.getUser().getUsername().equals(me))
                .orElseThrow(() -> new NotFoundException("Token", id));
        t.revoke();
        return info(t);
    }

    /**
     * The login a Bearer token stands for, if the token exists, is neither revoked nor expired, and its account is
     * enabled; with the account's current roles. Marks the token used (at most one write a minute per token).
     */
    public Optional<Authentication> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) return Optional.empty();
        record Row(long id, Timestamp expiresAt, boolean revoked, Timestamp lastUsed, String username, boolean enabled, String roles) {
        }
        List<Row> rows = jdbc.query("select t.id, t.expires_at, t.revoked, t.last_used_at, u.username, u.enabled, u.roles "
                        + "from api_tokens t join users u on u.id = t.user_id where t.token_hash = ?",
                (rs, i) -> new Row(rs.getLong(1), rs.getTimestamp(2), rs.getBoolean(3), rs.getTimestamp(4),
                        rs.getString(5), rs.getBoolean(6), rs.getString(7)), hash(token));
        if (rows.isEmpty()) return Optional.empty();
        Row r = rows.get(0);
        Instant now = Instant.now();
        if (r.revoked() || !r.enabled() || (r.expiresAt() != null && !r.expiresAt().toInstant().isAfter(now))) {
            return Optional.empty();
        }
        if (r.lastUsed() == null || r.lastUsed().toInstant().isBefore(now.minusSeconds(LAST_USED_RESOLUTION_SECONDS))) {
            jdbc.update("update api_tokens set last_used_at = ? where id = ?", Timestamp.from(now), r.id());
        }
        var state = new AccountStates.AccountState(0, r.username(), true, new RolesConverter().convertToEntityAttribute(r.roles()));
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(r.username(), null, state.authorities()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static TokenInfo info(ApiToken t) {
        return new TokenInfo(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getExpiresAt(), t.isRevoked());
    }
}
