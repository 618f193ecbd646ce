package org.factmark.security;

import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Start-up code and the command line have no logged-in user, but services check roles. They run their work as
 * the pseudo-user "system" (all roles) through this class, so every check stays in place and the audit trail
 * says who acted.
 */
public final class SystemAuthentication {
    public static final String NAME = "system";

    private SystemAuthentication() {
    }

    public static <T> T call(Callable<T> work) throws Exception {
        return callAs(NAME, java.util.EnumSet.allOf(Role.class), work);
    }

    /** Runs {@code work} as the given account with the given roles (demo data acts as the demo users). */
    public static <T> T callAs(String username, java.util.Set<Role> roles, Callable<T> work) throws Exception {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList()));
        SecurityContextHolder.setContext(ctx);
        try {
            return work.call();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(ThrowingRunnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
