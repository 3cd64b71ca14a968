package org.privacyimpact.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes RFC 4180 CSV (UTF-8, CRLF) that is safe to open in a spreadsheet: a text cell that a spreadsheet
 * would run as a formula gets a leading apostrophe, while numbers are written unchanged.
 */
public final class SpreadsheetSafeCsv implements Closeable, Flushable {

    /**
     * The UTF-8 byte order mark. Written before the header only when asked for ("Excel" variant): Excel needs
     * it to read UTF-8, other tools may show it as a stray character.
     */
    public static final byte[] UTF8_BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * First characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula: = + - @ tab CR, as
     * OWASP's CSV Injection page lists them (owasp.org/www-community/attacks/CSV_Injection); NUL, which ASVS 1.2.10
     * adds; and LF, like CR. The full-width ＝ ＋ － ＠ are not on those lists: they are added as a precaution, since East
     * Asian input methods type them and a spreadsheet may normalise them to the ASCII forms (we found no source
     * confirming one that runs them; the cost is one apostrophe on text that starts with them). | and % are left
     * alone: neither starts a formula (| matters only inside one, as in =cmd|' /C calc'!A0, whose = is caught), and
     * "% of users" is ordinary text.
     */
    static final String FORMULA_TRIGGERS = "=+-@\t\r\n\0\uFF1D\uFF0B\uFF0D\uFF20";

    /**
     * Characters skipped before looking for a trigger. Spaces and quote characters, which spreadsheets pass over;
     * and the invisible byte-order mark U+FEFF: a cell that starts with one becomes a formula wherever the mark is
     * taken for the file's own and dropped (rows pasted at the start of a file), so it is neutralised here.
     */
    static final String SKIPPED = " \"'\uFEFF";

    private static final int BUFFER_CHARS = 64 * 1024;

    /**
     * The printer writes a row cell by cell, character run by character run, into this builder; the row then
     * goes to the writer in one call. A writer takes a lock on every call: with the printer writing straight to
     * it, the writer's calls and that lock were a third of a million-row export's CPU samples (a flight
     * recording of the benchmark, BENCHMARKS.md).
     */
    private final StringBuilder row = new StringBuilder(1024);
    private final Writer out;
    private final CSVPrinter printer;
    private final int columns;

    public SpreadsheetSafeCsv(OutputStream out, List<String> header) {
        columns = header.size();
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
        try {
            printer = new CSVPrinter(row, CSVFormat.RFC4180);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        printRow(header.stream().map(Object.class::cast).toList());
    }

    /** Cells may be text, numbers, booleans or null (an empty cell); one per header column. */
    public void printRow(List<?> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("A row has " + cells.size() + " cells; the header has " + columns);
        }
        try {
            for (Object value : cells) {
                printer.print(cell(value));
            }
            printer.println();
            out.append(row);
            row.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void printRow(Object... cells) {
        printRow(Arrays.asList(cells));
    }

    private static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString();
            case Number number -> number.toString();
            case Boolean bool -> bool.toString();
            default -> neutraliseFormula(value.toString());
        };
    }

    /**
     * Prefixes an apostrophe when the text, after any leading spaces, quote characters or byte-order marks,
     * starts with a formula trigger. The apostrophe is not itself a trigger, so the result cannot be
     * re-interpreted.
     */
    public static String neutraliseFormula(String text) {
        int first = 0;
        while (first < text.length() && SKIPPED.indexOf(text.charAt(first)) >= 0) {
            first++;
        }
        if (first < text.length() && FORMULA_TRIGGERS.indexOf(text.charAt(first)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /**
     * Undoes {@link #neutraliseFormula} for a cell read back from one of our files, so exporting, editing and
     * re-importing a file stores the text exactly as it was.
     */
    public static String restoreNeutralisedText(String cell) {
        if (cell.startsWith("'") && neutraliseFormula(cell.substring(1)).equals(cell)) {
            return cell.substring(1);
        }
        return cell;
    }

    /** True if a spreadsheet could read the text as a formula (it would be written with a leading apostrophe). */
    public static boolean looksLikeFormula(String text) {
        return !neutraliseFormula(text).equals(text);
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
