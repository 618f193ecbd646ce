package org.factmark.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON document whose claims form one array, streamed element by element: the opening text (up to and
 * including the array's "["), one compact object per claim separated by ",\n", and the closing text.
 */
abstract class JsonArrayWriter implements DatasetWriter {
    protected final JsonMapper json;
    private final OutputStream out;
    private long count;

    JsonArrayWriter(OutputStream out, JsonMapper json) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.json = json;
    }

    /** The document up to and including the "[" of the claims array. */
    abstract String opening();

    /** The rest of the document after the last claim; {@code count} is how many claims were written. */
    abstract String closing(long count);

    /** The JSON object of one claim. */
    abstract ObjectNode element(ClaimRow r);

    @Override
    public final void begin() throws IOException {
        JsonSupport.raw(out, opening());
    }

    @Override
    public final void claim(ClaimRow r) throws IOException {
        ObjectNode o = element(r);
        if (count++ > 0) JsonSupport.raw(out, ",\n");
        JsonSupport.write(out, json, o);
    }

    @Override
    public final void end() throws IOException {
        JsonSupport.raw(out, closing(count));
        out.flush();
    }
}
