package org.privacyimpact.dataset;

import java.io.OutputStream;
import java.util.List;

import org.privacyimpact.export.SpreadsheetSafeCsv;
import org.springframework.stereotype.Component;

/**
 * Target figures and user bases as CSV, streamed from the database: the data API's CSV and the downloads of
 * the incident and country pages. Column names carry units (people_targeted, users); text is neutralised
 * against spreadsheet formulas, numbers are not touched.
 */
@Component
public class RecordsCsv {

    public static final List<String> FIGURE_COLUMNS = List.of("reference_id", "incident_id", "incident_name",
            "country_iso2", "area", "people_targeted", "count_qualifier", "count_kind", "period_start", "period_end",
            "victim_groups", "verified", "preferred", "subset_of", "denominator_rule", "notes", "source_title", "source_url",
            "source_quote");
    public static final List<String> USER_BASE_COLUMNS = List.of("reference_id", "platform", "country_iso2", "area",
            "users", "users_qualifier", "metric", "as_of", "verified", "notes", "source_title", "source_url",
            "source_quote");
    public static final List<String> SOURCE_COLUMNS = List.of("id", "title", "publisher", "url", "published_on",
            "target_figures", "user_bases");

    private final RecordsQuery records;
    private final DatasetQuery dataset;

    RecordsCsv(RecordsQuery records, DatasetQuery dataset) {
        this.records = records;
        this.dataset = dataset;
    }

    /** Every published source with how many figures and user bases cite it (a few hundred rows at most). */
    public void sources(OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, SOURCE_COLUMNS)) {
            dataset.sources(0, Integer.MAX_VALUE).forEach(s -> csv.printRow(s.id(), s.title(), s.publisher(), s.url(),
                    s.publishedOn() == null ? null : s.publishedOn().toString(), s.targetFigures(), s.userBases()));
        }
    }

    /**
     * Copied by PostgreSQL (COPY) and made spreadsheet-safe on the way out, under the same cell rules as every
     * other export: see SpreadsheetSafeCopy.
     */
    public void figures(FigureFilter filter, OutputStream out) {
        records.copyFiguresCsv(filter, out);
    }

    public void userBases(UserBaseFilter filter, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, USER_BASE_COLUMNS)) {
            records.streamUserBases(filter, r -> csv.printRow(r.referenceId(), r.platform(), r.area().countryIso2(),
                    r.area().name(), r.users(), r.qualifier().code(), r.metric().code(), r.asOf(), r.verified(),
                    r.notes(), r.source().title(), r.source().url(), r.source().quote()));
        }
    }
}
