package org.factmark.export;

import java.io.OutputStream;
import org.factmark.claim.Rating;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * schema.org ClaimReview (JSON-LD): {"@context": ..., "@graph": [ClaimReview, ...]}. Each review has
 * claimReviewed (the quote), reviewRating (ratingValue 1-5 with bestRating/worstRating, alternateName = label;
 * no ratingValue for UNVERIFIABLE), url (factmark.export.claim-url with {articleId} and {id}), itemReviewed (a Claim appearing in
 * the article) and the anchor in the article as factmark:textPosition {start, end} (code points).
 */
final class ClaimReviewWriter extends JsonArrayWriter {
    private final String urlTemplate;

    ClaimReviewWriter(OutputStream out, JsonMapper json, String urlTemplate) {
        super(out, json);
        this.urlTemplate = urlTemplate;
    }

    @Override
    String opening() {
        return "{\"@context\":{\"@vocab\":\"https://schema.org/\",\"factmark\":\"urn:factmark:vocab#\"},\"@graph\":[\n";
    }

    @Override
    ObjectNode element(ClaimRow r) {
        ObjectNode o = json.createObjectNode();
        o.put("@type", "ClaimReview");
        o.put("@id", "urn:factmark:claim:" + r.id());
        o.put("url", r.url(urlTemplate));
        o.put("claimReviewed", r.quote());
        if (r.checkedAt() != null) o.put("datePublished", r.checkedAt().toString().substring(0, 10));
        if (r.reviewer() != null || r.verdictAuthor() != null) {
            ObjectNode author = o.putObject("author");
            author.put("@type", "Person");
            author.put("name", r.verdictAuthor() != null ? r.verdictAuthor() : r.reviewer());
        }
        if (r.rating() != null) {
            Rating rating = Rating.valueOf(r.rating());
            ObjectNode rr = o.putObject("reviewRating");
            rr.put("@type", "Rating");
            Integer value = RatingMappings.claimReviewValue(rating);
            if (value != null) {
                rr.put("ratingValue", value);
                rr.put("bestRating", RatingMappings.CLAIMREVIEW_BEST);
                rr.put("worstRating", RatingMappings.CLAIMREVIEW_WORST);
            }
            rr.put("alternateName", RatingMappings.claimReviewLabel(rating));
            if (r.rationale() != null && !r.rationale().isEmpty()) rr.put("ratingExplanation", r.rationale());
        }
        ObjectNode item = o.putObject("itemReviewed");
        item.put("@type", "Claim");
        if (r.claimant() != null && !r.claimant().isBlank()) {
            ObjectNode who = item.putObject("author");
            who.put("@type", "Person");
            who.put("name", r.claimant());
        }
        if (r.article().publishedAt() != null) item.put("datePublished", r.article().publishedAt().toString());
        ObjectNode appearance = item.putObject("appearance");
        appearance.put("@type", "NewsArticle");
        appearance.put("url", JsonSupport.articleIri(r.article()));
        appearance.put("headline", r.article().title());
        if (r.article().publisher() != null) {
            ObjectNode pub = appearance.putObject("publisher");
            pub.put("@type", "Organization");
            pub.put("name", r.article().publisher());
        }
        ObjectNode pos = o.putObject("factmark:textPosition");
        pos.put("start", r.start());
        pos.put("end", r.end());
        pos.put("articleId", r.article().id());
        if (!r.sources().isEmpty()) {
            var cites = o.putArray("citation");
            for (ClaimRow.SourceRow s : r.sources()) {
                ObjectNode c = cites.addObject();
                c.put("@type", "CreativeWork");
                c.put("url", s.url());
                if (s.title() != null) c.put("name", s.title());
            }
        }
        return o;
    }

    @Override
    String closing(long count) {
        return "\n]}\n";
    }
}
