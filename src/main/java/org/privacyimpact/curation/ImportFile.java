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

    /** The file's header (empty if the file could not be read), its rows, and what stops it being read. */
    record Parsed(List<String> header, List<Row> rows, List<ImportProblem> problems) {
    }

    private ImportFile() {
    }

    static Parsed read(byte[] bytes, ImportKind kind) {
        Records records = records(bytes);
        if (records.failure() != null) {
            return records.failure();
        }
        List<String> given = records.header();
        List<LegacyColumn> legacy = kind.legacyColumns().stream()
                .filter(old -> given.contains(old.name()) && !given.contains(old.replacement())).toList();
        List<String> header = given.stream().map(column -> legacy.stream().filter(old -> old.name().equals(column))
                .findFirst().map(LegacyColumn::replacement).orElse(column)).toList();
        String headerProblem = headerProblem(header, kind);
        if (headerProblem != null) {
            return fail(headerProblem);
        }
        Parsed parsed = rows(records, header);
        for (Row row : parsed.rows()) {
            for (LegacyColumn old : legacy) {
                row.cells().computeIfPresent(old.replacement(), (column, value) -> old.value().apply(value));
            }
        }
        return parsed;
    }

    /**
     * A file whose columns are the curator's own (a list with one row per person): the same checks of size,
     * encoding, quoting and row length, and a header whose names are there, distinct and not blank.
     */
    static Parsed readAnyHeader(byte[] bytes) {
        Records records = records(bytes);
        if (records.failure() != null) {
            return records.failure();
        }
        List<String> header = records.header();
        String delimiter = delimiterProblem(header);
        if (delimiter != null) {
            return fail(delimiter);
        }
        List<Integer> blank = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).isBlank()) {
                blank.add(c + 1);
            }
        }
        if (!blank.isEmpty()) {
            return fail("The header has no name for column" + (blank.size() > 1 ? "s " : " ")
                    + blank.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElseThrow()
                    + ": give every column a name in the first row.");
        }
        List<String> repeated = header.stream().filter(column -> header.indexOf(column) != header.lastIndexOf(column))
                .distinct().toList();
        if (!repeated.isEmpty()) {
            return fail("The header names " + String.join(", ", repeated) + " more than once: give every column"
                    + " its own name.");
        }
        return rows(records, header);
    }

    /** The file's records and its header as given, or why the file cannot be read at all. */
    private record Records(List<CSVRecord> all, List<String> header, Parsed failure) {
    }

    private static Records records(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failed("The file is %,d bytes; the limit is %,d bytes (5 MB). Split it into smaller files."
                    .formatted(bytes.length, MAX_BYTES));
        }
        if (bytes.length == 0) {
            return failed("The file is empty.");
        }
        String encodingProblem = TextFileCheck.problem(bytes);
        if (encodingProblem != null) {
            return failed(encodingProblem);
        }
        String text = decodeUtf8(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            records = parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return failed("The file's quoting is broken: " + quotingMessage(e)
                    + ". Every text containing commas, quotes or line breaks must be in double quotes, and a quote"
                    + " inside it written twice (\"\").");
        }
        if (records.isEmpty()) {
            return failed("The file is empty.");
        }
        if (records.size() - 1 > MAX_ROWS) {
            return failed("The file has %,d rows; the limit is %,d rows. Split it into smaller files."
                    .formatted(records.size() - 1, MAX_ROWS));
        }
        return new Records(records, records.getFirst().toList().stream().map(String::strip).toList(), null);
    }

    private static Records failed(String message) {
        return new Records(List.of(), List.of(), fail(message));
    }

    private static Parsed rows(Records records, List<String> header) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.all().size(); i++) {
            CSVRecord record = records.all().get(i);
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
            rows.add(new Row(rowNumber, cells));
        }
        return new Parsed(header, rows, problems);
    }

    private static String decodeUtf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String delimiterProblem(List<String> header) {
        String joined = String.join(",", header);
        if (header.size() == 1 && (joined.contains(";") || joined.contains("\t") || joined.contains("|"))) {
            String delimiter = joined.contains(";") ? "semicolons" : joined.contains("\t") ? "tabs" : "vertical bars";
            return "The columns are separated by " + delimiter + "; this import needs commas. In Excel choose"
                    + " \"CSV UTF-8 (comma delimited)\".";
        }
        return null;
    }

    private static String headerProblem(List<String> header, ImportKind kind) {
        String delimiter = delimiterProblem(header);
        if (delimiter != null) {
            return delimiter;
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
        return new Parsed(List.of(), List.of(), List.of(new ImportProblem(0, null, message)));
    }
}
