package org.privacyimpact.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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

    /**
     * What every report opens with: its title, the dataset release, when it was made and the page that shows the
     * same rows, in metadata.json and as a ready citation in README.txt.
     */
    public record Heading(String title, String datasetVersion, LocalDate releasedOn, Instant generated,
                          String pageUrl) {

        /** metadata.json's first fields; the report adds its filters, columns and sources. */
        public ObjectNode metadata(JsonMapper json) {
            ObjectNode root = json.createObjectNode();
            root.put("title", title);
            root.put("dataset_version", datasetVersion);
            root.put("dataset_released_on", releasedOn.toString());
            root.put("generated_at", generated.toString());
            root.put("view_url", pageUrl);
            return root;
        }

        /**
         * @param pageLabel what the address is, e.g. "Page" or "View with the same filters"
         * @param body      what the files hold and how to read them
         */
        public String readme(String pageLabel, String body) {
            return """
                    %s

                    Privacy Impact Dashboard, dataset %s (released %s). Generated %s.
                    %s: %s

                    How to cite:
                      %s

                    """.formatted(title, datasetVersion, releasedOn, generated, pageLabel, pageUrl,
                    citation(datasetVersion, title, LocalDate.ofInstant(generated, ZoneOffset.UTC), pageUrl)) + body;
        }
    }

    /** How to cite what the dashboard gave on a day: a report, a brief. */
    public static String citation(String datasetVersion, String title, LocalDate on, String pageUrl) {
        return "Privacy Impact Dashboard (dataset %s), \"%s\", %s, %s".formatted(datasetVersion, title, on, pageUrl);
    }

    private ReportZip() {
    }

    /** A README's list of notes under its heading, after a blank line; nothing where there are none. */
    public static String notes(String heading, List<String> notes) {
        return notes.isEmpty() ? "" : "\n" + heading + "\n" + notes.stream().map(note -> "  " + note + "\n")
                .collect(Collectors.joining());
    }

    /** metadata.json's {@code sources}: every source data.csv cites, once each. */
    public static void citeSources(ObjectNode metadata, Map<String, String> titleByUrl) {
        ArrayNode cited = metadata.putArray("sources");
        titleByUrl.forEach((url, title) -> cited.addObject().put("title", title).put("url", url));
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
