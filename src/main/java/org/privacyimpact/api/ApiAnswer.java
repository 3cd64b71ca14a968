package org.privacyimpact.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.AddressReader;
import org.privacyimpact.dataset.FilterParameters;
import org.privacyimpact.export.SpreadsheetSafeCsv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the request wants its answer: JSON by default, CSV with {@code ?format=csv} or {@code Accept: text/csv}, and
 * for CSV {@code &excel=true} adds the byte-order mark Excel wants. Given to an endpoint as an argument
 * ({@link ApiArguments}), read strictly like its filter.
 */
record ApiAnswer(boolean csv, boolean byteOrderMark, HttpServletResponse response) {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    static final AddressParameter<Boolean> FORMAT = AddressParameter.of("format", "json or csv",
            text -> switch (text.toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new IllegalArgumentException();
            }, csv -> csv ? "csv" : "json");
    static final AddressParameter<Boolean> EXCEL = FilterParameters.trueOrFalse("excel");
    static final List<AddressParameter<?>> PARAMETERS = List.of(FORMAT, EXCEL);

    static ApiAnswer read(AddressReader reader, String accept, HttpServletResponse response) {
        Boolean format = reader.one(FORMAT);
        boolean csv = format != null ? format : accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.isCompatibleWith(CSV) && !type.isWildcardType());
        return new ApiAnswer(csv, reader.one(EXCEL, false), response);
    }

    /** One thing: {@code json} as JSON, or the CSV {@code writer} writes, in a file named {@code name}.csv. */
    ResponseEntity<?> of(String name, Consumer<OutputStream> writer, Supplier<Object> json) {
        return csv ? csv(name, writer) : json(json.get());
    }

    static ResponseEntity<Object> json(Object body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    /**
     * Streams the CSV straight into the response as the rows come from the database, then tells Spring the
     * response is complete (null): a million rows never sit in memory.
     */
    ResponseEntity<?> csv(String name, Consumer<OutputStream> writer) {
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + (byteOrderMark ? "-for-excel" : "") + ".csv").build().toString());
        try {
            OutputStream out = response.getOutputStream();
            if (byteOrderMark) {
                out.write(SpreadsheetSafeCsv.UTF8_BYTE_ORDER_MARK);
            }
            writer.accept(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    /** A list: a page of it in JSON ({@code page}, {@code size} ≤ 500), or all of it, streamed, in CSV. */
    record Listed(ApiAnswer answer, int page, int size) {

        static final AddressParameter<Integer> PAGE = AddressParameter.of("page", "a whole number, 0 or more",
                wholeNumber(0, Integer.MAX_VALUE), String::valueOf);
        static final int DEFAULT_PAGE_SIZE = 100;
        static final int MAX_PAGE_SIZE = 500;
        static final AddressParameter<Integer> SIZE = AddressParameter.of("size",
                "a whole number from 1 to " + MAX_PAGE_SIZE, wholeNumber(1, MAX_PAGE_SIZE), String::valueOf);
        static final List<AddressParameter<?>> PARAMETERS = List.of(PAGE, SIZE, FORMAT, EXCEL);

        static Listed read(AddressReader reader, String accept, HttpServletResponse response) {
            return new Listed(ApiAnswer.read(reader, accept, response), reader.one(PAGE, 0),
                    reader.one(SIZE, DEFAULT_PAGE_SIZE));
        }

        /** The CSV {@code writer} writes, or the page: {@code count} all, then {@code fetch} this page's items. */
        <T> ResponseEntity<?> of(String name, Consumer<OutputStream> writer, java.util.function.IntSupplier count,
                                 ApiPage.Fetch<T> fetch) {
            return answer.csv() ? answer.csv(name, writer) : json(ApiPage.of(page, size, count.getAsInt(), fetch));
        }
    }

    private static Function<String, Integer> wholeNumber(int least, int most) {
        return text -> {
            if (!text.matches("\\d{1,9}")) {
                throw new IllegalArgumentException();
            }
            int number = Integer.parseInt(text);
            if (number < least || number > most) {
                throw new IllegalArgumentException();
            }
            return number;
        };
    }
}
