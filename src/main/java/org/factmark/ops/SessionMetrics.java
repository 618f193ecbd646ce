package org.factmark.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * HTTP sessions of this node (each holds a user's Vaadin UIs): gauge factmark.sessions.active and counter
 * factmark.sessions.created. Spring Boot registers listener beans with the servlet container.
 */
@Component
class SessionMetrics implements HttpSessionListener {
    private final AtomicInteger active = new AtomicInteger();
    private final Counter created;

    SessionMetrics(MeterRegistry meters) {
        Gauge.builder("factmark.sessions.active", active, AtomicInteger::get).description("open HTTP sessions on this node")
                .register(meters);
        created = Counter.builder("factmark.sessions.created").description("HTTP sessions created on this node").register(meters);
    }

    @Override
    public void sessionCreated(HttpSessionEvent se) {
        active.incrementAndGet();
        created.increment();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent se) {
        active.updateAndGet(n -> Math.max(0, n - 1));
    }

    int active() {
        return active.get();
    }
}
