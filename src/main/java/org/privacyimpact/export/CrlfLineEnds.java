package org.privacyimpact.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns the line feeds that end CSV records into CR LF (RFC 4180, as {@link SpreadsheetSafeCsv} writes), for
 * CSV that PostgreSQL's COPY writes with bare line feeds. A line feed inside a quoted cell is part of the
 * cell and stays as it is: a doubled quote inside a cell toggles the quote state twice, so counting quotes is
 * enough to know whether a byte is inside a cell. UTF-8 multi-byte characters never contain these two bytes.
 */
public final class CrlfLineEnds extends FilterOutputStream {

    private static final byte QUOTE = '"';
    private static final byte LINE_FEED = '\n';
    private static final byte[] CR_LF = {'\r', '\n'};

    private boolean insideQuotes;

    public CrlfLineEnds(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (bytes[i] == QUOTE) {
                insideQuotes = !insideQuotes;
            } else if (bytes[i] == LINE_FEED && !insideQuotes) {
                out.write(bytes, start, i - start);
                out.write(CR_LF);
                start = i + 1;
            }
        }
        out.write(bytes, start, end - start);
    }
}
