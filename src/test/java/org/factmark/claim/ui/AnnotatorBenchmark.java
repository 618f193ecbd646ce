package org.factmark.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.factmark.claim.ui.AnnotatorTestSupport.as;
import static org.factmark.claim.ui.AnnotatorTestSupport.asRun;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.factmark.article.Article;
import org.factmark.article.ArticleDraft;
import org.factmark.article.ArticleService;
import org.factmark.claim.Claim;
import org.factmark.claim.ClaimService;
import org.factmark.claim.ClaimType;
import org.factmark.testsupport.KaribuTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server time of the annotator on a 10,000-word article: opening the view (query + component tree) and marking one
 * more claim (service + incremental redraw + claim panel), for 100 / 500 / 2000 claims. Prints a table; asserts
 * nothing about time. Run: {@code ./mvnw -Pbench verify -Dtest=AnnotatorBenchmark}.
 */
@Tag("bench")
class AnnotatorBenchmark extends KaribuTest {
    @Autowired
    ArticleService articles;
    @Autowired
    ClaimService claims;

    static final String[] WORDS = ("the minister said exports rose by percent in the first half while critics warned that "
            + "growth would slow next year according to figures published on Thursday by the statistics office and "
            + "analysts expect investment to remain strong 🇵🇱 Łódź 佐藤 naïve café 12.4% €4.2 👨‍👩‍👧").split(" ");

    static String article(int words, Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) b.append(i % 100 == 0 ? "\n\n" : " ");
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    long seed(int claimCount, Random r) {
        String text = article(10_000, r);
        Article a = as("alice", () -> articles.create(new ArticleDraft("Benchmark " + claimCount + " claims " + System.nanoTime(),
                null, null, null, "en", text)));
        int len = a.getBodyLength();
        asRun("alice", () -> {
            int previousStart = 0;
            for (int i = 0; i < claimCount; i++) {
                int start, end;
                if (i % 5 == 4) { // every fifth claim overlaps or nests in another
                    start = Math.min(len - 2, previousStart + 3);
                    end = Math.min(len, start + 10 + r.nextInt(120));
                } else {
                    start = r.nextInt(len - 200);
                    end = start + 20 + r.nextInt(180);
                }
                try {
                    claims.mark(a.getId(), start, end, true, ClaimType.values()[r.nextInt(6)], null);
                } catch (RuntimeException ignored) {
                    i--; // white-space only span: try another
                    continue;
                }
                previousStart = start;
            }
        });
        return a.getId();
    }

    static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }

    @Test
    void open_and_mark_figures() {
        loginAs("alice");
        Random r = new Random(7);
        int[] sizes = {100, 500, 2000};
        List<String> rows = new ArrayList<>();
        // warm-up: JIT and caches on a separate article
        long warm = seed(50, r);
        for (int i = 0; i < 40; i++) {
            UI.getCurrent().navigate("");
            UI.getCurrent().navigate("articles/" + warm);
            callFromClient(_get(ArticleBody.class), "markSelection", 10 + i * 40, 30 + i * 40);
        }
        for (int n : sizes) {
            long id = seed(n, r);
            int len = as("alice", () -> articles.get(id).getBodyLength());
            int runs = 11;
            long[] open = new long[runs], query = new long[runs], build = new long[runs], mark = new long[runs],
                    markService = new long[runs];
            for (int i = 0; i < runs; i++) {
                UI.getCurrent().navigate("");
                long t0 = System.nanoTime();
                UI.getCurrent().navigate("articles/" + id);
                open[i] = System.nanoTime() - t0;

                t0 = System.nanoTime();
                List<Claim> all = claims.listForArticle(id);
                query[i] = System.nanoTime() - t0;
                String body = articles.get(id).getBody();
                t0 = System.nanoTime();
                new ArticleBody(body, all.stream().map(ArticleView::mark).toList());
                build[i] = System.nanoTime() - t0;

                int s = 100 + r.nextInt(len - 400);
                ArticleBody b = _get(ArticleBody.class);
                t0 = System.nanoTime();
                callFromClient(b, "markSelection", s, s + 40);
                mark[i] = System.nanoTime() - t0;

                t0 = System.nanoTime();
                claims.mark(id, s + 1, s + 30, true, ClaimType.OTHER, null);
                markService[i] = System.nanoTime() - t0;
            }
            int paragraphs = _get(ArticleBody.class).paragraphCount();
            long segments = _get(ArticleBody.class).highlightElements().size(); // drawn in the browser
            rows.add(String.format("| %d | %d | %d | %d | %.0f (%.0f) | %.0f (%.0f) | %.0f (%.0f) | %.0f (%.0f) | %.0f (%.0f) |",
                    n, len, paragraphs, segments, median(open), min(open), median(query), min(query), median(build), min(build),
                    median(mark), min(mark), median(markService), min(markService)));
        }
        System.out.println();
        System.out.printf("Annotator benchmark (10,000-word article; median (min) of 11 runs; ms of server time; load average %.1f on %d cores)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println("| claims | code points | paragraphs | highlight segments (drawn in the browser) | open view | of which: claim query | build body only | mark one (UI: service + redraw + panel) | mark (service only) |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        rows.forEach(System.out::println);
        System.out.println();
    }
}
