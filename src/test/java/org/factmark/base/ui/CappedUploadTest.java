package org.factmark.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The upload reads a file as a stream and stops at its cap: memory holds at most the cap, never the whole file. */
class CappedUploadTest {
    private static final long MAX = 5L * 1024 * 1024;

    /** A 400 MB upload that is produced as it is read, counting what the reader took. */
    static final class FourHundredMegabytes extends InputStream {
        long remaining = 400L * 1024 * 1024;
        long read;

        @Override
        public int read() {
            if (remaining == 0) return -1;
            remaining--;
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (remaining == 0) return -1;
            int n = (int) Math.min(len, remaining);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            remaining -= n;
            read += n;
            return n;
        }
    }

    @Test
    void an_oversized_upload_without_a_declared_size_is_refused_after_reading_at_most_the_cap() throws Exception {
        FourHundredMegabytes file = new FourHundredMegabytes();
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn("huge.txt");
        when(event.getFileSize()).thenReturn(-1L);
        when(event.getInputStream()).thenReturn(file);
        List<String> outcome = new ArrayList<>();
        new CappedUpload(MAX, new CappedUpload.Callback() {
            @Override
            public void received(String fileName, byte[] content) {
                outcome.add("received " + content.length);
            }

            @Override
            public void tooLarge(String fileName, long declaredBytes) {
                outcome.add("too large " + fileName);
            }
        }).handleUploadRequest(event);
        assertThat(outcome).containsExactly("too large huge.txt");
        assertThat(file.read).as("bytes read of 400 MB").isLessThanOrEqualTo(MAX + 1);
        verify(event).reject(org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void an_upload_that_declares_a_size_over_the_cap_is_refused_without_reading_it() throws Exception {
        FourHundredMegabytes file = new FourHundredMegabytes();
        UploadEvent event = mock(UploadEvent.class);
        when(event.getFileName()).thenReturn("huge.txt");
        when(event.getFileSize()).thenReturn(400L * 1024 * 1024);
        when(event.getInputStream()).thenReturn(file);
        List<String> outcome = new ArrayList<>();
        new CappedUpload(MAX, new CappedUpload.Callback() {
            @Override
            public void received(String fileName, byte[] content) {
                outcome.add("received");
            }

            @Override
            public void tooLarge(String fileName, long declaredBytes) {
                outcome.add("too large " + declaredBytes);
            }
        }).handleUploadRequest(event);
        assertThat(outcome).containsExactly("too large " + 400L * 1024 * 1024);
        assertThat(file.read).isZero();
    }

    @Test
    void a_file_at_the_cap_is_read_whole() throws Exception {
        byte[] content = new byte[(int) MAX];
        content[content.length - 1] = 'z';
        assertThat(CappedUpload.readAtMost(new ByteArrayInputStream(content), MAX)).isEqualTo(content);
        assertThat(CappedUpload.readAtMost(new ByteArrayInputStream(new byte[(int) MAX + 1]), MAX)).isNull();
    }
}
