package org.privacyimpact.curation;

import java.time.LocalDate;

/** A published document figures are taken from. Its publication date may be known to the day or to the month. */
public record SourceDraft(String title, String publisher, String url, LocalDate publishedOn, Integer publishedYear,
                          Integer publishedMonth) {
}
