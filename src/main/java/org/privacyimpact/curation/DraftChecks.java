package org.privacyimpact.curation;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.privacyimpact.common.validation.FieldProblem;
import org.privacyimpact.dataset.DatasetYears;
import org.privacyimpact.dataset.UserBaseMetric;
import org.privacyimpact.dataset.ValueQualifier;

/**
 * The rules a curated record must follow, each broken rule reported with the field it concerns. The database's
 * constraints enforce the same rules again; these exist so a curator reads "people_targeted: must be 0 or more"
 * rather than a constraint name. Used alike by the editing screens and the CSV import.
 */
final class DraftChecks {

    static final long MAX_USERS = 10_000_000_000L;

    private final JooqCurationLookup lookup;
    private final LocalDate today;
    private final EarlierRows earlier;

    private static final String QUALIFIER_CODES = String.join(", ",
            Arrays.stream(ValueQualifier.values()).map(ValueQualifier::code).toList());

    DraftChecks(JooqCurationLookup lookup, LocalDate today) {
        this(lookup, today, EarlierRows.NONE);
    }

    /** For a file's rows: what its earlier rows add counts as present. */
    DraftChecks(JooqCurationLookup lookup, LocalDate today, EarlierRows earlier) {
        this.lookup = lookup;
        this.today = today;
        this.earlier = earlier;
    }

    /** A published source, or one an earlier row of the file adds. */
    boolean isPublishedSource(String url) {
        return earlier.hasSource(url) || lookup.isPublishedSource(url);
    }

    List<FieldProblem> figure(FigureDraft draft, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating) {
            referenceId(draft.referenceId(), JooqColumnLengths.FIGURE_REFERENCE_ID, problems);
            if (!blank(draft.referenceId()) && lookup.figureExists(draft.referenceId().trim())) {
                problems.add(new FieldProblem("reference_id", "A figure with this reference id exists already"));
            }
        }
        if (blank(draft.incidentId())) {
            problems.add(new FieldProblem("incident_id", "Required: the incident the figure belongs to"));
        } else if (!lookup.isPublishedIncident(draft.incidentId().trim())) {
            problems.add(new FieldProblem("incident_id", "No incident \"" + draft.incidentId().trim() + "\""));
        }
        country(draft.countryIso2(), problems);
        if (draft.peopleTargeted() == null) {
            problems.add(new FieldProblem("people_targeted", "Required: a whole number, 0 or more"));
        } else if (draft.peopleTargeted() < 0) {
            problems.add(new FieldProblem("people_targeted", "Must be 0 or more"));
        }
        if (draft.countQualifier() == null) {
            problems.add(new FieldProblem("count_qualifier", "Required: " + QUALIFIER_CODES));
        }
        if (draft.countKind() == null) {
            problems.add(new FieldProblem("count_kind", "Required: what the number counts"));
        }
        year("period_start", draft.periodStart(), problems);
        year("period_end", draft.periodEnd(), problems);
        if (draft.periodStart() != null && draft.periodEnd() != null && draft.periodEnd() < draft.periodStart()) {
            problems.add(new FieldProblem("period_end", "Must not be before period_start"));
        }
        if (draft.periodEnd() != null && draft.periodStart() == null) {
            problems.add(new FieldProblem("period_start", "Required when period_end is given"));
        }
        if (!blank(draft.subsetOf())) {
            // a subset may belong to another incident: 18 of CatalanGate's 65 were the CNI's authorised targets
            if (draft.subsetOf().trim().equals(trimmed(draft.referenceId()))) {
                problems.add(new FieldProblem("subset_of", "Names this figure itself: a figure cannot count part of"
                        + " its own people. Give the larger figure's reference id, or leave it empty"));
            } else if (earlier.incidentOfFigure(draft.subsetOf().trim()).isEmpty()
                    && lookup.incidentOfPublishedFigure(draft.subsetOf().trim()).isEmpty()) {
                problems.add(new FieldProblem("subset_of", "No figure \"" + draft.subsetOf().trim() + "\""));
            }
        }
        citation(draft.sourceUrl(), draft.sourceQuote(), problems);
        if (draft.preferred() && problems.isEmpty()) {
            lookup.preferredRival(draft).ifPresent(rival -> problems.add(new FieldProblem("preferred",
                    "Figure " + rival + " is already the preferred value for this incident, area and count kind; "
                            + "unmark it first or save this one as a competing value")));
        }
        return problems;
    }

    List<FieldProblem> userBase(UserBaseDraft draft, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating && !blank(draft.referenceId())) {
            referenceId(draft.referenceId(), JooqColumnLengths.USER_BASE_REFERENCE_ID, problems);
            if (lookup.userBaseExists(draft.referenceId().trim())) {
                problems.add(new FieldProblem("reference_id", "A user base with this reference id exists already"));
            }
        }
        String platformKind = null;
        if (blank(draft.platform())) {
            problems.add(new FieldProblem("platform", "Required: the platform, or Internet or Population"));
        } else {
            platformKind = lookup.platformKind(draft.platform().trim()).orElse(null);
            if (platformKind == null) {
                problems.add(new FieldProblem("platform", "No platform \"" + draft.platform().trim() + "\""));
            }
        }
        country(draft.countryIso2(), problems);
        if (draft.users() == null) {
            problems.add(new FieldProblem("users", "Required: a whole number above 0"));
        } else if (draft.users() <= 0) {
            problems.add(new FieldProblem("users", "Must be above 0"));
        } else if (draft.users() > MAX_USERS) {
            problems.add(new FieldProblem("users", "More than 10 billion: more than anyone on Earth"));
        }
        if (draft.usersQualifier() == null) {
            problems.add(new FieldProblem("users_qualifier", "Required: " + QUALIFIER_CODES));
        }
        if (draft.metric() == null) {
            problems.add(new FieldProblem("metric", "Required: what the number counts"));
        } else if (platformKind != null && !metricFits(draft.metric(), platformKind)) {
            problems.add(new FieldProblem("metric", "\"" + draft.metric().code() + "\" does not fit platform "
                    + draft.platform().trim()));
        }
        if (draft.asOfYear() == null) {
            problems.add(new FieldProblem("as_of", "Required: the year the number is for"));
        } else {
            year("as_of", draft.asOfYear(), problems);
        }
        if (draft.asOfMonth() != null && (draft.asOfMonth() < 1 || draft.asOfMonth() > 12)) {
            problems.add(new FieldProblem("as_of", "Month must be 1 to 12"));
        }
        citation(draft.sourceUrl(), draft.sourceQuote(), problems);
        return problems;
    }

    List<FieldProblem> source(SourceDraft draft, Long sourceId) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(draft.title())) {
            problems.add(new FieldProblem("title", "Required: the document's title"));
        }
        String urlProblem = urlProblem(draft.url());
        if (urlProblem != null) {
            problems.add(new FieldProblem("url", urlProblem));
        } else if (lookup.sourceUrlTaken(draft.url().trim(), sourceId)) {
            problems.add(new FieldProblem("url", "Another source has this URL already"));
        }
        if (draft.publishedOn() != null) {
            date("published_on", draft.publishedOn(), problems);
        }
        year("published_year", draft.publishedYear(), problems);
        if (draft.publishedMonth() != null) {
            if (draft.publishedMonth() < 1 || draft.publishedMonth() > 12) {
                problems.add(new FieldProblem("published_month", "Must be 1 to 12"));
            } else if (draft.publishedYear() == null) {
                problems.add(new FieldProblem("published_year", "Required when a month is given"));
            }
        }
        return problems;
    }

    List<FieldProblem> incident(IncidentDraft draft, boolean creating) {
        List<FieldProblem> problems = new ArrayList<>();
        if (creating) {
            if (blank(draft.id()) || !draft.id().trim().matches("[A-Za-z0-9-]{2," + JooqColumnLengths.INCIDENT_ID + "}")) {
                problems.add(new FieldProblem("id", "2 to " + JooqColumnLengths.INCIDENT_ID
                        + " letters, digits or hyphens, e.g. WA2019"));
            } else if (lookup.incidentExists(draft.id().trim())) {
                problems.add(new FieldProblem("id", "An incident with this id exists already"));
            }
        }
        if (blank(draft.name())) {
            problems.add(new FieldProblem("name", "Required"));
        }
        if (draft.shortName() != null && draft.shortName().trim().length() > JooqColumnLengths.INCIDENT_SHORT_NAME) {
            problems.add(new FieldProblem("short_name", "At most " + JooqColumnLengths.INCIDENT_SHORT_NAME
                    + " characters (it labels chart axes)"));
        }
        if (blank(draft.toolOrVendor())) {
            problems.add(new FieldProblem("tool_or_vendor", "Required, e.g. NSO Group Pegasus"));
        }
        if (!blank(draft.vectorPlatform()) && lookup.platformKind(draft.vectorPlatform().trim()).isEmpty()) {
            problems.add(new FieldProblem("platform", "No platform \"" + draft.vectorPlatform().trim() + "\""));
        }
        if (draft.yearStart() == null) {
            problems.add(new FieldProblem("year_start", "Required: the year the campaign began"));
        } else {
            year("year_start", draft.yearStart(), problems);
        }
        year("year_end", draft.yearEnd(), problems);
        if (draft.yearStart() != null && draft.yearEnd() != null && draft.yearEnd() < draft.yearStart()) {
            problems.add(new FieldProblem("year_end", "Must not be before year_start"));
        }
        if (draft.disclosedOn() != null) {
            date("disclosed_on", draft.disclosedOn(), problems);
        }
        if (!blank(draft.rightOfReply())) {
            if (blank(draft.rightOfReplySourceUrl())) {
                problems.add(new FieldProblem("right_of_reply_source_url", "Required with a right of reply: where it was published"));
            } else if (!isPublishedSource(draft.rightOfReplySourceUrl().trim())) {
                problems.add(new FieldProblem("right_of_reply_source_url", "No source with this URL; add the source first"));
            }
        }
        return problems;
    }

    /** Every figure and user base cites a published source and quotes it word for word. */
    private void citation(String sourceUrl, String quote, List<FieldProblem> problems) {
        if (blank(sourceUrl)) {
            problems.add(new FieldProblem("source_url", "Required: the source the number is taken from"));
        } else if (!isPublishedSource(sourceUrl.trim())) {
            problems.add(new FieldProblem("source_url", "No source with this URL; add the source first"));
        }
        if (blank(quote)) {
            problems.add(new FieldProblem("source_quote", "Required: the source's sentence, word for word"));
        }
    }

    private void country(String iso2, List<FieldProblem> problems) {
        if (!blank(iso2) && !lookup.isCountry(iso2.trim().toUpperCase(Locale.ROOT))) {
            problems.add(new FieldProblem("country_iso2", "No country with ISO code \"" + iso2.trim()
                    + "\" (two letters, e.g. IN); leave it empty for worldwide"));
        }
    }

    private void year(String field, Integer year, List<FieldProblem> problems) {
        if (year != null && (year < DatasetYears.FIRST || year > today.getYear())) {
            problems.add(new FieldProblem(field, "Must be a year from " + DatasetYears.FIRST + " to "
                    + today.getYear()));
        }
    }

    private void date(String field, LocalDate date, List<FieldProblem> problems) {
        if (date.isAfter(today)) {
            problems.add(new FieldProblem(field, "Must not be in the future"));
        } else if (date.getYear() < DatasetYears.FIRST) {
            problems.add(new FieldProblem(field, "Must not be before " + DatasetYears.FIRST));
        }
    }

    private static void referenceId(String referenceId, int maxLength, List<FieldProblem> problems) {
        if (blank(referenceId) || !referenceId.trim().matches("[A-Za-z0-9._-]{2," + maxLength + "}")) {
            problems.add(new FieldProblem("reference_id", "2 to " + maxLength
                    + " letters, digits, dots, hyphens or underscores"));
        }
    }

    /**
     * An http(s) address of a web site, within what the database stores; null if it is one. The column's length
     * is applied to the address's UTF-8 bytes, not its characters: the unique index on the address holds at most
     * about 2,700 bytes, and 2,048 characters outside ASCII would not fit it.
     */
    static String urlProblem(String url) {
        if (blank(url)) {
            return "Required: the address where the document can be read";
        }
        String trimmed = url.trim();
        int bytes = trimmed.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > JooqColumnLengths.SOURCE_URL) {
            return "%,d bytes long; at most %,d (as UTF-8: a character outside ASCII takes 2 to 4)"
                    .formatted(bytes, JooqColumnLengths.SOURCE_URL);
        }
        // the database's rule compares the scheme case-sensitively
        if (!trimmed.startsWith("https://") && !trimmed.startsWith("http://")) {
            boolean otherCase = trimmed.regionMatches(true, 0, "https://", 0, 8)
                    || trimmed.regionMatches(true, 0, "http://", 0, 7);
            return "Must start with https:// or http://" + (otherCase ? " in lower case" : "");
        }
        try {
            URI uri = new URI(trimmed);
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                return "Must name a web site, e.g. https://www.example.org/article";
            }
            if (uri.getRawUserInfo() != null) {
                // https://trusted.org@evil.example/ names a user "trusted.org" and leads to evil.example
                return "Has \"" + uri.getRawUserInfo() + "@\" before the site, so it leads to " + uri.getHost()
                        + ". Give the address without a user name or password";
            }
            return null;
        } catch (URISyntaxException e) {
            return "Not a valid web address (" + e.getReason() + ")";
        }
    }

    private static boolean metricFits(UserBaseMetric metric, String platformKind) {
        return switch (metric) {
            case INTERNET_USERS -> platformKind.equals("internet");
            case POPULATION -> platformKind.equals("population");
            default -> !platformKind.equals("internet") && !platformKind.equals("population");
        };
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
