package org.factmark.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The current state of an account as the database holds it: one indexed query per call, no cache, so every app
 * node sees a change (disable, role removal) at once. Used per request by {@link CurrentAccountFilter} and by
 * the Bearer token filter.
 */
@Component
class AccountStates {
    private static final RolesConverter ROLES = new RolesConverter();

    private final JdbcTemplate jdbc;

    AccountStates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record AccountState(long id, String username, boolean enabled, Set<Role> roles) {
        List<GrantedAuthority> authorities() {
            return roles.stream().sorted().<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        }
    }

    Optional<AccountState> find(String username) {
        List<AccountState> rows = jdbc.query("select id, username, enabled, roles from users where username = ?",
                (rs, i) -> new AccountState(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        ROLES.convertToEntityAttribute(rs.getString(4))), username);
        return rows.stream().findFirst();
    }
}
