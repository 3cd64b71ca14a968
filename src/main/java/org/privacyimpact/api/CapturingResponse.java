package org.privacyimpact.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Passes an answer through to the client as it is written and keeps a copy of it up to a limit, for the cache.
 * Just before the first byte (or the end of an answer without a body) it lets its owner write the caching
 * headers, when the status is known: a successful answer gets an ETag, anything else is never stored.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final Runnable beforeBody;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean overflowed;
    private boolean started;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int limit, Runnable beforeBody) {
        super(response);
        this.limit = limit;
        this.beforeBody = beforeBody;
    }

    /** The whole answer, or null if it was larger than the limit (or written some other way). */
    byte[] captured() {
        if (writer != null) {
            writer.flush();
        }
        return overflowed ? null : copy.toByteArray();
    }

    /** Lets the owner write its headers once, before anything reaches the client. */
    void start() {
        if (!started) {
            started = true;
            beforeBody.run();
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            start();
            ServletOutputStream target = super.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    target.write(b);
                    keep(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    target.write(bytes, offset, length);
                    keep(bytes, offset, length);
                }

                @Override
                public void flush() throws IOException {
                    target.flush();
                }

                @Override
                public boolean isReady() {
                    return target.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    target.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), encoding));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        start();
        if (writer != null) {
            writer.flush();
        }
        super.flushBuffer();
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        overflowed = true;
        super.setStatus(status);
        start();
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        overflowed = true;
        super.setStatus(status);
        start();
        super.sendError(status);
    }

    private void keep(byte[] bytes, int offset, int length) {
        if (overflowed) {
            return;
        }
        if (copy.size() + length > limit) {
            overflowed = true;
            copy.reset();
            return;
        }
        copy.write(bytes, offset, length);
    }
}
