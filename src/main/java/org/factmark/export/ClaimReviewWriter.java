package org.factmark.export;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.factmark.claim.Rating;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org ClaimReview (JSON-LD): {"@context": ..., "@graph": [ClaimReview, ...]}, with Google's required
 * properties (claimReviewed, reviewRating with alternateName, url) and its recommended ones (author, datePublished,
 * itemReviewed as a Claim with author, datePublished, firstAppearance and appearance; Rating name, ratingValue,
 * bestRating, worstRating). Only claims with a verdict in force are reviews: claims without one are left out.
 * <ul>
 * <li>{@code @id} urn:factmark:claimreview:{id}; the reviewed Claim is urn:factmark:claim:{id}.</li>
 * <li>claimReviewed: {@link ClaimRow#claimText()} (restatement, else the sentence holding the quote).</li>
 * <li>author and publisher: the desk as an Organization (factmark.export.organization-name/-url); contributor: who
 * rated and who approved, as Persons by display name.</li>
 * <li>datePublished: the day the claim was checked; a claim not (yet) checked has creativeWorkStatus "Draft" and
 * the day of its last change.</li>
 * <li>itemReviewed.author: Person or Organization by {@link Claimants#isOrganization}.</li>
 * </ul>
 * The anchor in the article is factmark:textPosition {start, end, articleId} (code points) and factmark:quote.
 */
final class ClaimReviewWriter extends JsonArrayWriter {
    /** The fact-checking desk that publishes the reviews. */
    record Desk(String name, String url) {
    }

    private final String urlTemplate;
    private final Desk desk;
    private final Map<String, String> displayNames;

    ClaimReviewWriter(OutputStream out, JsonMapper json, String urlTemplate, Desk desk, Map<String, String> displayNames) {
        super(out, json);
        this.urlTemplate = urlTemplate;
        this.desk = desk;
        this.displayNames = displayNames;
    }

    @Override
    public boolean needsSentence() {
        return true;
    }

    @Override
    public boolean accepts(ClaimRow r) {
        return r.rating() != null;
    }

    @Override
    String opening() {
        return "{\"@context\":{\"@vocab\":\"https://schema.org/\",\"factmark\":\"urn:factmark:vocab#\"},\"@graph\":[\n";
    }

    @Override
    ObjectNode element(ClaimRow r) {
        ObjectNode o = json.createObjectNode();
        o.put("@type", "ClaimReview");
        o.put("@id", "urn:factmark:claimreview:" + r.id());
        o.put("url", r.url(urlTemplate));
        o.put("claimReviewed", r.claimText());
        boolean published = "CHECKED".equals(r.status()) && r.checkedAt() != null;
        Instant day = r.checkedAt() != null ? r.checkedAt() : r.updatedAt() != null ? r.updatedAt() : r.createdAt();
        o.put("datePublished", day.atOffset(ZoneOffset.UTC).toLocalDate().toString());
        if (!published) o.put("creativeWorkStatus", "Draft");
        organization(o.putObject("author"));
        organization(o.putObject("publisher"));
        Set<String> people = new LinkedHashSet<>();
        if (r.verdictAuthor() != null) people.add(r.verdictAuthor());
        if (r.reviewer() != null) people.add(r.reviewer());
        if (!people.isEmpty()) {
            ArrayNode contributors = o.putArray("contributor");
            for (String username : people) {
                ObjectNode p = contributors.addObject();
                p.put("@type", "Person");
                p.put("name", displayNames.getOrDefault(username, username));
            }
        }
        Rating rating = Rating.valueOf(r.rating());
        ObjectNode rr = o.putObject("reviewRating");
        rr.put("@type", "Rating");
        rr.put("name", RatingMappings.claimReviewName(rating));
        rr.put("alternateName", RatingMappings.claimReviewLabel(rating));
        Integer value = RatingMappings.claimReviewValue(rating);
        if (value != null) {
            rr.put("ratingValue", value);
            rr.put("bestRating", RatingMappings.CLAIMREVIEW_BEST);
            rr.put("worstRating", RatingMappings.CLAIMREVIEW_WORST);
        }
        if (r.rationale() != null && !r.rationale().isEmpty()) rr.put("ratingExplanation", r.rationale());
        ObjectNode item = o.putObject("itemReviewed");
        item.put("@type", "Claim");
        item.put("@id", "urn:factmark:claim:" + r.id());
        if (r.claimant() != null && !r.claimant().isBlank()) {
            ObjectNode who = item.putObject("author");
            who.put("@type", Claimants.isOrganization(r.claimant()) ? "Organization" : "Person");
            who.put("name", r.claimant());
        }
        if (r.article().publishedAt() != null) item.put("datePublished", r.article().publishedAt().toString());
        appearance(item.putObject("firstAppearance"), r.article());
        appearance(item.putArray("appearance").addObject(), r.article());
        ObjectNode pos = o.putObject("factmark:textPosition");
        pos.put("start", r.start());
        pos.put("end", r.end());
        pos.put("articleId", r.article().id());
        o.put("factmark:quote", r.quote());
        if (!r.sources().isEmpty()) {
            ArrayNode cites = o.putArray("citation");
            for (ClaimRow.SourceRow s : r.sources()) {
                ObjectNode c = cites.addObject();
                c.put("@type", "CreativeWork");
                c.put("url", s.url());
                if (s.title() != null) c.put("name", s.title());
            }
        }
        return o;
    }

    private void organization(ObjectNode org) {
        org.put("@type", "Organization");
        org.put("name", desk.name());
        if (desk.url() != null) org.put("url", desk.url());
    }

    private static void appearance(ObjectNode a, ClaimRow.Article article) {
        a.put("@type", "CreativeWork");
        a.put("url", JsonSupport.articleIri(article));
        if (article.title() != null) a.put("headline", article.title());
        if (article.publisher() != null && !article.publisher().isBlank()) {
            ObjectNode pub = a.putObject("publisher");
            pub.put("@type", "Organization");
            pub.put("name", article.publisher());
        }
        if (article.publishedAt() != null) a.put("datePublished", article.publishedAt().toString());
    }

    @Override
    String closing(long count) {
        return "\n]}\n";
    }
}
