package org.factmark.article;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an oversized POST/PUT to /api/** before it is read into memory: 413 with a JSON body when the declared
 * Content-Length is over the limit; a body without a length (chunked) is cut off at the limit, and the JSON reader
 * then fails with {@link TooLarge}, which {@link ArticleController} answers with 413 as well. The limit follows
 * the article size limit: 4 bytes per character (UTF-8 worst case) plus 64 KB for the other fields.
 */
@Component
class RequestSizeLimitFilter extends OncePerRequestFilter {
    private final long maxBytes;
    private final int maxBodyChars;

    RequestSizeLimitFilter(@Value("${factmark.article.max-body-chars:2000000}") int maxBodyChars) {
        this.maxBodyChars = maxBodyChars;
        this.maxBytes = maxBodyChars * 4L + 64 * 1024;
    }

    long maxBytes() {
        return maxBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        return !path.startsWith("/api/") || !(method.equals("POST") || method.equals("PUT") || method.equals("PATCH"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            response.setStatus(413);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"error\":\"payload_too_large\",\"field\":\"body\",\"message\":\""
                    + message() + "\"}");
            return;
        }
        chain.doFilter(new Limited(request, maxBytes, message()), response);
    }

    String message() {
        return "The request is larger than " + maxBytes + " bytes; an article body may have at most "
                + maxBodyChars + " characters.";
    }

    /** Thrown by the input stream when a body without Content-Length grows past the limit. */
    static class TooLarge extends org.factmark.base.web.PayloadTooLargeException {
        TooLarge(String message) {
            super(message);
        }
    }

    private static class Limited extends HttpServletRequestWrapper {
        private final long max;
        private final String message;

        Limited(HttpServletRequest request, long max, String message) {
            super(request);
            this.max = max;
            this.message = message;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                long count;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) check(1);
                    return b;
                }

                @Override
                public int read(byte[] buf, int off, int len) throws IOException {
                    int n = in.read(buf, off, len);
                    if (n > 0) check(n);
                    return n;
                }

                private void check(int n) throws TooLarge {
                    count += n;
                    if (count > max) throw new TooLarge(message);
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
