package org.privacyimpact.dataset.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The researched reference files (verbatim copies of ../shared/reference in src/test/resources/reference), the
 * rows we researched ourselves (added_figures.csv, added_user_bases.csv, added_sources.csv; same columns) and
 * our curation of both
 * (curation/*.csv): which incident a row belongs to, how its number is qualified, which competing value is
 * preferred, which rows are subsets, what a user figure measures.
 */
public record ReferenceData(
        List<FigureRow> figures,
        List<UserBaseRow> userBases,
        List<AddedSource> addedSources,
        Map<String, FigureCuration> figureCuration,
        Map<String, IncidentCuration> incidents,
        Map<String, PlatformCuration> platforms,
        Map<String, UserBaseCuration> userBaseCuration) {

    /** Releases whose researched rows were added after the reference dataset, oldest first. */
    public static final List<String> LATER_RELEASES = List.of("2026.12.2");

    /** The reference files' code for a worldwide figure; it never enters the database. */
    public static final String WORLDWIDE_CODE = "XX";

    /** One row of incidents.csv (or added_figures.csv): a number of people targeted, as one source states it. */
    public record FigureRow(String referenceId, String label, int yearStart, int yearEnd, String toolOrVendor,
                            String vector, String countryCode, int count, String countKind, String victimGroups,
                            String sourceTitle, String sourceUrl, String sourceQuote, boolean verified,
                            boolean researchedByUs) {
    }

    /**
     * One row of platform_users.csv: a platform's users, internet users or population.
     *
     * @param keySuffix what tells the row's key apart from another figure of the same platform, area and date
     *                  that measures something else (a release's optional key_suffix column), or null
     */
    public record UserBaseRow(String platform, String countryCode, long users, String asOf, String metric,
                              String sourceTitle, String sourceUrl, String sourceQuote, boolean verified,
                              boolean researchedByUs, String keySuffix) {

        /** A stable key for the row: platform, area and as-of date, e.g. UB-WHATSAPP-IN-2019-11. */
        public String referenceId(Map<String, PlatformCuration> platforms) {
            return "UB-" + platforms.get(platform).key() + "-" + countryCode + "-" + asOf
                    + (keySuffix == null ? "" : "-" + keySuffix);
        }

        public int asOfYear() {
            return Integer.parseInt(asOf.substring(0, 4));
        }

        public Integer asOfMonth() {
            return asOf.length() > 4 ? Integer.valueOf(asOf.substring(5, 7)) : null;
        }
    }

    /** @param countedUnit what one unit of the figure is (CountedUnit's code); null: the count kind's usual one */
    public record FigureCuration(String referenceId, String incidentId, String countQualifier, boolean preferred,
                                 String denominatorRule, String subsetOf, String notes, String countedUnit) {
    }

    /**
     * @param rightOfReply    the vendor's or a government's published response, verbatim; null where none was found
     * @param rightOfReplyUrl the source it was published in
     */
    public record IncidentCuration(String id, String name, String shortName, String toolOrVendor, String vectorPlatform,
                                   String vectorDescription, String summary, String caveats, String rightOfReply,
                                   String rightOfReplyUrl) {
    }

    /** A source cited by no figure or user base, only by an incident's right of reply (added_sources.csv). */
    public record AddedSource(String title, String url) {
    }

    public record PlatformCuration(String name, String key, String kind) {
    }

    public record UserBaseCuration(String referenceId, String metric, String usersQualifier, String notes) {
    }

    public static ReferenceData load() {
        List<FigureRow> figures = new ArrayList<>();
        figures.addAll(read("incidents.csv", row -> figure(row, false)));
        figures.addAll(read("added_figures.csv", row -> figure(row, true)));
        List<UserBaseRow> userBases = new ArrayList<>();
        userBases.addAll(read("platform_users.csv", row -> userBase(row, false)));
        userBases.addAll(read("added_user_bases.csv", row -> userBase(row, true)));
        return new ReferenceData(
                figures,
                userBases,
                read("added_sources.csv", ReferenceData::addedSource),
                byKey(read("curation/figures.csv", ReferenceData::figureCuration),
                        FigureCuration::referenceId),
                byKey(read("curation/incidents.csv", ReferenceData::incidentCuration), IncidentCuration::id),
                byKey(read("curation/platforms.csv", ReferenceData::platformCuration), PlatformCuration::name),
                byKey(read("curation/user_bases.csv", row -> new UserBaseCuration(row.get("reference_id"),
                        row.get("metric"), row.get("users_qualifier"), blankToNull(row.get("notes")))),
                        UserBaseCuration::referenceId));
    }

    /**
     * The rows researched for one later dataset release, in src/test/resources/reference/VERSION/ (one file per
     * kind of row, each row carrying its own curation; see README.md there): figures.csv, incidents.csv (new
     * incidents), user_bases.csv, platforms.csv (new platforms) and sources.csv (sources cited only by a right of
     * reply). Platform keys resolve against the released platforms and the new ones.
     */
    public static ReferenceData release(String version, ReferenceData released) {
        String folder = version + "/";
        List<FigureRow> figures = new ArrayList<>();
        List<FigureCuration> figureCurations = new ArrayList<>();
        for (CSVRecord row : read(folder + "figures.csv", row -> row)) {
            figures.add(new FigureRow(row.get("reference_id"), row.get("incident_name"),
                    Integer.parseInt(row.get("year_start")), Integer.parseInt(row.get("year_end")),
                    row.get("tool_or_vendor"), row.get("vector_platform"), row.get("country_code"),
                    Integer.parseInt(row.get("targeted_count")), row.get("count_kind"), row.get("victim_groups"),
                    row.get("source_title"), row.get("source_url"), row.get("source_quote"),
                    verified(row.get("verified")), true));
            figureCurations.add(figureCuration(row));
        }
        List<UserBaseRow> userBases = new ArrayList<>();
        Map<String, PlatformCuration> platforms = new LinkedHashMap<>(released.platforms());
        platforms.putAll(byKey(read(folder + "platforms.csv", ReferenceData::platformCuration),
                PlatformCuration::name));
        List<UserBaseCuration> userBaseCuration = new ArrayList<>();
        for (CSVRecord row : read(folder + "user_bases.csv", row -> row)) {
            UserBaseRow base = userBase(row, true);
            userBases.add(base);
            userBaseCuration.add(new UserBaseCuration(base.referenceId(platforms), row.get("metric"),
                    row.get("users_qualifier"), blankToNull(row.get("notes"))));
        }
        return new ReferenceData(figures, userBases,
                read(folder + "sources.csv", ReferenceData::addedSource),
                byKey(figureCurations, FigureCuration::referenceId),
                byKey(read(folder + "incidents.csv", ReferenceData::incidentCuration), IncidentCuration::id),
                platforms,
                byKey(userBaseCuration, UserBaseCuration::referenceId));
    }

    /** The reference dataset, then the rows of each later release. */
    public static List<ReferenceData> everyRelease() {
        ReferenceData released = load();
        List<ReferenceData> all = new ArrayList<>(List.of(released));
        LATER_RELEASES.forEach(version -> all.add(release(version, released)));
        return all;
    }

    /** Every source address the rows cite, and those cited only by an incident's right of reply. */
    public Set<String> sourceUrls() {
        Set<String> urls = new LinkedHashSet<>();
        figures.forEach(figure -> urls.add(figure.sourceUrl()));
        userBases.forEach(base -> urls.add(base.sourceUrl()));
        addedSources.forEach(source -> urls.add(source.url()));
        return urls;
    }

    public FigureCuration curationOf(FigureRow figure) {
        return Objects.requireNonNull(figureCuration.get(figure.referenceId()),
                () -> "curation/figures.csv has no row for " + figure.referenceId());
    }

    public String referenceIdOf(UserBaseRow base) {
        return base.referenceId(platforms);
    }

    private static FigureCuration figureCuration(CSVRecord row) {
        return new FigureCuration(row.get("reference_id"), row.get("incident_id"), row.get("count_qualifier"),
                yes(row.get("preferred")), blankToDefault(row.get("denominator_rule"), "country_user_base"),
                blankToNull(row.get("subset_of")), blankToNull(row.get("notes")),
                row.isMapped("counted_unit") ? blankToNull(row.get("counted_unit")) : null);
    }

    private static IncidentCuration incidentCuration(CSVRecord row) {
        return new IncidentCuration(row.get("id"), row.get("name"), row.get("short_name"),
                row.get("tool_or_vendor"), blankToNull(row.get("vector_platform")),
                blankToNull(row.get("vector_description")), blankToNull(row.get("summary")),
                blankToNull(row.get("caveats")), blankToNull(row.get("right_of_reply")),
                blankToNull(row.get("right_of_reply_url")));
    }

    private static PlatformCuration platformCuration(CSVRecord row) {
        return new PlatformCuration(row.get("name"), row.get("key"), row.get("kind"));
    }

    private static AddedSource addedSource(CSVRecord row) {
        return new AddedSource(row.get("source_title"), row.get("source_url"));
    }

    private static FigureRow figure(CSVRecord row, boolean researchedByUs) {
        return new FigureRow(row.get("incident_id"), row.get("incident_name"),
                Integer.parseInt(row.get("year_start")), Integer.parseInt(row.get("year_end")),
                row.get("tool_or_vendor"), row.get("vector_platform"), row.get("country_code"),
                Integer.parseInt(row.get("targeted_count")), row.get("count_kind"), row.get("victim_groups"),
                row.get("source_title"), row.get("source_url"), row.get("source_quote"),
                verified(row.get("verified")), researchedByUs);
    }

    private static UserBaseRow userBase(CSVRecord row, boolean researchedByUs) {
        return new UserBaseRow(row.get("platform"), row.get("country_code"), Long.parseLong(row.get("users")),
                row.get("as_of"), row.get("metric"), row.get("source_title"), row.get("source_url"),
                row.get("source_quote"), verified(row.get("verified")), researchedByUs,
                row.isMapped("key_suffix") ? blankToNull(row.get("key_suffix")) : null);
    }

    private static boolean verified(String flag) {
        return switch (flag) {
            case "yes" -> true;
            case "unverified" -> false;
            default -> throw new IllegalArgumentException("verified must be yes or unverified, not " + flag);
        };
    }

    private static boolean yes(String flag) {
        return switch (flag.toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("expected yes or no, not " + flag);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T row : rows) {
            if (map.put(key.apply(row), row) != null) {
                throw new IllegalStateException("duplicate key " + key.apply(row));
            }
        }
        return map;
    }

    private static <T> List<T> read(String file, Function<CSVRecord, T> mapper) {
        var stream = ReferenceData.class.getResourceAsStream("/reference/" + file);
        if (stream == null) {
            throw new IllegalStateException("missing test resource reference/" + file);
        }
        try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            return format.parse(reader).stream().map(mapper).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
