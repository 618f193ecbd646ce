package org.factmark.export;

import java.io.OutputStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * W3C Web Annotation: one AnnotationCollection whose single page holds one annotation per claim
 * (id urn:factmark:annotation:{id}). Only terms of the W3C context are used, plus dcterms:title (prefix declared in
 * a second context object) for a source's title, so a JSON-LD processor drops nothing. Target: the
 * article URL (or urn:factmark:article:{id}) with a TextQuoteSelector and a TextPositionSelector (code points);
 * bodies: the rating (purpose "assessing"), the rationale (purpose "describing") and each source (purpose "linking").
 */
final class WebAnnotationWriter extends JsonArrayWriter {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Dublin Core terms, declared next to the W3C context for the one property it lacks (a source's title). */
    static final String DCTERMS = "http://purl.org/dc/terms/";
    /** The JSON-LD context of the collection and of each annotation: the W3C context plus the dcterms prefix. */
    static final String CONTEXT_JSON = "[\"" + CONTEXT + "\",{\"dcterms\":\"" + DCTERMS + "\"}]";


    WebAnnotationWriter(OutputStream out, JsonMapper json) {
        super(out, json);
    }

    @Override
    String opening() {
        return "{\"@context\":" + CONTEXT_JSON + ",\"id\":\"urn:factmark:export\",\"type\":\"AnnotationCollection\","
                + "\"label\":\"Factmark claims\",\"first\":{\"type\":\"AnnotationPage\",\"startIndex\":0,\"items\":[\n";
    }

    @Override
    ObjectNode element(ClaimRow r) {
        ObjectNode a = json.createObjectNode();
        ArrayNode context = a.putArray("@context");
        context.add(CONTEXT);
        context.addObject().put("dcterms", DCTERMS);
        a.put("id", "urn:factmark:annotation:" + r.id());
        a.put("type", "Annotation");
        a.put("motivation", "assessing");
        if (r.annotator() != null) {
            ObjectNode creator = a.putObject("creator");
            creator.put("id", "urn:factmark:user:" + r.annotator());
            creator.put("type", "Person");
            creator.put("nickname", r.annotator());
        }
        if (r.createdAt() != null) a.put("created", r.createdAt().toString());
        if (r.updatedAt() != null) a.put("modified", r.updatedAt().toString());
        ArrayNode bodies = a.putArray("body");
        if (r.rating() != null) {
            ObjectNode b = bodies.addObject();
            b.put("type", "TextualBody");
            b.put("purpose", "assessing");
            b.put("value", r.rating());
            b.put("format", "text/plain");
        }
        if (r.rationale() != null && !r.rationale().isEmpty()) {
            ObjectNode b = bodies.addObject();
            b.put("type", "TextualBody");
            b.put("purpose", "describing");
            b.put("value", r.rationale());
            b.put("format", "text/plain");
        }
        ObjectNode tag = bodies.addObject();
        tag.put("type", "TextualBody");
        tag.put("purpose", "classifying");
        tag.put("value", r.claimType());
        for (ClaimRow.SourceRow s : r.sources()) {
            ObjectNode b = bodies.addObject();
            b.put("type", "SpecificResource");
            b.put("purpose", "linking");
            ObjectNode src = b.putObject("source");
            src.put("id", s.url());
            src.put("type", "Text");
            if (s.title() != null) src.put("dcterms:title", s.title());
        }
        ObjectNode target = a.putObject("target");
        target.put("source", JsonSupport.articleIri(r.article()));
        target.put("type", "Text");
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", r.quote());
        quote.put("prefix", r.prefix() == null ? "" : r.prefix());
        quote.put("suffix", r.suffix() == null ? "" : r.suffix());
        ObjectNode pos = selectors.addObject();
        pos.put("type", "TextPositionSelector");
        pos.put("start", r.start());
        pos.put("end", r.end());
        return a;
    }

    @Override
    String closing(long count) {
        return "\n]},\"total\":" + count + "}\n";
    }
}
