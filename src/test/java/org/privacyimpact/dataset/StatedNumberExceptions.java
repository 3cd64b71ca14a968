package org.privacyimpact.dataset;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;

/**
 * Figures whose quote states the number in a form {@link QuotedNumberForms} does not accept: in words, in
 * another language, with another thousands separator, or as parts that add up. Each entry names the exact
 * words that must appear in the quote and the number they mean, so a changed quote or number still fails.
 * Keyed by reference_id (target figures) or the user base's reference_id; the list is data, kept in
 * {@value #FILE}.
 */
final class StatedNumberExceptions {

    static final String FILE = "/reference/stated-number-exceptions.csv";

    record StatedAs(String wording, long number, String why) {
    }

    static final Map<String, StatedAs> BY_REFERENCE_ID = read();

    private StatedNumberExceptions() {
    }

    private static Map<String, StatedAs> read() {
        try (Reader in = new InputStreamReader(
                Objects.requireNonNull(StatedNumberExceptions.class.getResourceAsStream(FILE), FILE),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).stream()
                    .collect(Collectors.toUnmodifiableMap(row -> row.get("reference_id"),
                            row -> new StatedAs(row.get("wording"), Long.parseLong(row.get("number")),
                                    row.get("why"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
