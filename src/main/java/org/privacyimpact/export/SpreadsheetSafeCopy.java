package org.privacyimpact.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the CSV that PostgreSQL's {@code COPY … TO STDOUT WITH (FORMAT csv, HEADER true)} writes into the CSV that
 * {@link SpreadsheetSafeCsv} would write for the same rows: {@link SpreadsheetSafeCsv#neutraliseFormula}'s
 * apostrophe in front of a text cell that a spreadsheet would run, {@code true} and {@code false} for COPY's
 * {@code t} and {@code f}, and CR LF at the end of each record (RFC 4180; a line break inside a quoted cell stays
 * as it is). The header row passes unchanged.
 * <p>
 * The rules run here, on the bytes as they stream to the reader, rather than as SQL expressions in the copied
 * query: there they were about a fifth of the database's time for a million rows (BENCHMARKS.md, 2026-12-03),
 * and the database is what every reader shares. Here they take a pass over the bytes on the application's side.
 * <p>
 * COPY quotes a cell when it holds a comma, a quote or a line break, and doubles a quote inside it; a null is an
 * empty unquoted cell. So outside quotes a comma ends a cell and a line feed a record, and counting quotes is
 * enough to know whether a byte is inside a quoted cell (a doubled quote toggles twice). UTF-8's multi-byte
 * characters never contain these bytes.
 */
public final class SpreadsheetSafeCopy extends FilterOutputStream {

    /** What a copied column's cells need. */
    public enum CellRule {
        /** Written as stored: numbers, and codes that check constraints keep to lowercase words. */
        AS_STORED,
        /** Text a reader typed or a source holds: neutralised when a spreadsheet would run it. */
        TEXT,
        /** A boolean, which COPY writes as t or f. */
        FLAG
    }

    private static final byte QUOTE = '"';
    private static final byte COMMA = ',';
    private static final byte LINE_FEED = '\n';
    private static final byte[] CR_LF = {'\r', '\n'};
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte APOSTROPHE = '\'';

    /** SpreadsheetSafeCsv's triggers and skipped characters, each as its UTF-8 bytes. */
    private static final byte[][] TRIGGERS = utf8(SpreadsheetSafeCsv.FORMULA_TRIGGERS);
    private static final byte[][] SKIPPED = utf8(SpreadsheetSafeCsv.SKIPPED.replace("\"", ""));
    /**
     * The ASCII bytes that settle, as a text cell's first byte, that the cell is not a formula: neither a trigger
     * nor skipped, nor a quote. Most cells start with one (a letter, a digit), and go through without being held.
     */
    private static final boolean[] PLAIN_START = plainStarts();

    private static final int UNDECIDED = -1;
    private static final int PLAIN = 0;
    private static final int FORMULA = 1;

    private final CellRule[] rules;
    private final byte[] buffer = new byte[64 * 1024];
    private int buffered;

    private boolean header = true;
    private int column;
    private boolean cellStart = true;
    private boolean insideQuotes;

    /** The start of a text cell, held until it is known whether it needs the apostrophe. */
    private byte[] held = new byte[16];
    private int heldLength;
    private int heldScanned;
    private boolean deciding;
    private boolean heldQuoted;

    public SpreadsheetSafeCopy(OutputStream out, List<CellRule> rules) {
        super(out);
        this.rules = rules.toArray(CellRule[]::new);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    /**
     * Most bytes pass unchanged: they are copied in one piece from one change to the next, and the changes are
     * few. A comma or a quote only moves the state; only a record's end (CR LF for LF), a flag (a word for t or
     * f) and a text cell that may be a formula change what is written.
     */
    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int end = offset + length;
        int unchangedFrom = offset;
        int i = offset;
        while (i < end) {
            if (deciding) {
                hold(bytes[i++]);
                unchangedFrom = i;
                continue;
            }
            if (cellStart) {
                cellStart = false;
                if (!header && ruleTakes(bytes[i])) {
                    emit(bytes, unchangedFrom, i - unchangedFrom);
                    startCell(bytes[i++]);
                    unchangedFrom = i;
                    continue;
                }
            }
            while (i < end && !changesState(bytes[i])) {
                i++;
            }
            if (i == end) {
                break;
            }
            if (advance(bytes[i])) {
                emit(bytes, unchangedFrom, i - unchangedFrom);
                emit(CR_LF);
                unchangedFrom = i + 1;
            }
            i++;
        }
        emit(bytes, unchangedFrom, end - unchangedFrom);
    }

    private boolean changesState(byte b) {
        return b == QUOTE || !insideQuotes && (b == COMMA || b == LINE_FEED);
    }

    /** Whether the first byte of a cell is its column's rule's to write: a flag's t or f, a text that may be run. */
    private boolean ruleTakes(byte b) {
        return switch (rules[column]) {
            case FLAG -> b == 't' || b == 'f';
            case TEXT -> b < 0 || !PLAIN_START[b];
            case AS_STORED -> false;
        };
    }

    /**
     * The state past one byte: a quote turns quoting on or off, and outside quotes a comma starts a cell and a line
     * feed a record. True at a record's end, whose line feed is written as CR LF.
     */
    private boolean advance(byte b) {
        if (b == QUOTE) {
            insideQuotes = !insideQuotes;
        } else if (!insideQuotes && b == COMMA) {
            column++;
            cellStart = true;
        } else if (!insideQuotes && b == LINE_FEED) {
            column = 0;
            cellStart = true;
            header = false;
            return true;
        }
        return false;
    }

    /** A held byte, written as it stands but for a record's end. */
    private void pass(byte b) throws IOException {
        if (advance(b)) {
            emit(CR_LF);
        } else {
            emit(b);
        }
    }

    /** The first byte of a cell that its column's rule takes ({@link #ruleTakes}). */
    private void startCell(byte b) throws IOException {
        if (rules[column] == CellRule.FLAG) {
            emit(b == 't' ? TRUE : FALSE);
            return;
        }
        deciding = true;
        heldLength = 0;
        heldScanned = 0;
        heldQuoted = b == QUOTE;
        if (heldQuoted) {
            insideQuotes = true;
            emit(b);
        } else {
            hold(b);
        }
    }

    private void hold(byte b) throws IOException {
        if (heldLength == held.length) {
            held = Arrays.copyOf(held, held.length * 2);
        }
        held[heldLength++] = b;
        int decision = decide();
        if (decision == UNDECIDED) {
            return;
        }
        deciding = false;
        if (decision == FORMULA) {
            emit(APOSTROPHE);
        }
        for (int i = 0; i < heldLength; i++) {
            pass(held[i]);
        }
    }

    /**
     * Whether the held start of a text cell begins, after skipped characters, with a trigger; UNDECIDED while the
     * bytes held so far could still go either way. The cell's own end (a closing quote, or outside quotes a comma
     * or line feed) means it held nothing but skipped characters.
     */
    private int decide() {
        while (heldScanned < heldLength) {
            byte b = held[heldScanned];
            if (heldQuoted && b == QUOTE) {
                if (heldScanned + 1 == heldLength) {
                    return UNDECIDED;
                }
                if (held[heldScanned + 1] != QUOTE) {
                    return PLAIN;
                }
                heldScanned += 2;
                continue;
            }
            if (!heldQuoted && (b == COMMA || b == LINE_FEED)) {
                return PLAIN;
            }
            int skipped = match(SKIPPED);
            if (skipped == UNDECIDED) {
                return UNDECIDED;
            }
            if (skipped > 0) {
                heldScanned += skipped;
                continue;
            }
            int trigger = match(TRIGGERS);
            if (trigger == UNDECIDED) {
                return UNDECIDED;
            }
            return trigger > 0 ? FORMULA : PLAIN;
        }
        return UNDECIDED;
    }

    /** The length of the character among these that the held bytes start with here, 0 if none, or UNDECIDED. */
    private int match(byte[][] characters) {
        boolean couldStillMatch = false;
        for (byte[] character : characters) {
            int available = Math.min(character.length, heldLength - heldScanned);
            if (Arrays.equals(held, heldScanned, heldScanned + available, character, 0, available)) {
                if (available == character.length) {
                    return character.length;
                }
                couldStillMatch = true;
            }
        }
        return couldStillMatch ? UNDECIDED : 0;
    }

    private void emit(byte b) throws IOException {
        if (buffered == buffer.length) {
            drain();
        }
        buffer[buffered++] = b;
    }

    private void emit(byte[] bytes) throws IOException {
        emit(bytes, 0, bytes.length);
    }

    private void emit(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (buffered == buffer.length) {
                drain();
            }
            int copied = Math.min(length, buffer.length - buffered);
            System.arraycopy(bytes, offset, buffer, buffered, copied);
            buffered += copied;
            offset += copied;
            length -= copied;
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, buffered);
        buffered = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Writes what is held; a cell still undecided at the end of the copy is written as it is. */
    @Override
    public void close() throws IOException {
        if (deciding) {
            deciding = false;
            for (int i = 0; i < heldLength; i++) {
                pass(held[i]);
            }
        }
        super.close();
    }

    private static boolean[] plainStarts() {
        boolean[] plain = new boolean[128];
        for (char c = 0; c < plain.length; c++) {
            plain[c] = c != QUOTE && SpreadsheetSafeCsv.FORMULA_TRIGGERS.indexOf(c) < 0
                    && SpreadsheetSafeCsv.SKIPPED.indexOf(c) < 0;
        }
        return plain;
    }

    private static byte[][] utf8(String characters) {
        return characters.codePoints().mapToObj(Character::toString)
                .map(character -> character.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    }
}
