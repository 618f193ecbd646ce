package org.factmark.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.charset.StandardCharsets;
import org.factmark.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

    /** REST: stateless HTTP Basic with the same accounts; no credentials gives 401 with a JSON body. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager logins, ApiTokenService tokens) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (e instanceof LoginThrottledException t) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
                writeJson(response, "{\"error\":\"too_many_requests\",\"message\":\"" + t.getMessage() + "\"}");
                return;
            }
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Factmark\"");
            writeJson(response, "{\"error\":\"unauthorized\",\"message\":\"Log in with HTTP Basic (username and password "
                    + "of a Factmark account) or send a personal API token as Authorization: Bearer.\"}");
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            response.setStatus(403);
            writeJson(response, "{\"error\":\"forbidden\",\"message\":\"Your roles do not allow this.\"}");
        };
        return http.securityMatcher("/api/**")
                .authenticationManager(logins)
                // stateless: Basic and Bearer read the account's current state on every request
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
                // after the login and role checks: refuse what a cross-site form could send (415)
                .addFilterAfter(new ApiContentTypeFilter(), AuthorizationFilter.class)
                .headers(h -> securityHeaders(h, API_CSP))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(x -> x.authenticationEntryPoint(unauthorized).accessDeniedHandler(denied))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Everything else: Vaadin views behind form login (LoginView). */
    @Bean
    @Order(2)
    SecurityFilterChain vaadinChain(HttpSecurity http, AuthenticationManager logins, AccountStates states) throws Exception {
        // our static files (the login page loads factmark.css) and /error must be public
        http.authorizeHttpRequests(a -> a.requestMatchers("/app/**", "/error").permitAll());
        http.authenticationManager(logins)
                .addFilterBefore(new CurrentAccountFilter(states), AnonymousAuthenticationFilter.class)
                .headers(h -> securityHeaders(h, UI_CSP));
        // Any other address goes to the router for a logged-in user (Vaadin's default denies it, which showed a bare
        // 403 page for mistyped addresses and a typed /logout): the router shows the in-app 404 / no-access pages.
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
    }

    /**
     * The UI's Content-Security-Policy: as strict as Vaadin Flow allows (docs/decisions/057). Flow's bootstrap
     * page has inline scripts and runs {@code executeJs} through {@code new Function}, and its components set
     * inline styles: hence 'unsafe-inline' and 'unsafe-eval'. Everything is loaded from this origin only; no
     * plugins, no framing, forms post only here.
     */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    /** JSON answers load nothing. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** Security headers on every answer: nosniff, no framing, same-origin referrers, the CSP. */
    private static void securityHeaders(HeadersConfigurer<HttpSecurity> h, String csp) {
        // eagerly: Vaadin's pages are answered through a servlet forward that commits the response after the
        // security filters returned, so headers written on commit would be missing from every page
        h.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        // "no-cache, no-store" and "Pragma: no-cache" on every answer, except the static files that Vaadin serves with
        // their own max-age: written eagerly, the Pragma stayed beside their Cache-Control, and Chromium revalidated
        // every bundle file on every visit (decision 088)
        h.cacheControl(c -> c.disable()).addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/VAADIN/build/**"),
                        PathPatternRequestMatcher.withDefaults().matcher("/app/**"))),
                new CacheControlHeadersWriter()));
        h.contentTypeOptions(Customizer.withDefaults())
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentSecurityPolicy(c -> c.policyDirectives(csp));
    }

    /** Username and password logins (form and HTTP Basic), throttled per account and client address. */
    @Bean
    AuthenticationManager authenticationManager(UserService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    private static void writeJson(jakarta.servlet.http.HttpServletResponse response, String json) throws java.io.IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }
}
