package org.factmark.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import org.factmark.claim.Rating;
import org.factmark.claim.Stance;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * FEVER JSON Lines, shaped as the official scorer (fever-scorer's {@code fever_score}) reads gold data:
 * {@code {id, verifiable, label, claim, evidence}} with {@code evidence} a list of evidence sets, each a list of
 * {@code [annotation_id, evidence_id, page, line]} (verdict id, source id, the source's page id, line 0).
 * <ul>
 * <li>Only sources whose stance agrees with the label are evidence (SUPPORTS sources for SUPPORTS, REFUTES for
 * REFUTES); each agreeing source is one complete evidence set.</li>
 * <li>NOT ENOUGH INFO claims carry FEVER's {@code [[[annotation_id, null, null, null]]]}.</li>
 * <li>Claims without a verdict in force are left out (an unlabelled draft is no judgement), and so are SUPPORTS or
 * REFUTES claims without any agreeing source (FEVER has no verifiable claim without evidence).</li>
 * </ul>
 * The page id of a source is its URL (stripped), a stable string. Extra fields anchor the claim: quote,
 * article_id, article_url, start, end (code points).
 */
final class FeverWriter implements DatasetWriter {
    private final OutputStream out;
    private final JsonMapper json;

    FeverWriter(OutputStream out, JsonMapper json) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.json = json;
    }

    @Override
    public boolean needsSentence() {
        return true;
    }

    static String label(ClaimRow r) {
        return r.rating() == null ? null : RatingMappings.fever(Rating.valueOf(r.rating()));
    }

    /** The page id FEVER's scorer compares: a stable string per source. */
    static String page(ClaimRow.SourceRow s) {
        return s.url() == null || s.url().isBlank() ? "urn:factmark:source:" + s.id() : s.url().strip();
    }

    /** Pages of the sources that agree with the label, in source order, without duplicates. */
    static Set<String> evidencePages(ClaimRow r, String label) {
        Stance agreeing = RatingMappings.feverEvidenceStance(label);
        Set<String> pages = new LinkedHashSet<>();
        if (agreeing == null) return pages;
        for (ClaimRow.SourceRow s : r.sources()) {
            if (agreeing.name().equals(s.stance())) pages.add(page(s));
        }
        return pages;
    }

    @Override
    public boolean accepts(ClaimRow r) {
        String label = label(r);
        if (label == null) return false;
        return label.equals(RatingMappings.FEVER_NEI) || !evidencePages(r, label).isEmpty();
    }

    @Override
    public void begin() {
    }

    @Override
    public void claim(ClaimRow r) throws IOException {
        String label = label(r);
        ObjectNode o = json.createObjectNode();
        o.put("id", r.id());
        o.put("verifiable", label.equals(RatingMappings.FEVER_NEI) ? "NOT VERIFIABLE" : "VERIFIABLE");
        o.put("label", label);
        o.put("claim", r.claimText());
        ArrayNode evidence = o.putArray("evidence");
        long annotation = r.verdictId() == null ? r.id() : r.verdictId();
        if (label.equals(RatingMappings.FEVER_NEI)) {
            ArrayNode e = evidence.addArray().addArray();
            e.add(annotation);
            e.addNull();
            e.addNull();
            e.addNull();
        } else {
            Set<String> pages = evidencePages(r, label);
            Stance agreeing = RatingMappings.feverEvidenceStance(label);
            for (ClaimRow.SourceRow s : r.sources()) {
                if (!agreeing.name().equals(s.stance()) || !pages.remove(page(s))) continue;
                ArrayNode e = evidence.addArray().addArray();
                e.add(annotation);
                e.add(s.id());
                e.add(page(s));
                e.add(0);
            }
        }
        o.put("quote", r.quote());
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
