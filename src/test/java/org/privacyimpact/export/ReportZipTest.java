package org.privacyimpact.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

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
}
