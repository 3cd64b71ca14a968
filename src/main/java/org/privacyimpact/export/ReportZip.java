package org.privacyimpact.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The three files of every downloadable report: {@code data.csv} streamed row by row into the zip,
 * {@code metadata.json} and {@code README.txt} (CRLF line ends, for Notepad).
 */
public final class ReportZip {

    /** Writes a CSV into the stream it is given and closes that stream when done. */
    @FunctionalInterface
    public interface CsvWriter {
        void write(OutputStream out) throws IOException;
    }

    private ReportZip() {
    }

    public static void write(OutputStream out, CsvWriter data, byte[] metadataJson, String readme) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("data.csv"));
            // the CSV writer's close must end the entry, not the zip
            data.write(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    this.out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            zip.closeEntry();

            zip.putNextEntry(new ZipEntry("metadata.json"));
            zip.write(metadataJson);
            zip.closeEntry();

            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write(readme.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
