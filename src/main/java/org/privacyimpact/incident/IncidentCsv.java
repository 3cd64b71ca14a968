package org.privacyimpact.incident;

import java.io.OutputStream;
import java.util.List;

import org.privacyimpact.export.SpreadsheetSafeCsv;
import org.springframework.stereotype.Component;

/**
 * The incident list as CSV: with codes for the data API and the full download, and in the list's own words for
 * the Incidents view's "as shown" download.
 */
@Component
public class IncidentCsv {

    public static final List<String> COLUMNS = List.of("id", "name", "short_name", "tool_or_vendor", "platform",
            "year_start", "year_end", "first_reported_year", "figures", "countries", "count_kinds",
            "has_unverified_figures");

    /** The list's columns as the view shows them. */
    static final List<String> AS_SHOWN = List.of("Incident", "Largest figure", "Largest figure verified",
            "Spyware / vendor", "Platform", "Years", "First reported", "Figures", "Countries", "Count kinds",
            "Has unverified figures");

    private final IncidentQuery incidents;

    IncidentCsv(IncidentQuery incidents) {
        this.incidents = incidents;
    }

    public void write(IncidentFilter filter, IncidentSort sort, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, COLUMNS)) {
            incidents.find(filter, sort, 0, Integer.MAX_VALUE).forEach(i -> csv.printRow(i.id(), i.name(),
                    i.shortName(), i.toolOrVendor(), i.platform(), i.yearStart(), i.yearEnd(), i.firstReported(),
                    i.figures(), i.countries(), String.join(";", i.kinds().stream().map(kind -> kind.code()).toList()),
                    i.hasUnverified()));
        }
    }

    public void writeAsShown(IncidentFilter filter, IncidentSort sort, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, AS_SHOWN)) {
            incidents.find(filter, sort, 0, Integer.MAX_VALUE).forEach(i -> csv.printRow(i.shortName(),
                    i.largest() == null ? null : i.largest().inWords(),
                    i.largest() == null ? null : i.largest().verified() ? "verified" : "unverified",
                    i.toolOrVendor(), i.platform(), i.years(), i.firstReported(), i.figures(), i.countries(),
                    String.join("; ", i.kinds().stream().map(kind -> kind.label()).toList()),
                    i.hasUnverified() ? "yes" : "no"));
        }
    }
}
