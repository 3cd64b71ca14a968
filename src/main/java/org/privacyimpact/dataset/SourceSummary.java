package org.privacyimpact.dataset;

import java.time.LocalDate;

/**
 * A document the dataset cites, with how many figures rest on it.
 *
 * @param publishedOn null where only the month or year is known (the title then says it)
 */
public record SourceSummary(long id, String title, String publisher, String url, LocalDate publishedOn,
                            int targetFigures, int userBases) {
}
