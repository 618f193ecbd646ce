package org.factmark.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.charset.StandardCharsets;
import org.factmark.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

    /** REST: stateless HTTP Basic with the same accounts; no credentials gives 401 with a JSON body. */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Factmark\"");
            writeJson(response, "{\"error\":\"unauthorized\",\"message\":\"Log in with HTTP Basic (username and password of a Factmark account).\"}");
        };
        AccessDeniedHandler denied = (request, response, e) -> {
            response.setStatus(403);
            writeJson(response, "{\"error\":\"forbidden\",\"message\":\"Your roles do not allow this.\"}");
        };
        return http.securityMatcher("/api/**")
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
    SecurityFilterChain vaadinChain(HttpSecurity http) throws Exception {
        // our static files (the login page loads factmark.css) and /error must be public
        http.authorizeHttpRequests(a -> a.requestMatchers("/app/**", "/error").permitAll());
        // Any other address goes to the router for a logged-in user (Vaadin's default denies it, which showed a bare
        // 403 page for mistyped addresses and a typed /logout): the router shows the in-app 404 / no-access pages.
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)
                .anyRequest(any -> any.authenticated())).build();
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
