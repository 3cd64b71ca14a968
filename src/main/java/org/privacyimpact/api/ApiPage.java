package org.privacyimpact.api;

import java.util.List;

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
     * Fetches a page. A page past the last one is empty, like the page after the last in any list, and is not asked
     * of the database (its offset may not even fit an int).
     */
    static <T> ApiPage<T> of(int page, int size, int total, Fetch<T> fetch) {
        long offset = (long) page * size;
        List<T> items = offset >= total ? List.of() : fetch.items((int) offset, size);
        return new ApiPage<>(page, size, total, items);
    }
}
