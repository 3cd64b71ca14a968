package org.privacyimpact.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class ReportZipTest {

    @Test
    void closingTheCsvEndsOnlyItsEntryAndTheReadmeGetsWindowsLineEnds() throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        ReportZip.write(zipped, data -> {
            data.write("a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8));
            data.close(); // as every CSV writer does when it is done
        }, "{\"title\":\"t\"}".getBytes(StandardCharsets.UTF_8), "line one\nline two\r\n");

        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }

        assertThat(entries).containsExactly(
                Map.entry("data.csv", "a,b\r\n1,2\r\n"),
                Map.entry("metadata.json", "{\"title\":\"t\"}"),
                Map.entry("README.txt", "line one\r\nline two\r\n"));
    }

    @Test
    void theHeadingNamesTheReleaseTheTimeAndThePageInBothFiles() {
        ReportZip.Heading heading = new ReportZip.Heading("Title", "2026.11.1", LocalDate.of(2026, 11, 29),
                Instant.parse("2026-11-30T08:15:00Z"), "http://host/compare?incident=WA2019");

        ObjectNode metadata = heading.metadata(JsonMapper.builder().build());
        assertThat(metadata.propertyNames()).containsExactly("title", "dataset_version", "dataset_released_on",
                "generated_at", "view_url");
        assertThat(metadata.get("generated_at").asString()).isEqualTo("2026-11-30T08:15:00Z");

        assertThat(heading.readme("Page", "Body.\n")).isEqualTo("""
                Title

                Privacy Impact Dashboard, dataset 2026.11.1 (released 2026-11-29). Generated 2026-11-30T08:15:00Z.
                Page: http://host/compare?incident=WA2019

                How to cite:
                  Privacy Impact Dashboard (dataset 2026.11.1), "Title", 2026-11-30, http://host/compare?incident=WA2019

                Body.
                """);
    }
}
