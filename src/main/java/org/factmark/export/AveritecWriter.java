package org.factmark.export;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * AVeriTeC-style JSON: one array of claim objects with the dataset's field names (claim, label, justification,
 * claim_date dd-mm-yyyy, speaker, original_claim_url, fact_checking_article, reporting_source, claim_types,
 * questions with answers built from the sources) plus a "factmark" object anchoring the claim (claim_id,
 * article_id, start, end in code points).
 */
final class AveritecWriter extends JsonArrayWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final String urlTemplate;

    AveritecWriter(OutputStream out, JsonMapper json, String urlTemplate) {
        super(out, json);
        this.urlTemplate = urlTemplate;
    }

    @Override
    String opening() {
        return "[\n";
    }

    @Override
    ObjectNode element(ClaimRow r) {
        ObjectNode o = json.createObjectNode();
        o.put("claim", r.quote());
        o.put("required_reannotation", false);
        o.put("label", r.rating() == null ? RatingMappings.AVERITEC_NEE : RatingMappings.averitec(Rating.valueOf(r.rating())));
        JsonSupport.put(o, "justification", r.rationale());
        if (r.article().publishedAt() != null) o.put("claim_date", DATE.format(r.article().publishedAt()));
        else o.putNull("claim_date");
        JsonSupport.put(o, "speaker", r.claimant());
        o.put("original_claim_url", JsonSupport.articleIri(r.article()));
        o.put("fact_checking_article", r.url(urlTemplate));
        JsonSupport.put(o, "reporting_source", r.article().publisher());
        o.putNull("location_ISO_code");
        o.putArray("claim_types").add(ClaimType.valueOf(r.claimType()).label());
        o.putArray("fact_checking_strategies");
        ArrayNode questions = o.putArray("questions");
        for (ClaimRow.SourceRow s : r.sources()) {
            ObjectNode q = questions.addObject();
            q.put("question", "What does " + (s.title() == null || s.title().isBlank() ? s.url() : s.title()) + " say about the claim?");
            ObjectNode a = q.putArray("answers").addObject();
            a.put("answer", s.excerpt() != null && !s.excerpt().isBlank() ? s.excerpt() : s.title());
            a.put("answer_type", "Extractive");
            a.put("source_url", s.url());
            a.put("source_medium", "Web text");
            JsonSupport.put(a, "stance", s.stance());
        }
        ObjectNode fm = o.putObject("factmark");
        fm.put("claim_id", r.id());
        fm.put("article_id", r.article().id());
        fm.put("start", r.start());
        fm.put("end", r.end());
        JsonSupport.put(fm, "rating", r.rating());
        return o;
    }

    @Override
    String closing(long count) {
        return "\n]\n";
    }
}
