package org.factmark.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /api/**: {@code Authorization: Bearer <token>} logs the request in as the token's account (see
 * {@link ApiTokenService#authenticate}). A bad, revoked or expired token, or a disabled account, gets 401.
 * Requests without a Bearer header pass on to HTTP Basic.
 */
class BearerTokenFilter extends OncePerRequestFilter {
    private final ApiTokenService tokens;
    private final AuthenticationEntryPoint unauthorized;

    BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint unauthorized) {
        this.tokens = tokens;
        this.unauthorized = unauthorized;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> login = tokens.authenticate(header.substring(7).strip());
        if (login.isEmpty()) {
            SecurityContextHolder.clearContext();
            unauthorized.commence(request, response, new BadCredentialsException("invalid_token"));
            return;
        }
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(login.get());
        SecurityContextHolder.setContext(ctx);
        chain.doFilter(request, response);
    }
}
