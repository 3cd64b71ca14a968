package org.privacyimpact.exposure;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.dataset.SourceCitation;
import org.privacyimpact.export.CsvColumns;
import org.springframework.stereotype.Component;

/** The comparison as CSV: the same rows the screen shows, with every number's source and quote beside it. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class TargetedPerMillionCsv {

    /** The full download and the report's data.csv: codes, sources and quotes, each column described once. */
    static final CsvColumns<TargetedPerMillion> COLUMNS = CsvColumns.<TargetedPerMillion>builder()
            .add("area", "text", "The country, or Worldwide.", row -> row.area().name())
            .add("country_iso2", "ISO 3166-1 alpha-2", "Empty for worldwide figures.",
                    row -> row.area().countryIso2())
            .add("incident_id", "identifier", "The incident in the dataset, e.g. WA2019.",
                    TargetedPerMillion::incidentId)
            .add("incident", "text", "The incident's name.", TargetedPerMillion::incidentName)
            .add("incident_year", "year", "First year of the period the figure covers.",
                    TargetedPerMillion::incidentYear)
            .add("people_targeted", "as counted_unit says",
                    "The figure as the source states it.", TargetedPerMillion::targetedCount)
            .add("people_targeted_qualifier", "exact | approximate | at_least | at_most",
                    "How the source states the number: about, at least, at most.", row -> row.countQualifier().code())
            .add("counted_unit", "people | phone_numbers | phones | accounts | devices | ip_addresses | customers",
                    "What one unit of people_targeted is; one person can have several phone numbers, phones or "
                    + "accounts, so a count of anything but people is never read as people.",
                    row -> row.countedUnit().code())
            .add("count_kind", "code", "What the number counts: leaked_list_entries, confirmed_forensic, "
                    + "notified_by_platform, official_disclosure, alleged, estimated.", row -> row.countKind().code())
            .add("figure_verified", "true | false",
                    "false where the source is weak or could not be checked word for word.",
                    TargetedPerMillion::figureVerified)
            .add("figure_notes", "text", "Our notes on the figure.", TargetedPerMillion::figureNotes)
            .add("figure_source_title", "text", "The document the figure comes from.",
                    row -> row.figureSource().title())
            .add("figure_source_url", "URL", "Where to read it.", row -> row.figureSource().url())
            .add("figure_source_quote", "text", "The sentence of the source that states the figure, verbatim.",
                    row -> row.figureSource().quote())
            .add("user_base_platform", "text",
                    "What the figure is divided by: a platform, Internet (all) or Population (all).",
                    userBase(UserBase::platform))
            .add("users", "people (or accounts)", "The number divided by.", userBase(UserBase::users))
            .add("users_qualifier", "exact | approximate | at_least | at_most", "How the source states it.",
                    userBase(base -> base.qualifier().code()))
            .add("users_metric", "code",
                    "monthly_active_users, users_unspecified, accounts, internet_users or population.",
                    userBase(base -> base.metric().code()))
            .add("users_as_of", "year or year-month", "The date of the number divided by.", userBase(UserBase::asOf))
            .add("users_verified", "true | false", "false for estimates and weak sources.",
                    userBase(UserBase::verified))
            .add("users_notes", "text", "Our notes on the number divided by.", userBase(UserBase::notes))
            .add("users_source_title", "text", "Its document.", userBase(base -> base.source().title()))
            .add("users_source_url", "URL", "Where to read it.", userBase(base -> base.source().url()))
            .add("users_source_quote", "text", "The sentence that states it, verbatim.",
                    userBase(base -> base.source().quote()))
            .add("years_between", "years",
                    "From the figure's period to the date of the number divided by: 0 within it, negative before it "
                            + "(-2: two years earlier), positive after it.",
                    TargetedPerMillion::yearGap)
            .add("targeted_per_million_users", "people per million",
                    "people_targeted × 1,000,000 ÷ users, 6 decimal places; empty where no rate is given.",
                    TargetedPerMillion::perMillion)
            .add("rate_bound", "exact | approximate | at_least | at_least_approximate | at_most | "
                    + "at_most_approximate | no_bound", "How the rate relates to the true rate, from the two "
                    + "qualifiers: a count stated as a minimum makes it a minimum (at_least), users stated as a "
                    + "minimum make it a maximum (at_most); no_bound where they pull both ways. Empty where no rate "
                    + "is given.", row -> row.rateBound() == null ? null : row.rateBound().code())
            .add("rate_not_shown_because", "text", "Why there is no rate.",
                    row -> row.rateUnavailable() == null ? null : row.rateUnavailable().explanation())
            .add("other_reported_figures", "text", "Competing values from other sources, each with its document's "
                    + "title and address, and marked unverified where it is.",
                    row -> describe(row.competingFigures(), source -> source.title() + ", " + source.url()))
            .build();

    /** The header of {@link #COLUMNS}. */
    static final List<String> HEADER = COLUMNS.names();

    /**
     * The columns the Compare table shows, in the words it shows (count kinds, "at least", "unverified"), not
     * codes: the "as shown" download for a reader. Numbers stay numbers, so a spreadsheet can sort them.
     */
    static final CsvColumns<TargetedPerMillion> AS_SHOWN = CsvColumns.<TargetedPerMillion>builder()
            .add("Area", row -> row.area().name())
            .add("Incident", TargetedPerMillion::incidentShortName)
            .add("People targeted", TargetedPerMillion::targetedCount)
            .add("Stated as", row -> row.countQualifier().words())
            .add("Counted in", row -> row.countedUnit().words(row.targetedCount()))
            .add("Count kind", row -> row.countKind().label())
            .add("Count verified", row -> verifiedWord(row.figureVerified()))
            .add("Divided by", userBase(ExposureSummary::denominatorWords))
            .add("Users", userBase(UserBase::users))
            .add("Users stated as", userBase(base -> base.qualifier().words()))
            .add("Users as of", userBase(UserBase::asOf))
            .add("Users verified", userBase(base -> verifiedWord(base.verified())))
            .add("User figure from", TargetedPerMillion::userFigureWhen)
            .add("Per million", TargetedPerMillion::perMillion)
            .add("Rate is", row -> row.rateBound() == null ? null : row.rateBound().label())
            .add("Rate as shown", TargetedPerMillion::describeRate)
            .add("No rate because", row -> row.rateUnavailable() == null ? null : row.rateUnavailable().explanation())
            .add("Also reported", row -> describe(row.competingFigures(), SourceCitation::shortName))
            // the table links each number to its source; a file passed on in a briefing has to carry them itself
            .add("Count from", row -> row.figureSource().title())
            .add("Count from (address)", row -> row.figureSource().url())
            .add("Users from", userBase(base -> base.source().title()))
            .add("Users from (address)", userBase(base -> base.source().url()))
            .build();

    private final TargetedPerMillionQuery query;

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
        write(COLUMNS, filter, sort, out);
    }

    /** The rows of the filter with the columns the table shows (the "as shown" download). */
    public void writeAsShown(ExposureFilter filter, ExposureSort sort, OutputStream out) {
        write(AS_SHOWN, filter, sort, out);
    }

    /** Rows already read (a chart's, as drawn), with the columns the tables show. */
    public void writeAsShown(List<TargetedPerMillion> rows, OutputStream out) {
        AS_SHOWN.write(out, rows::forEach);
    }

    private void write(CsvColumns<TargetedPerMillion> columns, ExposureFilter filter, ExposureSort sort,
                       OutputStream out) {
        columns.write(out, each -> query.stream(filter, sort, each));
    }

    private static String verifiedWord(boolean verified) {
        return verified ? "verified" : "unverified";
    }

    /** A cell of the user figure divided by; empty where no user figure qualifies as denominator. */
    private static Function<TargetedPerMillion, Object> userBase(Function<UserBase, Object> cell) {
        return row -> row.userBase() == null ? null : cell.apply(row.userBase());
    }

    /**
     * Other sources' numbers as one cell says them, each marked where it is unverified as the screen marks it:
     * "at least 20, unverified (headtopics.com); about 500 (business-standard.com)".
     */
    private static String describe(List<CompetingFigure> others, Function<SourceCitation, String> sourceWords) {
        return others.stream()
                .map(other -> other.describe() + (other.verified() ? "" : ", unverified") + " ("
                        + sourceWords.apply(other.source()) + ")")
                .collect(Collectors.joining("; "));
    }
}
