package org.factmark.base.ui;

import com.vaadin.flow.router.internal.PathUtil;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP status of a page typed into the address bar. Vaadin answers every page address with its start page
 * (200) and resolves the route afterwards in the browser's first round trip, so the in-app {@link NotFoundView} and
 * {@link AccessDeniedView} cannot set the page's own status. This filter answers the same question the router will
 * (is there a view at this address, and may this user open it?) for page requests of logged-in users, and keeps
 * 404 / 403 on the answer; the page shown is still the in-app one.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class PageStatusFilter extends OncePerRequestFilter {
    private final AccessAnnotationChecker access = new AccessAnnotationChecker();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String accept = request.getHeader("Accept");
        return !"GET".equals(request.getMethod()) || request.getParameter("v-r") != null
                || accept == null || !accept.contains("text/html")
                || path.startsWith("/api/") || path.startsWith("/VAADIN/") || path.startsWith("/app/")
                || path.startsWith("/login") || path.startsWith("/error") || path.contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            chain.doFilter(request, response);
            return;
        }
        int status = status(request);
        if (status == HttpServletResponse.SC_OK) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(status);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setStatus(int sc) {
                if (sc != HttpServletResponse.SC_OK) super.setStatus(sc);
            }
        });
    }

    private int status(HttpServletRequest request) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext()));
        String path = PathUtil.trimPath(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        Optional<Class<? extends com.vaadin.flow.component.Component>> target = registry.getNavigationRouteTarget(path)
                .hasTarget() ? Optional.of(registry.getNavigationRouteTarget(path).getRouteTarget().getTarget())
                : Optional.empty();
        if (target.isEmpty()) return HttpServletResponse.SC_NOT_FOUND;
        return access.hasAccess(target.get(), request) ? HttpServletResponse.SC_OK : HttpServletResponse.SC_FORBIDDEN;
    }
}
