package org.factmark.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Cross-site requests cannot change data: every state-changing /api/ request (POST, PUT, PATCH, DELETE) must
 * declare {@code Content-Type: application/json} (or another JSON type) — also when it has no body — or it is
 * refused with 415 before anything runs. A cross-site HTML form can only send {@code
 * application/x-www-form-urlencoded}, {@code multipart/form-data} or {@code text/plain}, and a cross-site
 * {@code fetch} with any other type needs a CORS preflight, which this app never grants; so a browser that holds
 * Basic credentials cannot be made to change data by another site. The JSONL import also takes
 * {@code application/x-ndjson}, {@code application/jsonl} and {@code application/octet-stream}, for the same
 * reason. See docs/security.md.
 */
class ApiContentTypeFilter extends OncePerRequestFilter {
    private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> IMPORT_TYPES = Set.of("application/x-ndjson", "application/jsonl", "application/octet-stream");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !CHANGING.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String declared = request.getContentType();
        if (accepted(declared, path(request))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(415);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"unsupported_media_type\",\"field\":\"Content-Type\",\"message\":\""
                + "Send Content-Type: application/json with every POST, PUT, PATCH and DELETE to /api/ (also without a body), "
                + "for example curl -H 'Content-Type: application/json'. Got: "
                + (declared == null ? "none" : "a different type") + ".\"}");
    }

    static boolean accepted(String declared, String path) {
        if (declared == null || declared.isBlank()) return false;
        MediaType type;
        try {
            type = MediaType.parseMediaType(declared);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType() && !type.isWildcardSubtype()) return true;
        if ("application".equals(type.getType()) && type.getSubtype().endsWith("+json")) return true;
        return path.equals("/api/import") && IMPORT_TYPES.contains(type.getType() + "/" + type.getSubtype());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
