package org.factmark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers the JSON writers share: one compact JSON value per call, text written as it is. */
final class JsonSupport {
    private JsonSupport() {
    }

    static void write(OutputStream out, JsonMapper json, JsonNode node) throws IOException {
        out.write(json.writeValueAsBytes(node));
    }

    static void raw(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    static void put(ObjectNode o, String k, String v) {
        if (v == null) o.putNull(k);
        else o.put(k, v);
    }

    static void put(ObjectNode o, String k, Instant v) {
        if (v == null) o.putNull(k);
        else o.put(k, v.toString());
    }

    static void put(ObjectNode o, String k, LocalDate v) {
        if (v == null) o.putNull(k);
        else o.put(k, v.toString());
    }

    static void put(ObjectNode o, String k, Long v) {
        if (v == null) o.putNull(k);
        else o.put(k, v.longValue());
    }

    /** Puts only non-null values (for formats where absent fields are better than nulls). */
    static void putIf(ObjectNode o, String k, String v) {
        if (v != null && !v.isEmpty()) o.put(k, v);
    }

    static String articleIri(ClaimRow.Article a) {
        return a.url() != null && !a.url().isBlank() ? a.url() : "urn:factmark:article:" + a.id();
    }
}
