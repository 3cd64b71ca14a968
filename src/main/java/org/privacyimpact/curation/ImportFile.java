package org.privacyimpact.curation;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.privacyimpact.export.SpreadsheetSafeCsv;

/**
 * Reads an uploaded CSV file strictly: UTF-8 (an Excel "CSV UTF-8" byte-order mark is fine), commas, RFC 4180
 * quoting, the expected header. Anything else is a problem stated in the curator's terms — which encoding it
 * looks like, which delimiter was used, which columns are missing — never a guess that could load wrong data.
 */
final class ImportFile {

    /** Larger files are refused before they are parsed. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;

    /** One data row: its row number as a spreadsheet shows it (header = 1) and its cells by column. */
    record Row(int number, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? null : value;
        }
    }

    record Parsed(List<Row> rows, List<ImportProblem> problems) {
    }

    private ImportFile() {
    }

    static Parsed read(byte[] bytes, ImportKind kind) {
        List<ImportProblem> problems = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            return fail("The file is %,d bytes; the limit is %,d bytes (5 MB). Split it into smaller files."
                    .formatted(bytes.length, MAX_BYTES));
        }
        if (bytes.length == 0) {
            return fail("The file is empty.");
        }
        String encodingProblem = TextFileCheck.problem(bytes);
        if (encodingProblem != null) {
            return fail(encodingProblem);
        }
        String text = decodeUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return fail("The file's quoting is broken: " + quotingMessage(e)
                    + ". Every text containing commas, quotes or line breaks must be in double quotes, and a quote"
                    + " inside it written twice (\"\").");
        }
        if (records.isEmpty()) {
            return fail("The file is empty.");
        }
        List<String> given = records.getFirst().toList().stream().map(String::strip).toList();
        List<LegacyColumn> legacy = kind.legacyColumns().stream()
                .filter(old -> given.contains(old.name()) && !given.contains(old.replacement())).toList();
        List<String> header = given.stream().map(column -> legacy.stream().filter(old -> old.name().equals(column))
                .findFirst().map(LegacyColumn::replacement).orElse(column)).toList();
        String headerProblem = headerProblem(header, kind);
        if (headerProblem != null) {
            return fail(headerProblem);
        }
        if (records.size() - 1 > MAX_ROWS) {
            return fail("The file has %,d rows; the limit is %,d rows. Split it into smaller files."
                    .formatted(records.size() - 1, MAX_ROWS));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            CSVRecord record = records.get(i);
            int rowNumber = i + 1;
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() != header.size()) {
                problems.add(new ImportProblem(rowNumber, null, "Has %d cells where the header has %d columns"
                        .formatted(record.size(), header.size())));
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), SpreadsheetSafeCsv.restoreNeutralisedText(record.get(c)));
            }
            for (LegacyColumn old : legacy) {
                cells.computeIfPresent(old.replacement(), (column, value) -> old.value().apply(value));
            }
            rows.add(new Row(rowNumber, cells));
        }
        return new Parsed(rows, problems);
    }

    private static String decodeUtf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String headerProblem(List<String> header, ImportKind kind) {
        String joined = String.join(",", header);
        if (header.size() == 1 && (joined.contains(";") || joined.contains("\t") || joined.contains("|"))) {
            String delimiter = joined.contains(";") ? "semicolons" : joined.contains("\t") ? "tabs" : "vertical bars";
            return "The columns are separated by " + delimiter + "; this import needs commas. In Excel choose"
                    + " \"CSV UTF-8 (comma delimited)\".";
        }
        List<String> missing = kind.required().stream().filter(column -> !header.contains(column)).toList();
        List<String> unknown = header.stream().filter(column -> !kind.columns().contains(column)).toList();
        List<String> repeated = header.stream().filter(column -> header.indexOf(column) != header.lastIndexOf(column))
                .distinct().toList();
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing));
        }
        if (!unknown.isEmpty()) {
            parts.add("unknown column" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown));
        }
        if (!repeated.isEmpty()) {
            parts.add("repeated column" + (repeated.size() > 1 ? "s " : " ") + String.join(", ", repeated));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return "The header does not match a " + kind.label().toLowerCase(Locale.ROOT) + " file: "
                + String.join("; ", parts) + ". Expected (the data API's CSV columns): " + String.join(",", kind.columns());
    }

    private static String quotingMessage(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            message = cause.getMessage();
        }
        return message.replaceAll("\\s+", " ").strip();
    }

    private static Parsed fail(String message) {
        return new Parsed(List.of(), List.of(new ImportProblem(0, null, message)));
    }
}
