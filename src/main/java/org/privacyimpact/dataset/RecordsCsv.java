package org.privacyimpact.dataset;

import java.io.OutputStream;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.export.CsvColumns;
import org.springframework.stereotype.Component;

/**
 * Target figures and user bases as CSV, streamed from the database: the data API's CSV and the downloads of
 * the incident and country pages. Column names carry units (people_targeted, users); text is neutralised
 * against spreadsheet formulas, numbers are not touched.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordsCsv {

    /**
     * The figures file: its header, and each column's unit and definition for the report's metadata. The database
     * writes the cells (COPY, {@code JooqRecordsQuery}); the curators' import reads the same columns.
     */
    public static final CsvColumns<Void> FIGURES = CsvColumns.<Void>builder()
            .add("reference_id", "identifier", "The figure's id in the dataset.")
            .add("incident_id", "identifier", "Its incident.")
            .add("incident_name", "text", "The incident's name.")
            .add("country_iso2", "ISO 3166-1 alpha-2", "Empty for worldwide figures.")
            .add("area", "text", "The country, or Worldwide.")
            .add("people_targeted", "as counted_unit says", "The figure as the source states it.")
            .add("count_qualifier", "exact | approximate | at_least | at_most", "How the source states the number.")
            .add("count_kind", "code", "What the number counts; kinds are never added together.")
            .add("counted_unit", "people | phone_numbers | phones | accounts | devices | ip_addresses | customers",
                    "What one unit of people_targeted is; a count of anything but people is never read as people. "
                    + "An import may leave it out: a figure then counts its kind's usual unit (phone numbers on "
                    + "a leaked list, else people).")
            .add("period_start", "year", "First year the figure covers; empty where the source gives no year.")
            .add("period_end", "year", "Last year the figure covers; empty with period_start.")
            .add("victim_groups", "text", "Who was targeted, as the reference describes them.")
            .add("verified", "true | false", "false where the source is weak or could not be checked word for word.")
            .add("preferred", "true | false", "false for a competing value shown beside the preferred one.")
            .add("subset_of", "identifier", "The figure this one counts part of; never add the two.")
            .add("denominator_rule", "country_user_base | several_platforms | no_rate", "What the figure may be "
                    + "divided by: any number of its area; internet users and population only (people on several "
                    + "platforms); nothing (not that area's people).")
            .add("notes", "text", "Our notes.")
            .add("source_title", "text", "The document the figure comes from.")
            .add("source_url", "URL", "Where to read it.")
            .add("source_quote", "text", "The sentence that states the figure, verbatim.")
            .build();
    public static final List<String> FIGURE_COLUMNS = FIGURES.names();

    public static final CsvColumns<UserBaseRecord> USER_BASES = CsvColumns.<UserBaseRecord>builder()
            .add("reference_id", UserBaseRecord::referenceId)
            .add("platform", UserBaseRecord::platform)
            .add("country_iso2", r -> r.area().countryIso2())
            .add("area", r -> r.area().name())
            .add("users", UserBaseRecord::users)
            .add("users_qualifier", r -> r.qualifier().code())
            .add("metric", r -> r.metric().code())
            .add("as_of", UserBaseRecord::asOf)
            .add("verified", UserBaseRecord::verified)
            .add("notes", UserBaseRecord::notes)
            .add("source_title", r -> r.source().title())
            .add("source_url", r -> r.source().url())
            .add("source_quote", r -> r.source().quote())
            .build();
    public static final List<String> USER_BASE_COLUMNS = USER_BASES.names();

    public static final CsvColumns<SourceSummary> SOURCES = CsvColumns.<SourceSummary>builder()
            .add("id", SourceSummary::id)
            .add("title", SourceSummary::title)
            .add("publisher", SourceSummary::publisher)
            .add("url", SourceSummary::url)
            .add("published_on", s -> s.publishedOn() == null ? null : s.publishedOn().toString())
            .add("target_figures", SourceSummary::targetFigures)
            .add("user_bases", SourceSummary::userBases)
            .build();
    public static final List<String> SOURCE_COLUMNS = SOURCES.names();

    private final RecordsQuery records;
    private final DatasetQuery dataset;

    /** Every published source with how many figures and user bases cite it (a few hundred rows at most). */
    public void sources(OutputStream out) {
        SOURCES.write(out, each -> dataset.sources(SourceFilter.ALL, 0, Integer.MAX_VALUE).forEach(each));
    }

    /**
     * Copied by PostgreSQL (COPY) and made spreadsheet-safe on the way out, under the same cell rules as every
     * other export: see SpreadsheetSafeCopy.
     */
    public void figures(FigureFilter filter, OutputStream out) {
        records.copyFiguresCsv(filter, out);
    }

    public void userBases(UserBaseFilter filter, OutputStream out) {
        USER_BASES.write(out, each -> records.streamUserBases(filter, each));
    }
}
