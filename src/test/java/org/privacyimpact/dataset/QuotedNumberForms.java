package org.privacyimpact.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

/**
 * The ways a source writes a number that our data-quality check accepts as "the quote states it": digits
 * ("1400"), grouped digits ("1,400"), millions or billions that are exactly the number ("400 million",
 * "2.99 billion"), and a record of a data file whose last field, rounded to whole people, is the number
 * ("Israel,ISR,2021,8075132.5" for 8,075,132). Anything else (words, other languages, sums of parts) must be
 * listed one by one in {@link StatedNumberExceptions}.
 */
final class QuotedNumberForms {

    private QuotedNumberForms() {
    }

    static Set<String> of(long number) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(Long.toString(number));
        forms.add(NumberFormat.getIntegerInstance(Locale.ENGLISH).format(number));
        addScaled(forms, number, 1_000_000_000L, "billion");
        addScaled(forms, number, 1_000_000L, "million");
        return forms;
    }

    private static void addScaled(Set<String> forms, long number, long unit, String word) {
        if (number >= unit) {
            BigDecimal scaled = BigDecimal.valueOf(number).divide(BigDecimal.valueOf(unit));
            // only exact: 1,500,000,000 is "1.5 billion", but 1,523,456,789 is not "1.5 billion"
            if (scaled.stripTrailingZeros().scale() <= 3) {
                forms.add(scaled.stripTrailingZeros().toPlainString() + " " + word);
            }
        }
    }

    static boolean statedIn(String quote, long number) {
        return of(number).stream().anyMatch(form -> containsAsNumber(quote, form))
                || isDataRecordEndingWith(quote, number);
    }

    /**
     * Denominators from data files (Our World in Data, World Bank) are quoted as the file's line, e.g.
     * {@code "Egypt, Arab Rep.",EGY,2024,116538258}; estimates there can have a fraction of a person.
     */
    private static boolean isDataRecordEndingWith(String quote, long number) {
        if (!DATA_RECORD.matcher(quote).matches()) {
            return false;
        }
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(quote))) {
            var record = parser.getRecords().getFirst();
            // rounded to whole people either way: the reference files do not say which rounding they used
            return new BigDecimal(record.get(record.size() - 1)).subtract(BigDecimal.valueOf(number)).abs()
                    .compareTo(BigDecimal.ONE) < 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern DATA_RECORD = Pattern.compile("^(\"[^\"]*\"|[^,\"]*)(,[^,\"]*)*,\\d+(\\.\\d+)?$");

    /** "121" must not match inside "1215" or "2121"; digits and separators around it break the match. */
    private static boolean containsAsNumber(String quote, String form) {
        int from = 0;
        while (true) {
            int at = quote.indexOf(form, from);
            if (at < 0) {
                return false;
            }
            boolean digitBefore = at > 0 && isNumberPart(quote.charAt(at - 1));
            int end = at + form.length();
            boolean digitAfter = end < quote.length() && Character.isDigit(quote.charAt(end))
                    || end + 1 < quote.length() && (quote.charAt(end) == ',' || quote.charAt(end) == '.')
                    && Character.isDigit(quote.charAt(end + 1));
            if (!digitBefore && !digitAfter) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isNumberPart(char c) {
        return Character.isDigit(c) || c == ',' || c == '.';
    }
}
