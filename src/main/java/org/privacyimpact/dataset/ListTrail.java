package org.privacyimpact.dataset;

import java.time.LocalDate;
import java.util.List;

/**
 * Where in a list with one row per person a figure was counted: the version of the file (the date the curator
 * gave and its SHA-256), the rows counted, and the links those rows cite as their own sources.
 *
 * @param rows the rows as a reader reads them, e.g. "2–3, 6"
 */
public record ListTrail(LocalDate listVersion, String listSha256, String rows, List<String> rowSources) {
}
