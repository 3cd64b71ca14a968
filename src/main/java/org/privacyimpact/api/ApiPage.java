package org.privacyimpact.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param page  zero-based
 * @param total how many items match, across all pages
 */
public record ApiPage<T>(int page, int size, int total, List<T> items) {
}
