package org.privacyimpact.export;

import static org.jooq.impl.DSL.ascii;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.ltrim;
import static org.jooq.impl.DSL.when;

import java.util.List;

import org.jooq.Field;

/**
 * {@link SpreadsheetSafeCsv}'s cell rules as SQL expressions, for exports PostgreSQL writes itself with
 * {@code COPY … TO STDOUT}: the database then formats a million rows at its own speed. The two must agree
 * cell for cell; {@code CopiedCsvTest} compares them on every figure and on the formula payloads.
 */
public final class SpreadsheetSafeSql {

    private SpreadsheetSafeSql() {
    }

    /**
     * SpreadsheetSafeCsv's formula triggers and the characters skipped before them, as code points (PostgreSQL's
     * ascii() gives a UTF-8 text's first code point). Its NUL is left out: PostgreSQL text cannot hold one.
     */
    private static final List<Field<Integer>> TRIGGERS = codes(SpreadsheetSafeCsv.FORMULA_TRIGGERS.replace("\0", ""));
    private static final List<Field<Integer>> SKIPPED = codes(SpreadsheetSafeCsv.SKIPPED);

    /**
     * From 'A' up to the first trigger or skipped character above it (U+FEFF, the byte-order mark), no text needs
     * the rule: most cells start with a letter and are passed by this one range test instead of fifteen.
     */
    private static final int PLAIN_FROM = 'A';
    private static final int PLAIN_TO = (SpreadsheetSafeCsv.FORMULA_TRIGGERS + SpreadsheetSafeCsv.SKIPPED).chars()
            .filter(code -> code >= PLAIN_FROM).min().orElse(Character.MAX_CODE_POINT + 1) - 1;

    /**
     * Text with an apostrophe in front when, after leading spaces, quote characters and byte-order marks, it
     * starts with a formula trigger. The first character is compared as a code point, and the leading
     * characters are only trimmed when the text starts with one of them: a million rows of eight text cells
     * each, at the database's speed.
     */
    public static Field<String> text(Field<String> text) {
        Field<Integer> first = ascii(text);
        return when(first.between(inline(PLAIN_FROM), inline(PLAIN_TO)), text)
                .when(first.in(TRIGGERS), inline("'").concat(text))
                .when(first.in(SKIPPED).and(ascii(ltrim(text, inline(SpreadsheetSafeCsv.SKIPPED))).in(TRIGGERS)),
                        inline("'").concat(text))
                .otherwise(text);
    }

    private static List<Field<Integer>> codes(String characters) {
        return characters.chars().<Field<Integer>>mapToObj(code -> inline(code)).toList();
    }

    /** true or false as SpreadsheetSafeCsv writes a Boolean (COPY would write t or f). */
    public static Field<String> flag(Field<Boolean> flag) {
        return when(flag.isTrue(), inline("true")).when(flag.isFalse(), inline("false"));
    }
}
