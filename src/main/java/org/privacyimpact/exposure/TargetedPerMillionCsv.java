package org.privacyimpact.exposure;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.privacyimpact.export.SpreadsheetSafeCsv;
import org.springframework.stereotype.Component;

/** The comparison as CSV: the same rows the screen shows, with every number's source and quote beside it. */
@Component
public class TargetedPerMillionCsv {

    static final List<String> HEADER = List.of(
            "area", "country_iso2", "incident_id", "incident", "incident_year",
            "people_targeted", "people_targeted_qualifier", "count_kind", "figure_verified", "figure_notes",
            "figure_source_title", "figure_source_url", "figure_source_quote",
            "user_base_platform", "users", "users_qualifier", "users_metric", "users_as_of", "users_verified",
            "users_notes", "users_source_title", "users_source_url", "users_source_quote", "years_between",
            "targeted_per_million_users", "rate_bound", "rate_not_shown_because", "other_reported_figures");

    /**
     * The columns the Compare table shows, in the words it shows (count kinds, "at least", "unverified"), not
     * codes: the "as shown" download for a reader. Numbers stay numbers, so a spreadsheet can sort them.
     */
    static final List<String> AS_SHOWN_HEADER = List.of(
            "Area", "Incident", "People targeted", "Stated as", "Count kind", "Count verified", "Divided by",
            "Users", "Users stated as", "Users as of", "Users verified", "Years between",
            "Per million", "Rate is", "Rate as shown", "No rate because", "Also reported");

    private final TargetedPerMillionQuery query;

    TargetedPerMillionCsv(TargetedPerMillionQuery query) {
        this.query = query;
    }

    /** Says what the file holds, e.g. people-targeted-notified-by-platform-per-million-platform-users-wa2019-2019.csv */
    public String fileName(ExposureFilter filter) {
        StringBuilder name = new StringBuilder("people-targeted-").append(filter.countKind().code())
                .append("-per-million-").append(filter.denominator().code());
        if (filter.platform() != null) {
            name.append("-through-").append(filter.platform());
        }
        filter.incidents().forEach(incident -> name.append('-').append(incident));
        if (filter.fromYear() != null || filter.toYear() != null) {
            name.append('-').append(filter.fromYear() == null ? "" : filter.fromYear());
            if (!java.util.Objects.equals(filter.fromYear(), filter.toYear())) {
                name.append("-to-").append(filter.toYear() == null ? "" : filter.toYear());
            }
        }
        return name.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".csv";
    }

    public void write(ExposureFilter filter, ExposureSort sort, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, HEADER)) {
            query.stream(filter, sort, row -> {
                List<Object> cells = new ArrayList<>(Arrays.asList(
                        row.area().name(), row.area().countryIso2(), row.incidentId(), row.incidentName(),
                        row.incidentYear(),
                        row.targetedCount(), row.countQualifier().code(), row.countKind().code(),
                        row.figureVerified(), row.figureNotes(),
                        row.figureSource().title(), row.figureSource().url(), row.figureSource().quote()));
                cells.addAll(userBaseCells(row.userBase()));
                cells.addAll(Arrays.asList(
                        row.yearGap(),
                        row.perMillion(),
                        row.rateBound() == null ? null : row.rateBound().code(),
                        row.rateUnavailable() == null ? null : row.rateUnavailable().explanation(),
                        describe(row.competingFigures())));
                csv.printRow(cells);
            });
        }
    }

    /** The rows of the filter with the columns the table shows (the "as shown" download). */
    public void writeAsShown(ExposureFilter filter, ExposureSort sort, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, AS_SHOWN_HEADER)) {
            query.stream(filter, sort, row -> {
                UserBase base = row.userBase();
                csv.printRow(row.area().name(), row.incidentShortName(),
                        row.targetedCount(), row.countQualifier().words(), row.countKind().label(),
                        yesNo(row.figureVerified()),
                        base == null ? null : ExposureSummary.denominatorWords(base),
                        base == null ? null : base.users(), base == null ? null : base.qualifier().words(),
                        base == null ? null : base.asOf(), base == null ? null : yesNo(base.verified()),
                        row.yearGap(),
                        row.perMillion(), row.rateBound() == null ? null : row.rateBound().words(), row.describeRate(),
                        row.rateUnavailable() == null ? null : row.rateUnavailable().explanation(),
                        row.competingFigures().stream().map(other -> other.describe() + " ("
                                + other.source().shortName() + ")").collect(Collectors.joining("; ")));
            });
        }
    }

    private static String yesNo(boolean verified) {
        return verified ? "verified" : "unverified";
    }

    /** The ten user-base columns, empty where no user figure qualifies as denominator. */
    private static List<Object> userBaseCells(UserBase base) {
        if (base == null) {
            return Collections.nCopies(10, null);
        }
        return Arrays.asList(base.platform(), base.users(), base.qualifier().code(), base.metric().code(),
                base.asOf(), base.verified(), base.notes(), base.source().title(), base.source().url(),
                base.source().quote());
    }

    private static String describe(List<CompetingFigure> others) {
        return others.stream()
                .map(other -> other.describe() + " (" + other.source().title() + ", " + other.source().url() + ")")
                .collect(Collectors.joining("; "));
    }
}
