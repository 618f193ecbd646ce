package org.factmark.export;

import static org.factmark.export.JsonSupport.put;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lossless format: JSON Lines, one record per line, each with a "type":
 * <ol>
 * <li>{@code header}: format name and version;</li>
 * <li>{@code user}: every account (username, display name, roles; never passwords), by username; only in an
 * admin's export (docs/decisions/062-accounts-only-in-admin-exports.md);</li>
 * <li>{@code article}: an article with its full body, written just before its first claim (and, for an
 * unrestricted export, after all claims for articles that have none);</li>
 * <li>{@code claim}: a claim with every field, people by username, and nested verdicts, sources, reviews and
 * comments.</li>
 * </ol>
 * {@link ImportService} reads it back; ids are kept.
 */
final class JsonlDatasetWriter implements DatasetWriter {
    static final String FORMAT = "factmark-jsonl";
    static final int VERSION = 1;

    private final OutputStream out;
    private final JsonMapper json;
    private final List<ExportService.UserRow> users;

    JsonlDatasetWriter(OutputStream out, JsonMapper json, List<ExportService.UserRow> users) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.json = json;
        this.users = users;
    }

    @Override
    public boolean needsHistory() {
        return true;
    }

    @Override
    public boolean needsArticleBody() {
        return true;
    }

    @Override
    public void begin() throws IOException {
        ObjectNode h = json.createObjectNode();
        h.put("type", "header");
        h.put("format", FORMAT);
        h.put("version", VERSION);
        line(h);
        for (ExportService.UserRow u : users) {
            ObjectNode o = json.createObjectNode();
            o.put("type", "user");
            o.put("username", u.username());
            o.put("display_name", u.displayName());
            ArrayNode roles = o.putArray("roles");
            if (u.roles() != null) {
                for (String r : u.roles().split(",")) if (!r.isBlank()) roles.add(r.strip());
            }
            line(o);
        }
    }

    @Override
    public void claim(ClaimRow r) throws IOException {
        if (r.article().body() != null) article(r.article());
        ObjectNode o = json.createObjectNode();
        o.put("type", "claim");
        o.put("id", r.id());
        o.put("article_id", r.article().id());
        o.put("start", r.start());
        o.put("end", r.end());
        o.put("quote", r.quote());
        put(o, "prefix", r.prefix());
        put(o, "suffix", r.suffix());
        put(o, "claim_type", r.claimType());
        put(o, "claimant", r.claimant());
        put(o, "restatement", r.restatement());
        put(o, "status", r.status());
        put(o, "author", r.annotator());
        put(o, "verdict_id", r.verdictId());
        put(o, "rating", r.rating());
        put(o, "created_at", r.createdAt());
        put(o, "updated_at", r.updatedAt());
        put(o, "submitted_at", r.submittedAt());
        put(o, "checked_at", r.checkedAt());
        put(o, "checked_by", r.reviewer());
        ArrayNode verdicts = o.putArray("verdicts");
        for (ClaimRow.VerdictRow v : r.verdicts()) {
            ObjectNode x = verdicts.addObject();
            x.put("id", v.id());
            put(x, "author", v.author());
            put(x, "kind", v.kind());
            put(x, "rating", v.rating());
            put(x, "rationale", v.rationale());
            put(x, "created_at", v.createdAt());
        }
        ArrayNode sources = o.putArray("sources");
        for (ClaimRow.SourceRow s : r.sources()) {
            ObjectNode x = sources.addObject();
            x.put("id", s.id());
            put(x, "url", s.url());
            put(x, "title", s.title());
            put(x, "publisher", s.publisher());
            put(x, "excerpt", s.excerpt());
            put(x, "accessed_on", s.accessedOn());
            put(x, "stance", s.stance());
            put(x, "created_by", s.createdBy());
            put(x, "created_at", s.createdAt());
        }
        ArrayNode reviews = o.putArray("reviews");
        for (ClaimRow.ReviewRow v : r.reviews()) {
            ObjectNode x = reviews.addObject();
            x.put("id", v.id());
            x.put("verdict_id", v.verdictId());
            put(x, "reviewer", v.reviewer());
            put(x, "decision", v.decision());
            put(x, "rating", v.rating());
            put(x, "comment", v.comment());
            put(x, "created_at", v.createdAt());
        }
        ArrayNode comments = o.putArray("comments");
        for (ClaimRow.CommentRow c : r.comments()) {
            ObjectNode x = comments.addObject();
            x.put("id", c.id());
            put(x, "author", c.author());
            put(x, "body", c.body());
            put(x, "created_at", c.createdAt());
        }
        line(o);
    }

    @Override
    public void claimlessArticle(ClaimRow.Article article) throws IOException {
        article(article);
    }

    private void article(ClaimRow.Article a) throws IOException {
        ObjectNode o = json.createObjectNode();
        o.put("type", "article");
        o.put("id", a.id());
        put(o, "title", a.title());
        put(o, "url", a.url());
        put(o, "publisher", a.publisher());
        put(o, "published_at", a.publishedAt());
        put(o, "language", a.language());
        put(o, "body_sha256", a.bodySha256());
        o.put("blind_review", a.blindReview());
        put(o, "created_at", a.createdAt());
        put(o, "created_by", a.createdBy());
        put(o, "body", a.body());
        line(o);
    }

    private void line(ObjectNode o) throws IOException {
        JsonSupport.write(out, json, o);
        out.write('\n');
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }
}
