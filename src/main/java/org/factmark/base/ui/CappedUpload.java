package org.factmark.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload handler with a hard size cap: it reads the file as a stream and stops at {@code maxBytes + 1}, so an
 * oversized upload (declared or not) is refused after at most the cap has been read, and memory never holds more
 * than the cap. Vaadin's {@code UploadHandler.inMemory} reads the whole file first (a 400 MB upload held about
 * 1 GB of heap before the 5 MB check). The callbacks run under the UI lock.
 */
public final class CappedUpload implements UploadHandler {
    private static final int CHUNK = 64 * 1024;

    /** What the view does with the outcome. */
    public interface Callback {
        void received(String fileName, byte[] content);

        /** The file is over the cap; {@code declaredBytes} is the size the browser announced (-1 if none). */
        void tooLarge(String fileName, long declaredBytes);
    }

    private final long maxBytes;
    private final transient Callback callback;

    public CappedUpload(long maxBytes, Callback callback) {
        this.maxBytes = maxBytes;
        this.callback = callback;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        long declared = event.getFileSize();
        if (declared > maxBytes) {
            event.reject("The file is larger than the limit.");
            run(event.getUI(), () -> callback.tooLarge(name, declared));
            return;
        }
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = readAtMost(in, maxBytes);
        }
        if (content == null) {
            event.reject("The file is larger than the limit.");
            run(event.getUI(), () -> callback.tooLarge(name, declared));
        } else {
            run(event.getUI(), () -> callback.received(name, content));
        }
    }

    private static void run(UI ui, Runnable work) {
        if (ui == null) work.run();
        else ui.access(work::run);
    }

    /** The stream's bytes, or null as soon as it turns out to hold more than {@code max}; never reads past max + 1 chunk. */
    public static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, CHUNK));
        byte[] buf = new byte[CHUNK];
        long total = 0;
        int n;
        while ((n = in.read(buf, 0, (int) Math.min(buf.length, max - total + 1))) > 0) {
            total += n;
            if (total > max) return null;
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
