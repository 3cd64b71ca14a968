package org.privacyimpact.export;

import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.ltrim;
import static org.jooq.impl.DSL.substring;
import static org.jooq.impl.DSL.when;

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
     * Text with an apostrophe in front when, after leading spaces and quote characters, it starts with a
     * formula trigger (= + - @ tab CR LF; PostgreSQL text cannot hold the fourth, NUL).
     */
    public static Field<String> text(Field<String> text) {
        Field<String> first = substring(ltrim(text, inline(" \"'")), inline(1), inline(1));
        return when(first.in(inline("="), inline("+"), inline("-"), inline("@"), inline("\t"), inline("\r"),
                inline("\n")), inline("'").concat(text)).otherwise(text);
    }

    /** true or false as SpreadsheetSafeCsv writes a Boolean (COPY would write t or f). */
    public static Field<String> flag(Field<Boolean> flag) {
        return when(flag.isTrue(), inline("true")).when(flag.isFalse(), inline("false"));
    }
}
