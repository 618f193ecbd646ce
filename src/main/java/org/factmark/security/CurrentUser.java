package org.factmark.security;

import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in this thread, from Spring Security's context. */
public final class CurrentUser {
    private CurrentUser() {
    }

    public static Optional<String> username() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) return Optional.empty();
        return Optional.of(a.getName());
    }

    /** The acting username; throws when nobody is logged in. */
    public static String require() {
        return username().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Log in first."));
    }

    public static boolean hasRole(Role role) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals("ROLE_" + role.name()));
    }
}
