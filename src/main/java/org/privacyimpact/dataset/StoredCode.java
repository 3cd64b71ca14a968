package org.privacyimpact.dataset;

import java.util.Arrays;

/** An enum whose constants are stored in the database and written to exports as a short code. */
public interface StoredCode {

    /** The value stored in the database and written to CSV files. */
    String code();

    static <E extends Enum<E> & StoredCode> E fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + code));
    }
}
