package org.factmark.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factmark.article.Article;
import org.factmark.article.ArticleService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ClaimHistoryTest {
    @Autowired
    ClaimService claims;
    @Autowired
    ArticleService articles;

    @Test
    void history_lists_marking_edits_sources_and_the_verdict_with_who_did_them() {
        Article a = As.article(articles, "Exports doubled to ¥86 billion, the ministry said.");
        Claim c = As.user("alice", () -> claims.mark(a.getId(), 0, 30, false, ClaimType.STATISTIC, null));
        Claim edited = As.user("alice", () -> claims.update(c.getId(), c.getVersion(), ClaimType.STATISTIC, "Ministry of Finance", null));
        As.user("admin", () -> claims.update(c.getId(), edited.getVersion(), ClaimType.CAUSAL, "Ministry of Finance", "Exports doubled."));
        As.user("alice", () -> claims.addSource(c.getId(), new SourceInput("https://mof.example.jp/trade", "Trade statistics",
                null, null, null, Stance.SUPPORTS)));
        As.user("alice", () -> claims.submitVerdict(c.getId(), Rating.TRUE, "Matches the ministry's table."));

        List<HistoryEntry> history = As.user("bob", () -> claims.history(c.getId()));
        assertThat(history).extracting(HistoryEntry::who, HistoryEntry::what).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple("alice", "marked the claim \"Exports doubled to ¥86 billion\" (Statistic / figure)"),
                org.assertj.core.groups.Tuple.tuple("alice", "claimant → \"Ministry of Finance\""),
                org.assertj.core.groups.Tuple.tuple("admin", "type Statistic / figure → Causal; restatement → \"Exports doubled.\""),
                org.assertj.core.groups.Tuple.tuple("alice", "added source \"Trade statistics\" (Supports)"),
                org.assertj.core.groups.Tuple.tuple("alice", "submitted the verdict True"),
                org.assertj.core.groups.Tuple.tuple("alice", "status DRAFT → IN_REVIEW"));
        assertThat(history).extracting(HistoryEntry::at).isSorted();
    }
}
