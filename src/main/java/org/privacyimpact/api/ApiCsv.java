package org.privacyimpact.api;

import java.io.OutputStream;
import java.util.List;

import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.dataset.FigureFilter;
import org.privacyimpact.dataset.RecordsQuery;
import org.privacyimpact.dataset.SourceSummary;
import org.privacyimpact.dataset.UserBaseFilter;
import org.privacyimpact.export.SpreadsheetSafeCsv;
import org.privacyimpact.incident.IncidentSummary;
import org.springframework.stereotype.Component;

/**
 * The data API's CSV: the same columns as its JSON names, units in the names (people_targeted, users), every
 * text cell neutralised against spreadsheet formulas by {@link SpreadsheetSafeCsv}, rows streamed from the
 * database.
 */
@Component
class ApiCsv {

    static final List<String> FIGURE_COLUMNS = List.of("reference_id", "incident_id", "incident_name",
            "country_iso2", "area", "people_targeted", "count_qualifier", "count_kind", "period_start", "period_end",
            "victim_groups", "verified", "preferred", "subset_of", "no_rate", "notes", "source_title", "source_url",
            "source_quote");
    static final List<String> USER_BASE_COLUMNS = List.of("reference_id", "platform", "country_iso2", "area",
            "users", "users_qualifier", "metric", "as_of", "verified", "notes", "source_title", "source_url",
            "source_quote");
    static final List<String> INCIDENT_COLUMNS = List.of("id", "name", "short_name", "tool_or_vendor", "platform",
            "year_start", "year_end", "first_reported_year", "figures", "countries", "count_kinds",
            "has_unverified_figures");
    static final List<String> SOURCE_COLUMNS = List.of("id", "title", "publisher", "url", "published_on",
            "target_figures", "user_bases");
    static final List<String> RELEASE_COLUMNS = List.of("version", "released_on", "summary", "change");

    private final RecordsQuery records;

    ApiCsv(RecordsQuery records) {
        this.records = records;
    }

    void figures(FigureFilter filter, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, FIGURE_COLUMNS)) {
            records.streamFigures(filter, r -> csv.printRow(r.referenceId(), r.incidentId(), r.incidentName(),
                    r.area().countryIso2(), r.area().name(), r.count(), r.qualifier().code(), r.kind().code(),
                    r.periodStart(), r.periodEnd(), r.victimGroups(), r.verified(), r.preferred(), r.subsetOf(),
                    r.noRate(), r.notes(), r.source().title(), r.source().url(), r.source().quote()));
        }
    }

    void userBases(UserBaseFilter filter, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, USER_BASE_COLUMNS)) {
            records.streamUserBases(filter, r -> csv.printRow(r.referenceId(), r.platform(), r.area().countryIso2(),
                    r.area().name(), r.users(), r.qualifier().code(), r.metric().code(), r.asOf(), r.verified(),
                    r.notes(), r.source().title(), r.source().url(), r.source().quote()));
        }
    }

    static void incidents(List<IncidentSummary> incidents, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, INCIDENT_COLUMNS)) {
            incidents.forEach(i -> csv.printRow(i.id(), i.name(), i.shortName(), i.toolOrVendor(), i.platform(),
                    i.yearStart(), i.yearEnd(), i.firstReported(), i.figures(), i.countries(),
                    String.join(";", i.kinds().stream().map(kind -> kind.code()).toList()), i.hasUnverified()));
        }
    }

    static void sources(List<SourceSummary> sources, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, SOURCE_COLUMNS)) {
            sources.forEach(s -> csv.printRow(s.id(), s.title(), s.publisher(), s.url(),
                    s.publishedOn() == null ? null : s.publishedOn().toString(), s.targetFigures(), s.userBases()));
        }
    }

    static void releases(List<DatasetRelease> releases, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, RELEASE_COLUMNS)) {
            releases.forEach(release -> release.changes().forEach(change -> csv.printRow(release.version(),
                    release.releasedOn().toString(), release.summary(), change)));
        }
    }
}
