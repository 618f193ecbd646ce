package org.factmark.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The bundled W3C annotation context (src/test/resources/export/w3c-anno.jsonld) as term -> full IRI. */
final class W3cContext {
    private W3cContext() {
    }

    static Map<String, String> terms() {
        JsonNode ctx;
        try (InputStream in = W3cContext.class.getResourceAsStream("/export/w3c-anno.jsonld")) {
            ctx = JsonMapper.builder().build().readTree(in).get("@context");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> raw = new HashMap<>();
        for (var e : ctx.properties()) {
            JsonNode v = e.getValue();
            raw.put(e.getKey(), v.isString() ? v.asString() : v.get("@id").asString());
        }
        Map<String, String> out = new HashMap<>();
        for (var e : raw.entrySet()) out.put(e.getKey(), prefixed(e.getValue(), raw));
        return out;
    }

    private static String prefixed(String value, Map<String, String> raw) {
        int colon = value.indexOf(':');
        if (colon > 0 && !value.startsWith("http") && raw.containsKey(value.substring(0, colon))) {
            return raw.get(value.substring(0, colon)) + value.substring(colon + 1);
        }
        return value;
    }

    /** The IRI a compacted key expands to, or null when the context does not define it. */
    static String expand(String key, Map<String, String> terms) {
        if (key.startsWith("@")) return key;
        if (terms.containsKey(key)) return terms.get(key);
        int colon = key.indexOf(':');
        if (colon > 0 && terms.containsKey(key.substring(0, colon))) {
            return terms.get(key.substring(0, colon)) + key.substring(colon + 1);
        }
        return null;
    }
}
