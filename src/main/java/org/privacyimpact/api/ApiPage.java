package org.privacyimpact.api;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * One page of a list.
 *
 * @param page  zero-based
 * @param total how many items match, across all pages
 */
public record ApiPage<T>(int page, int size, int total, List<T> items) {

    /** Fetches one page of something: the items from {@code offset}, at most {@code limit} of them. */
    @FunctionalInterface
    interface Fetch<T> {
        List<T> items(int offset, int limit);
    }

    /**
     * Reads the page and size parameters (a bad one is a 400, before anything is counted) and fetches that page.
     * A page past the last one is empty, like the page after the last in any list, and is not asked of the
     * database (its offset may not even fit an int).
     */
    static <T> ApiPage<T> of(String page, String size, IntSupplier count, Fetch<T> fetch) {
        int pageNumber = ApiParameters.page(page);
        int pageSize = ApiParameters.size(size);
        int total = count.getAsInt();
        long offset = (long) pageNumber * pageSize;
        List<T> items = offset >= total ? List.of() : fetch.items((int) offset, pageSize);
        return new ApiPage<>(pageNumber, pageSize, total, items);
    }
}
