package org.factmark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.AbstractDownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A Vaadin download that streams an export straight to the response. Vaadin runs download handlers outside the
 * session lock, so the UI stays responsive; {@code request} supplies the filter and format chosen when the link
 * was clicked (a snapshot the view keeps up to date), {@code progress} is told the claims written so far.
 */
public final class ExportDownload extends AbstractDownloadHandler<ExportDownload> {

    /** What to export: the view's current choices. */
    public record Request(ExportFilter filter, ExportFormat format, boolean bom) {
    }

    /** Callbacks from the download thread; the view forwards them to the UI with UI.access. */
    public interface Listener {
        void started();

        void progress(long claims);

        void finished(long claims, Exception failure);
    }

    private final transient ExportService exports;
    private final transient Supplier<Request> request;
    private final transient Listener listener;

    public ExportDownload(ExportService exports, Supplier<Request> request, Listener listener) {
        this.exports = exports;
        this.request = request;
        this.listener = listener;
    }

    /** The address the download request came in on (scheme, host, port, context path), for claim addresses. */
    private static String requestBase(DownloadEvent event) {
        if (event.getRequest() instanceof VaadinServletRequest r) {
            return ServletUriComponentsBuilder.fromContextPath(r.getHttpServletRequest()).build().toUriString();
        }
        return null;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        Request r = request.get();
        event.setFileName(ExportService.fileName(r.filter(), r.format(), LocalDate.now(ZoneOffset.UTC)));
        event.setContentType(r.format().contentType());
        listener.started();
        LongConsumer progress = listener::progress;
        try (OutputStream out = event.getOutputStream()) {
            ExportService.ExportResult result = exports.export(r.filter(), r.format(), out, progress, r.bom(),
                    requestBase(event));
            listener.finished(result.claims(), null);
        } catch (IOException | RuntimeException e) {
            listener.finished(-1, e);
            throw e;
        }
    }
}
