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
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

    /** REST: stateless HTTP Basic with the same accounts; no credentials gives 401 with a JSON body. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager logins) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            if (e instanceof LoginThrottledException t) {
                response.setStatus(429);
                response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
                writeJson(response, "{\"error\":\"too_many_requests\",\"message\":\"" + t.getMessage() + "\"}");
                return;
            }
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Factmark\"");
            writeJson(response, "{\"error\":\"unauthorized\",\"message\":\"Log in with HTTP Basic (username and password of a Factmark account).\"}");
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            response.setStatus(403);
            writeJson(response, "{\"error\":\"forbidden\",\"message\":\"Your roles do not allow this.\"}");
        };
        return http.securityMatcher("/api/**")
                .authenticationManager(logins)
                // stateless: HTTP Basic reads the account's current state on every request
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
                .addFilterBefore(new CurrentAccountFilter(states), AnonymousAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)).build();
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
