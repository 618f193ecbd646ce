package org.factmark.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import com.vaadin.flow.server.streams.AbstractDownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;

/** A Vaadin download of the dataset card (Markdown) for the export the view would download right now. */
public final class DatasetCardDownload extends AbstractDownloadHandler<DatasetCardDownload> {
    private final transient DatasetCardService cards;
    private final transient Supplier<ExportDownload.Request> request;

    public DatasetCardDownload(DatasetCardService cards, Supplier<ExportDownload.Request> request) {
        this.cards = cards;
        this.request = request;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        ExportDownload.Request r = request.get();
        DatasetCardService.DatasetCard card = cards.card(r.filter(), r.format());
        event.setFileName(DatasetCardController.cardFileName(card.fileName()));
        event.setContentType("text/markdown; charset=UTF-8");
        try (OutputStream out = event.getOutputStream()) {
            out.write(DatasetCardService.markdown(card).getBytes(StandardCharsets.UTF_8));
        }
    }
}
