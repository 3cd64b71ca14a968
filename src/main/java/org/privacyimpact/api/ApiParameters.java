package org.privacyimpact.api;

import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.BadParameterException;

/**
 * Reads the paging parameters strictly: a value that does not parse is a {@link BadParameterException} naming the
 * parameter. Filters are read by the definitions the views share ({@link FilterArguments}).
 */
final class ApiParameters {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 500;

    private ApiParameters() {
    }

    static int page(String value) {
        Integer page = integer("page", value);
        if (page == null) {
            return 0;
        }
        if (page < 0) {
            throw new BadParameterException("page", "page must be 0 or more");
        }
        return page;
    }

    static int size(String value) {
        Integer size = integer("size", value);
        if (size == null) {
            return DEFAULT_PAGE_SIZE;
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    private static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{1,9}")) {
            throw new BadParameterException(name, name + " must be a whole number, not \""
                    + AddressParameter.printable(value) + "\"");
        }
        return Integer.valueOf(value);
    }
}
