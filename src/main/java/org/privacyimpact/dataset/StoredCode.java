package org.privacyimpact.dataset;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An enum whose constants are stored in the database and written to exports as a short code. */
public interface StoredCode {

    /** The value stored in the database and written to CSV files. */
    String code();

    static <E extends Enum<E> & StoredCode> E fromCode(Class<E> type, String code) {
        Object constant = Codes.BY_TYPE.get(type).get(code);
        if (constant == null) {
            throw new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + code);
        }
        return type.cast(constant);
    }

    /** Each enum's constants by code, built once: an export looks up several codes on each of a million rows. */
    final class Codes {

        private static final ClassValue<Map<String, Object>> BY_TYPE = new ClassValue<>() {
            @Override
            protected Map<String, Object> computeValue(Class<?> type) {
                return Arrays.stream(type.getEnumConstants())
                        .collect(Collectors.toUnmodifiableMap(constant -> ((StoredCode) constant).code(),
                                Function.identity()));
            }
        };

        private Codes() {
        }
    }
}
