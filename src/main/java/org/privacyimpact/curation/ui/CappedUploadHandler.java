package org.privacyimpact.curation.ui;

import java.io.IOException;
import java.io.InputStream;

import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives one uploaded file into memory, reading at most one byte more than the limit: a larger upload is
 * refused as soon as it passes the limit, whatever the browser checked or the request declared. Vaadin's
 * {@code UploadHandler.inMemory} reads the whole body first (a 300 MB POST to the upload address took the heap
 * from 318 MB to 1.7 GB), and in Vaadin 25.2 no handler setting bounds an upload sent as the request's body.
 * Multipart uploads are bounded before they reach a handler: see {@link UploadLimits}.
 */
final class CappedUploadHandler implements UploadHandler {

    private final int maxBytes;
    private final SerializableBiConsumer<String, byte[]> received;
    private final SerializableBiConsumer<String, String> refused;

    /**
     * @param received gets the file's name and bytes, in the UI's session
     * @param refused  gets the file's name and why it was refused, in the UI's session
     */
    CappedUploadHandler(int maxBytes, SerializableBiConsumer<String, byte[]> received,
                        SerializableBiConsumer<String, String> refused) {
        this.maxBytes = maxBytes;
        this.received = received;
        this.refused = refused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName();
        // the declared size (Content-Length, or a multipart part's size) refuses most before a byte is read
        if (event.getFileSize() > maxBytes) {
            refuse(event, name);
            return;
        }
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(maxBytes + 1);
        }
        if (bytes.length > maxBytes) {
            refuse(event, name);
            return;
        }
        event.getUI().access(() -> received.accept(name, bytes));
    }

    /** Vaadin answers a rejected upload with 422; Tomcat then drops what the client still sends. */
    private void refuse(UploadEvent event, String name) {
        String message = "%s is larger than %,d bytes (%d MB), the limit per file. Split it into smaller files."
                .formatted(name, maxBytes, maxBytes / (1024 * 1024));
        event.reject(message);
        event.getUI().access(() -> refused.accept(name, message));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return UploadLimits.requestSizeMax(maxBytes);
    }
}
