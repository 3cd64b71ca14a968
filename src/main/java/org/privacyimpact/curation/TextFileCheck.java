package org.privacyimpact.curation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Says whether uploaded bytes are UTF-8 text the database can store, and if not what they look like: a curator
 * who picked a picture or a workbook is told so, not that the file "contains zero bytes". Every byte is looked
 * at: PostgreSQL's text cannot hold a zero byte, wherever in the file it is.
 */
final class TextFileCheck {

    private static final String SAVE_AS_CSV = "Save it as \"CSV UTF-8 (comma delimited)\".";

    /** The first bytes of files that are often picked by mistake, and what to call them. */
    private record Signature(byte[] start, String name) {

        boolean matches(byte[] bytes) {
            return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
        }
    }

    private static final List<Signature> NOT_TEXT = List.of(
            new Signature(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"),
            new Signature(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
            new Signature(new byte[] {'G', 'I', 'F', '8'}, "a GIF image"),
            new Signature(new byte[] {'%', 'P', 'D', 'F'}, "a PDF document"),
            new Signature(new byte[] {'P', 'K', 3, 4}, "a ZIP archive (an Excel .xlsx or .ods workbook is one)"),
            new Signature(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "an older Excel (.xls) or Word file"));

    private TextFileCheck() {
    }

    /** Null if the bytes are UTF-8 text without zero bytes; else what they look like and how to fix it. */
    static String problem(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return "The file is UTF-16 (often Excel's \"Unicode text\"). " + SAVE_AS_CSV;
        }
        for (Signature signature : NOT_TEXT) {
            if (signature.matches(bytes)) {
                return "The file is " + signature.name() + ", not a text (CSV) file. Choose the CSV file, or open"
                        + " this one in its program and save it as \"CSV UTF-8 (comma delimited)\".";
            }
        }
        int zero = indexOfZero(bytes);
        if (zero >= 0) {
            if (looksLikeUtf16(bytes)) {
                return "The file is UTF-16 without a byte-order mark (every other byte is zero). " + SAVE_AS_CSV;
            }
            return ("The file is not a text (CSV) file: byte %,d, on line %d, is a zero byte, which no text contains"
                    + " and the database cannot store. Choose the CSV file, or remove that byte.")
                    .formatted(zero + 1, lineOf(bytes, zero));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            decoder.decode(buffer);
            return null;
        } catch (MalformedInputException e) {
            int at = buffer.position();
            return ("The file is not UTF-8: byte 0x%02X on line %d is not valid UTF-8 (Latin-1 or Windows-1252, as"
                    + " older Excel versions save, would explain it). " + SAVE_AS_CSV)
                    .formatted(bytes[at] & 0xFF, lineOf(bytes, at));
        } catch (CharacterCodingException e) {
            return "The file is not UTF-8. " + SAVE_AS_CSV;
        }
    }

    private static int indexOfZero(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Text in UTF-16 has its zero bytes (the high bytes of Latin letters) on one side of each pair only. */
    private static boolean looksLikeUtf16(byte[] bytes) {
        int sample = Math.min(bytes.length, 4096);
        int even = 0;
        int odd = 0;
        for (int i = 0; i < sample; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        return Math.max(even, odd) >= sample / 4 && Math.min(even, odd) <= Math.max(even, odd) / 20;
    }

    private static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
