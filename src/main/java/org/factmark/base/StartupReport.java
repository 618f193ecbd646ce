package org.factmark.base;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.core.metrics.StartupStep;

/**
 * Where start-up time goes, for whoever profiles it (docs/performance.md): with {@code -Dfactmark.startup.report}
 * (optionally {@code =N} lines, default 30) Spring's {@link BufferingApplicationStartup} records its start-up steps
 * (bean instantiation, configuration parsing, repository scanning, context refresh ...) and, when the application
 * is ready, this prints the steps with the most <em>self</em> time (a step's time minus its child steps', so a bean
 * that waits for its dependencies is not charged for them), the self time summed per step name, and the JVM's time
 * before {@code main}. Off by default: then nothing is recorded.
 */
public final class StartupReport {
    static final String PROPERTY = "factmark.startup.report";

    private StartupReport() {
    }

    /** Records and reports the start-up steps of {@code app} if {@code -Dfactmark.startup.report} is set. */
    public static void installIfAsked(SpringApplication app) {
        String asked = System.getProperty(PROPERTY);
        if (asked == null) return;
        int lines = asked.isBlank() || asked.equals("true") ? 30 : Integer.parseInt(asked);
        long mainAt = System.currentTimeMillis();
        BufferingApplicationStartup startup = new BufferingApplicationStartup(100_000);
        app.setApplicationStartup(startup);
        app.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent) {
                System.out.println(report(startup.getBufferedTimeline(), lines, mainAt));
            }
        });
    }

    record Step(long id, Long parent, String name, String label, long nanos) {
    }

    static String report(StartupTimeline timeline, int lines, long mainAt) {
        List<Step> steps = new ArrayList<>();
        for (StartupTimeline.TimelineEvent e : timeline.getEvents()) {
            StartupStep s = e.getStartupStep();
            StringBuilder label = new StringBuilder();
            for (StartupStep.Tag t : s.getTags()) {
                if (t.getKey().equals("beanName") || t.getKey().equals("beanType") || t.getKey().equals("postProcessor")
                        || t.getKey().equals("classCount") || t.getKey().equals("count")) {
                    label.append(label.isEmpty() ? "" : " ").append(t.getKey()).append('=').append(shorten(t.getValue()));
                }
            }
            steps.add(new Step(s.getId(), s.getParentId(), s.getName(), label.toString(), e.getDuration().toNanos()));
        }
        Map<Long, Long> childNanos = new HashMap<>();
        for (Step s : steps) if (s.parent() != null) childNanos.merge(s.parent(), s.nanos(), Long::sum);
        List<Step> bySelf = new ArrayList<>();
        Map<String, long[]> perName = new TreeMap<>();
        for (Step s : steps) {
            long self = Math.max(0, s.nanos() - childNanos.getOrDefault(s.id(), 0L));
            bySelf.add(new Step(s.id(), s.parent(), s.name(), s.label(), self));
            long[] sum = perName.computeIfAbsent(s.name(), k -> new long[2]);
            sum[0] += self;
            sum[1]++;
        }
        bySelf.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder out = new StringBuilder("\nStart-up report (").append(PROPERTY).append(")\n");
        out.append(String.format(Locale.ROOT, "JVM start to main: %d ms; main to ready: %d ms; JVM uptime: %d ms%n",
                mainAt - jvmStart, System.currentTimeMillis() - mainAt, ManagementFactory.getRuntimeMXBean().getUptime()));
        out.append("Self time per step name (ms, count):\n");
        perName.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %7.0f  %5d  %s%n", e.getValue()[0] / 1e6,
                        e.getValue()[1], e.getKey())));
        out.append("Steps with the most self time (ms):\n");
        for (Step s : bySelf.subList(0, Math.min(lines, bySelf.size()))) {
            out.append(String.format(Locale.ROOT, "  %7.0f  %s %s%n", s.nanos() / 1e6, s.name(), s.label()));
        }
        return out.toString();
    }

    private static String shorten(String s) {
        return s.length() <= 100 ? s : s.substring(0, 97) + "...";
    }
}
