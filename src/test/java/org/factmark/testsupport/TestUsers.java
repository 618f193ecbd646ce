package org.factmark.testsupport;

import java.util.Arrays;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The demo users' roles (plus a few extra test accounts), and running code as one of them in Spring's SecurityContext. */
public final class TestUsers {
    private TestUsers() {
    }

    public static String[] roles(String user) {
        return switch (user) {
            case "alice", "dave" -> new String[] {"ANNOTATOR"};
            case "bob", "xena", "yuri" -> new String[] {"ANNOTATOR", "REVIEWER"};
            case "carol" -> new String[] {"REVIEWER"};
            case "admin" -> new String[] {"ADMIN"};
            default -> throw new IllegalArgumentException("not a test user: " + user);
        };
    }

    /** Runs {@code work} as {@code user} with their roles, then restores whoever was logged in before. */
    public static <T> T as(String user, Callable<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, "n/a",
                Arrays.stream(roles(user)).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(ctx);
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(String user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }
}
