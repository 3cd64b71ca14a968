package org.privacyimpact.curation;

import static org.privacyimpact.curation.CuratedDraft.auditValuesOf;
import static org.privacyimpact.curation.CuratedDraft.clean;

import java.time.LocalDate;
import java.util.Map;

/**
 * A published document figures are taken from. Its publication date may be known to the day or to the month.
 * Its key is the number the dataset gives it, not one of its values; its URL is unique too.
 */
public record SourceDraft(String title, String publisher, String url, LocalDate publishedOn, Integer publishedYear,
                          Integer publishedMonth) implements CuratedDraft<SourceDraft> {

    static SourceDraft blank() {
        return new SourceDraft(null, null, null, null, null, null);
    }

    /** A full date also fills year and month, so month-precision sorting works for every source. */
    @Override
    public SourceDraft normalised() {
        Integer year = publishedOn != null ? Integer.valueOf(publishedOn.getYear()) : publishedYear;
        Integer month = publishedOn != null ? Integer.valueOf(publishedOn.getMonthValue()) : publishedMonth;
        return new SourceDraft(clean(title), clean(publisher), clean(url), publishedOn, year, month);
    }

    @Override
    public SourceDraft withKey(String key) {
        return this;
    }

    @Override
    public Map<String, String> auditValues() {
        return auditValuesOf("title", title, "publisher", publisher, "url", url, "published_on", publishedOn,
                "published_year", publishedYear, "published_month", publishedMonth);
    }
}
