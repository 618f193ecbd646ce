package org.factmark.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request of a logged-in user re-reads the account from the database (enabled, roles). A disabled or
 * deleted account is logged out at once (context cleared, HTTP session invalidated); changed roles replace the
 * roles held by the session, so views and the services' role checks see the current roles. Runs in both filter
 * chains, after authentication and before authorization. See docs/security.md.
 */
class CurrentAccountFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(CurrentAccountFilter.class);
    private static final String ROLE_PREFIX = "ROLE_";

    private final AccountStates states;

    CurrentAccountFilter(AccountStates states) {
        this.states = states;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken)) {
            revalidate(a, request);
        }
        chain.doFilter(request, response);
    }

    /** Brings the request's authentication in line with the account's current state. */
    void revalidate(Authentication a, HttpServletRequest request) {
        Optional<AccountStates.AccountState> state = states.find(a.getName());
        if (state.isEmpty() || !state.get().enabled()) {
            log.info("Account '{}' is disabled or gone: its session is logged out.", a.getName());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // another request of the same session invalidated it first
                }
            }
            return;
        }
        Set<String> held = roleNames(a.getAuthorities());
        List<GrantedAuthority> current = state.get().authorities();
        if (held.equals(roleNames(current))) return;
        List<GrantedAuthority> authorities = new ArrayList<>(current);
        a.getAuthorities().stream().filter(g -> !g.getAuthority().startsWith(ROLE_PREFIX)).forEach(authorities::add);
        UsernamePasswordAuthenticationToken fresh =
                UsernamePasswordAuthenticationToken.authenticated(a.getPrincipal(), null, authorities);
        fresh.setDetails(a.getDetails());
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(fresh);
        SecurityContextHolder.setContext(ctx);
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null) {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, ctx);
        }
        log.info("Roles of '{}' changed to {}: the session now holds them.", a.getName(), state.get().roles());
    }

    private static Set<String> roleNames(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(s -> s.startsWith(ROLE_PREFIX))
                .collect(Collectors.toSet());
    }
}
