package org.factmark.claim.ui;

import static org.factmark.claim.ui.AnnotatorTestSupport.as;
import static org.factmark.claim.ui.AnnotatorTestSupport.asRun;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.testsupport.BrowserTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annotator in headless Chromium against the server in this JVM, a small seed article (the reference) and a
 * 10,000-word article with about 530 claims, side by side in the same run (docs/performance.md):
 * <ul>
 * <li>server memory per browser session: live heap after a full GC, before and after opening the article in N
 * fresh sessions (each logs in with new cookies and stays open, as users do), divided by N;</li>
 * <li>the largest response of the page load on the wire (compressed) and decoded;</li>
 * <li>open: page navigation start to the frame after the text and highlights are in the page (in-page clock);</li>
 * <li>mark: the M key event to the frame after the pending highlight is drawn, and to the server's answer.</li>
 * </ul>
 * {@code ./mvnw -Pbench verify -Dtest=AnnotatorBrowserBenchmark} ({@code -Dbench.sessions=15}, {@code -Dbench.marks=7}).
 */
@Tag("bench")
// as the jar runs: production mode (the test classpath has vaadin-dev, whose component tracker alone keeps ~1 MB of
// creation stack traces per session, and whose dev tools load with every page)
@org.springframework.test.context.TestPropertySource(properties = "vaadin.productionMode=true")
class AnnotatorBrowserBenchmark extends BrowserTest {
    /** The HTTP sessions the server holds, so the benchmark can end exactly those it opened. */
    @org.springframework.boot.test.context.TestConfiguration
    static class Sessions implements jakarta.servlet.http.HttpSessionListener {
        final Map<String, jakarta.servlet.http.HttpSession> live = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void sessionCreated(jakarta.servlet.http.HttpSessionEvent e) {
            live.put(e.getSession().getId(), e.getSession());
        }

        @Override
        public void sessionDestroyed(jakarta.servlet.http.HttpSessionEvent e) {
            live.values().remove(e.getSession());
        }
    }

    @Autowired
    Sessions sessionsOnServer;

    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    long largeArticle(int claimCount) {
        Random r = new Random(11);
        String text = AnnotatorBenchmark.article(10_000, r);
        Article a = as("alice", () -> articles.create(new ArticleDraft("Browser benchmark " + System.nanoTime(), null, null,
                null, "en", text)));
        int len = a.getBodyLength();
        asRun("alice", () -> {
            for (int i = 0; i < claimCount; i++) {
                int start = r.nextInt(len - 300);
                try {
                    claims.mark(a.getId(), start, start + 20 + r.nextInt(160), true, ClaimType.values()[r.nextInt(6)], null);
                } catch (RuntimeException whiteSpaceOnly) {
                    i--;
                }
            }
        });
        return a.getId();
    }

    static long liveHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Live objects per class (instances, bytes) from the JVM's own class histogram (it runs a full GC first). */
    static Map<String, long[]> histogram() throws Exception {
        var server = ManagementFactory.getPlatformMBeanServer();
        String text = (String) server.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> out = new java.util.HashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 4 || !f[0].endsWith(":")) continue;
            out.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
        }
        return out;
    }

    /** What N sessions added, per session: the classes that grew most (bytes) and the counts of UIs and state nodes. */
    static String growth(Map<String, long[]> before, Map<String, long[]> after, int sessions, int top) {
        StringBuilder b = new StringBuilder();
        java.util.function.ToLongFunction<String> bytes = c -> after.getOrDefault(c, new long[2])[1] - before.getOrDefault(c, new long[2])[1];
        java.util.function.ToLongFunction<String> count = c -> after.getOrDefault(c, new long[2])[0] - before.getOrDefault(c, new long[2])[0];
        b.append(String.format(Locale.ROOT, "  per session: %.2f UIs, %.1f state nodes, %.2f HTTP sessions, %.2f Vaadin sessions; top growth (KB per session):",
                count.applyAsLong("com.vaadin.flow.component.UI") / (double) sessions,
                count.applyAsLong("com.vaadin.flow.internal.StateNode") / (double) sessions,
                count.applyAsLong("org.apache.catalina.session.StandardSession") / (double) sessions,
                count.applyAsLong("com.vaadin.flow.server.VaadinSession") / (double) sessions));
        after.keySet().stream().filter(c -> c.startsWith("org.factmark") && !c.contains("$$Lambda") && count.applyAsLong(c) != 0).sorted()
                .forEach(c -> b.append(String.format(Locale.ROOT, " %s %.2f;", c.substring(c.lastIndexOf('.') + 1), count.applyAsLong(c) / (double) sessions)));
        after.keySet().stream().sorted(Comparator.comparingLong(bytes).reversed()).limit(top)
                .forEach(c -> b.append(String.format(Locale.ROOT, "%n    %8.1f KB %8.1f objects  %s", bytes.applyAsLong(c) / 1024.0 / sessions,
                        count.applyAsLong(c) / (double) sessions, c)));
        return b.toString();
    }

    void open(long articleId) {
        driver.get(baseUrl() + "/articles/" + articleId);
        await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-body[data-annotator='attached']")));
        await().until(d -> driver.executeScript("return window.FactmarkAnnotator.timings.opened != null"));
    }

    record Figures(String what, double kbPerSession, double growthKbPerSession, double wireKb, double decodedKb, double openMs, double markMs,
                   double answerMs) {
    }

    @SuppressWarnings("unchecked")
    Figures measure(String what, long articleId, int sessions, int marks) throws Exception {
        long before = liveHeap();
        java.util.Set<jakarta.servlet.http.HttpSession> beforeSessions = java.util.Set.copyOf(sessionsOnServer.live.values());
        for (int i = 0; i < sessions; i++) {
            logout();
            login("alice", "demo");
            open(articleId);
        }
        long after = liveHeap();
        Map<String, long[]> histogramAfter = histogram();
        // largest response of the last page load carrying the article: on the wire (compressed, with headers) and decoded
        Map<String, Number> size = (Map<String, Number>) driver.executeScript("""
                // the page itself and Vaadin's UIDL answers (v-r=...), not the cached static bundle
                const all = [...performance.getEntriesByType('navigation'),
                             ...performance.getEntriesByType('resource').filter(e => e.name.includes('v-r='))];
                let best = {transferSize: 0, decodedBodySize: 0, name: ''};
                for (const e of all) if (e.decodedBodySize > best.decodedBodySize) best = e;
                return {wire: best.transferSize, decoded: best.decodedBodySize};""");
        // what those sessions hold: the heap their end releases (JVM-wide caches that filled meanwhile stay)
        List<jakarta.servlet.http.HttpSession> opened = sessionsOnServer.live.values().stream().filter(x -> !beforeSessions.contains(x)).toList();
        for (jakarta.servlet.http.HttpSession x : opened) {
            try {
                x.invalidate();
            } catch (IllegalStateException alreadyGone) {
                // ended meanwhile
            }
        }
        long ended = liveHeap();
        System.out.println(what + ": " + opened.size() + " sessions opened; what their end released:\n"
                + growth(histogram(), histogramAfter, sessions, Integer.getInteger("bench.top", 25)));
        logout();
        login("alice", "demo");
        double[] open = new double[marks];
        double[] mark = new double[marks];
        double[] answer = new double[marks];
        Map<String, List<Double>> phases = new java.util.LinkedHashMap<>();
        for (int i = 0; i < marks; i++) {
            // a visit, not a reload of the same address (a reload revalidates every cached file)
            driver.get("about:blank");
            open(articleId);
            if (i == 0) System.out.println(what + ": the last resources of the page load: " + driver.executeScript("""
                    return performance.getEntriesByType('resource').sort((a, b) => b.responseEnd - a.responseEnd).slice(0, 6)
                        .map(e => e.name.replace(location.origin, '').substring(0, 60) + ' ' + Math.round(e.startTime) + '-'
                            + Math.round(e.responseEnd) + ' ms ' + e.transferSize + ' B').join('; ');"""));
            if (i == 0) System.out.println(what + ": Cache-Control of the bundle and of annotator.js: " + driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const bundle = performance.getEntriesByType('resource').find(e => e.name.includes('/VAADIN/build/'));
                    Promise.all([bundle ? bundle.name : location.href, 'app/annotator.js'].map(u => fetch(u, {cache: 'no-store'})
                        .then(r => u.replace(location.origin, '') + ': ' + r.headers.get('cache-control') + ', ' + r.headers.get('content-encoding'))))
                        .then(a => done(a.join(' | ')), e => done(String(e)));"""));
            open[i] = ((Number) driver.executeScript("return window.FactmarkAnnotator.timings.opened")).doubleValue();
            ((Map<String, Number>) driver.executeScript(BREAKDOWN)).forEach((k, v) ->
                    phases.computeIfAbsent(k, x -> new ArrayList<>()).add(v == null ? Double.NaN : v.doubleValue()));
            // select 20 characters of a paragraph with no claim there yet (the first text node long enough), press M
            driver.executeScript("""
                    const ps = [...document.querySelectorAll('#article-body > p')];
                    const p = ps[(arguments[0] * 7) % ps.length];
                    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
                    let n; while ((n = walker.nextNode()) && n.data.length < 40) {}
                    n = n || p.firstChild;
                    const r = document.createRange();
                    r.setStart(n, 5); r.setEnd(n, 25);
                    const sel = getSelection(); sel.removeAllRanges(); sel.addRange(r);""", i);
            new Actions(driver).sendKeys("m").perform();
            await().until(d -> driver.executeScript("const t = window.FactmarkAnnotator.timings; return t.drawn != null && t.answered != null"));
            Map<String, Number> t = (Map<String, Number>) driver.executeScript("return window.FactmarkAnnotator.timings");
            mark[i] = t.get("drawn").doubleValue() - t.get("pressed").doubleValue();
            answer[i] = t.get("answered").doubleValue() - t.get("pressed").doubleValue();
        }
        StringBuilder b = new StringBuilder("  open, where the time goes (median ms since navigation start; KB on the wire / decoded):");
        phases.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.1f;", k,
                median(v.stream().mapToDouble(Double::doubleValue).toArray()))));
        System.out.println(what + ":\n" + b);
        return new Figures(what, (after - ended) / 1024.0 / sessions, (after - before) / 1024.0 / sessions, size.get("wire").doubleValue() / 1024,
                size.get("decoded").doubleValue() / 1024, median(open), median(mark), median(answer));
    }

    /**
     * The page load of the article, phase by phase, from the browser's Navigation and Resource Timing and the
     * annotator's own marks: the HTML response, Vaadin's bundle (and whether it came from the cache: 0 KB on the
     * wire), its first UIDL round trip, styles, fonts, annotator.js, the claims arriving and the text on screen.
     */
    static final String BREAKDOWN = """
            const nav = performance.getEntriesByType('navigation')[0];
            const res = performance.getEntriesByType('resource');
            const of = (test) => res.filter(e => test(e.name));
            const end = (list) => list.length ? Math.max(...list.map(e => e.responseEnd)) : null;
            const start = (list) => list.length ? Math.min(...list.map(e => e.startTime)) : null;
            const kb = (list, key) => list.reduce((n, e) => n + e[key], 0) / 1024;
            const bundle = of(n => n.includes('/VAADIN/build/') && n.split('?')[0].endsWith('.js'));
            const uidl = of(n => n.includes('v-r='));
            const css = of(n => n.split('?')[0].endsWith('.css'));
            const fonts = of(n => ['.woff2', '.woff', '.ttf', '.otf'].some(x => n.split('?')[0].endsWith(x)));
            const annotator = of(n => n.includes('/app/annotator.js'));
            const t = window.FactmarkAnnotator.timings;
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            return {
              'html: first byte': nav.responseStart, 'html: last byte': nav.responseEnd, 'html KB wire': nav.transferSize / 1024,
              'DOMContentLoaded': nav.domContentLoadedEventEnd,
              'bundle: files': bundle.length, 'bundle: from cache': bundle.filter(e => e.transferSize === 0).length, 'bundle: loaded': end(bundle), 'bundle KB wire': kb(bundle, 'transferSize'),
              'bundle KB decoded': kb(bundle, 'decodedBodySize'),
              'css: files': css.length, 'css: requested': start(css), 'css: loaded': end(css), 'fonts: files': fonts.length, 'fonts: loaded': end(fonts),
              'UIDL requests': uidl.length, 'first UIDL: sent': start(uidl), 'first UIDL: answered': uidl.length ? uidl[0].responseEnd : null,
              'UIDL KB wire': kb(uidl, 'transferSize'),
              'annotator.js: requested': start(annotator), 'annotator.js: loaded': end(annotator), 'claims arrive (attach)': t.attach, 'highlights drawn (JS)': t.drawnAll,
              'first contentful paint': fcp ? fcp.startTime : null, 'text on screen': t.opened,
            };""";

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    @Test
    void small_against_large_article() throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 10);
        int marks = Integer.getInteger("bench.marks", 7);
        long small = AnnotatorTestSupport.articleId(articles, "Japan and Poland sign semiconductor pact");
        long large = largeArticle(530);
        int largeClaims = as("alice", () -> claims.listForArticle(large).size());
        // warm-up: JIT, browser cache of Vaadin's bundle
        login("alice", "demo");
        open(small);
        open(large);
        List<Figures> rows = new ArrayList<>();
        rows.add(measure("small seed article (reference)", small, sessions, marks));
        rows.add(measure("10,000 words, " + largeClaims + " claims", large, sessions, marks));
        System.out.println();
        System.out.printf(Locale.ROOT, "Annotator in headless Chromium, %d sessions each, median of %d opens/marks, load %.1f on %d cores%n",
                sessions, marks, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| article | heap per session: released at its end (KB) | heap growth per session (KB) | largest response: wire / decoded (KB) | open: text on screen (ms) | M: highlight on screen (ms) | M: server answer (ms) |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Figures f : rows) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f / %.0f | %.0f | %.1f | %.0f |%n", f.what(), f.kbPerSession(), f.growthKbPerSession(),
                    f.wireKb(), f.decodedKb(), f.openMs(), f.markMs(), f.answerMs());
        }
        System.out.printf(Locale.ROOT, "large / small: heap %.2fx, open %.2fx, mark %.2fx%n", rows.get(1).kbPerSession() / rows.get(0).kbPerSession(),
                rows.get(1).openMs() / rows.get(0).openMs(), rows.get(1).markMs() / rows.get(0).markMs());
        System.out.println();
    }
}
