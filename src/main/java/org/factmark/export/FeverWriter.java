package org.factmark.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.factmark.claim.Rating;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * FEVER-style JSON Lines: {id, verifiable, label, claim, evidence} per claim, label from RatingMappings.fever.
 * Evidence sets hold [source id, null, source URL, null] (FEVER's [annotation, evidence, page, sentence] with the
 * source URL as the page). Extra fields anchor the claim: article_id, article_url, start, end (code points).
 */
final class FeverWriter implements DatasetWriter {
    private final OutputStream out;
    private final JsonMapper json;

    FeverWriter(OutputStream out, JsonMapper json) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.json = json;
    }

    @Override
    public void begin() {
    }

    @Override
    public void claim(ClaimRow r) throws IOException {
        String label = r.rating() == null ? RatingMappings.FEVER_NEI : RatingMappings.fever(Rating.valueOf(r.rating()));
        ObjectNode o = json.createObjectNode();
        o.put("id", r.id());
        o.put("verifiable", label.equals(RatingMappings.FEVER_NEI) ? "NOT VERIFIABLE" : "VERIFIABLE");
        o.put("label", label);
        o.put("claim", r.quote());
        ArrayNode evidence = o.putArray("evidence");
        if (r.sources().isEmpty()) {
            ArrayNode set = evidence.addArray();
            ArrayNode e = set.addArray();
            e.addNull();
            e.addNull();
            e.addNull();
            e.addNull();
        }
        for (ClaimRow.SourceRow s : r.sources()) {
            ArrayNode e = evidence.addArray().addArray();
            e.add(s.id());
            e.addNull();
            e.add(s.url());
            e.addNull();
        }
        o.put("article_id", r.article().id());
        o.put("article_url", JsonSupport.articleIri(r.article()));
        o.put("start", r.start());
        o.put("end", r.end());
        JsonSupport.write(out, json, o);
        out.write('\n');
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }
}
