package org.factmark.export;

import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import org.factmark.claim.ClaimType;
import org.factmark.claim.Rating;
import org.factmark.claim.Stance;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * AVeriTeC JSON, complete as the official {@code eval.py} reads it: one array of claim objects with the dataset's
 * field names (claim, label, justification, claim_date dd-mm-yyyy, speaker, original_claim_url,
 * fact_checking_article, reporting_source, claim_types in AVeriTeC's vocabulary, questions with typed answers) plus
 * a "factmark" object anchoring the claim (claim_id, article_id, start, end in code points, quote, rating).
 * <ul>
 * <li>Claims without a verdict in force are left out: every AVeriTeC record has a label and a justification.</li>
 * <li>One question per source; its answer is the source's excerpt ("Extractive") or, without an excerpt, what the
 * source says of the claim by its stance ("Abstractive"). A claim without sources gets one question with
 * AVeriTeC's "No answer could be found." ("Unanswerable"), so questions are never empty (eval.py divides by
 * their number).</li>
 * <li>justification: the rationale, else "Rated &lt;label&gt; by the desk." (never null).</li>
 * </ul>
 */
final class AveritecWriter extends JsonArrayWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final String NO_ANSWER = "No answer could be found.";

    private final String urlTemplate;

    AveritecWriter(OutputStream out, JsonMapper json, String urlTemplate) {
        super(out, json);
        this.urlTemplate = urlTemplate;
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
        return "[\n";
    }

    @Override
    ObjectNode element(ClaimRow r) {
        Rating rating = Rating.valueOf(r.rating());
        ObjectNode o = json.createObjectNode();
        o.put("claim", r.claimText());
        o.put("required_reannotation", false);
        o.put("label", RatingMappings.averitec(rating));
        o.put("justification", r.rationale() != null && !r.rationale().isBlank() ? r.rationale()
                : "Rated " + rating.label() + " by the desk.");
        if (r.article().publishedAt() != null) o.put("claim_date", DATE.format(r.article().publishedAt()));
        else o.putNull("claim_date");
        JsonSupport.put(o, "speaker", r.claimant());
        o.put("original_claim_url", JsonSupport.articleIri(r.article()));
        o.put("fact_checking_article", r.url(urlTemplate));
        JsonSupport.put(o, "reporting_source", r.article().publisher());
        o.putNull("location_ISO_code");
        o.putArray("claim_types").add(RatingMappings.averitecClaimType(ClaimType.valueOf(r.claimType())));
        ArrayNode strategies = o.putArray("fact_checking_strategies");
        if (!r.sources().isEmpty()) strategies.add("Written Evidence");
        ArrayNode questions = o.putArray("questions");
        for (ClaimRow.SourceRow s : r.sources()) {
            String name = s.title() != null && !s.title().isBlank() ? s.title()
                    : s.publisher() != null && !s.publisher().isBlank() ? s.publisher() : s.url();
            ObjectNode q = questions.addObject();
            q.put("question", "What does " + name + " say about the claim?");
            ObjectNode a = q.putArray("answers").addObject();
            if (s.excerpt() != null && !s.excerpt().isBlank()) {
                a.put("answer", s.excerpt());
                a.put("answer_type", "Extractive");
            } else {
                a.put("answer", name + " " + stanceSentence(s.stance()));
                a.put("answer_type", "Abstractive");
            }
            a.put("source_url", s.url());
            a.put("source_medium", "Web text");
            JsonSupport.put(a, "stance", s.stance());
        }
        if (r.sources().isEmpty()) {
            ObjectNode q = questions.addObject();
            q.put("question", "What evidence is there for the claim?");
            ObjectNode a = q.putArray("answers").addObject();
            a.put("answer", NO_ANSWER);
            a.put("answer_type", "Unanswerable");
            a.put("source_url", "");
            a.put("source_medium", "");
        }
        ObjectNode fm = o.putObject("factmark");
        fm.put("claim_id", r.id());
        fm.put("article_id", r.article().id());
        fm.put("start", r.start());
        fm.put("end", r.end());
        fm.put("quote", r.quote());
        JsonSupport.put(fm, "rating", r.rating());
        return o;
    }

    private static String stanceSentence(String stance) {
        if (stance == null) return "is cited about the claim.";
        return switch (Stance.valueOf(stance)) {
            case SUPPORTS -> "supports the claim.";
            case REFUTES -> "contradicts the claim.";
            case CONTEXT -> "gives context to the claim.";
        };
    }

    @Override
    String closing(long count) {
        return "\n]\n";
    }
}
