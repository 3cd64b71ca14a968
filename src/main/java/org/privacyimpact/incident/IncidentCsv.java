package org.privacyimpact.incident;

import java.io.OutputStream;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.export.CsvColumns;
import org.springframework.stereotype.Component;

/**
 * The incident list as CSV: with codes for the data API and the full download, and in the list's own words for
 * the Incidents view's "as shown" download.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IncidentCsv {

    static final CsvColumns<IncidentSummary> FULL = CsvColumns.<IncidentSummary>builder()
            .add("id", IncidentSummary::id)
            .add("name", IncidentSummary::name)
            .add("short_name", IncidentSummary::shortName)
            .add("tool_or_vendor", IncidentSummary::toolOrVendor)
            .add("platform", IncidentSummary::platform)
            .add("year_start", IncidentSummary::yearStart)
            .add("year_end", IncidentSummary::yearEnd)
            .add("first_reported_year", IncidentSummary::firstReported)
            .add("figures", IncidentSummary::figures)
            .add("countries", IncidentSummary::countries)
            .add("count_kinds", i -> String.join(";", i.kinds().stream().map(kind -> kind.code()).toList()))
            .add("has_unverified_figures", IncidentSummary::hasUnverified)
            .build();
    public static final List<String> COLUMNS = FULL.names();

    /** The list's columns as the view shows them. */
    static final CsvColumns<IncidentSummary> AS_SHOWN = CsvColumns.<IncidentSummary>builder()
            .add("Incident", IncidentSummary::shortName)
            .add("Largest figure", i -> i.largest() == null ? null : i.largest().inWords())
            .add("Largest figure verified",
                    i -> i.largest() == null ? null : i.largest().verified() ? "verified" : "unverified")
            .add("Spyware / vendor", IncidentSummary::toolOrVendor)
            .add("Platform", IncidentSummary::platform)
            .add("Years", IncidentSummary::years)
            .add("First reported", IncidentSummary::firstReported)
            .add("Figures", IncidentSummary::figures)
            .add("Countries", IncidentSummary::countries)
            .add("Count kinds", i -> String.join("; ", i.kinds().stream().map(kind -> kind.label()).toList()))
            .add("Has unverified figures", i -> i.hasUnverified() ? "yes" : "no")
            .build();

    private final IncidentQuery incidents;

    public void write(IncidentFilter filter, IncidentSort sort, OutputStream out) {
        write(FULL, filter, sort, out);
    }

    public void writeAsShown(IncidentFilter filter, IncidentSort sort, OutputStream out) {
        write(AS_SHOWN, filter, sort, out);
    }

    private void write(CsvColumns<IncidentSummary> columns, IncidentFilter filter, IncidentSort sort,
                       OutputStream out) {
        columns.write(out, each -> incidents.find(filter, sort, 0, Integer.MAX_VALUE).forEach(each));
    }
}
