package org.privacyimpact.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.address.AddressParameter;
import org.privacyimpact.common.address.AddressParameter.NotInDataset;
import org.privacyimpact.common.address.AddressReader;
import org.springframework.stereotype.Component;

/**
 * The filters the views and the data API share, each defined once: its name in an address, how it is read and
 * written, and what it must be. {@code ?kind=notified_by_platform&country=IN&from=2019} means the same on every
 * page and every endpoint; only what happens to a value that cannot be used differs ({@link AddressReader}).
 */
@Component
@RequiredArgsConstructor
public class FilterParameters {

    public static final AddressParameter<CountKind> KIND = storedCode("kind", CountKind.class);
    public static final AddressParameter<UserBaseMetric> METRIC = storedCode("metric", UserBaseMetric.class);
    public static final AddressParameter<Integer> FROM = year("from");
    public static final AddressParameter<Integer> TO = year("to");
    /** One year: the same as from and to both set to it. */
    public static final AddressParameter<Integer> YEAR = year("year");
    public static final AddressParameter<String> TEXT = text("q");
    public static final AddressParameter<String> VENDOR = text("vendor");
    public static final AddressParameter<Boolean> VERIFIED = trueOrFalse("verified");
    /** Written as it is; read through {@link #country()}, which checks that ISO 3166-1 has it. */
    public static final AddressParameter<String> COUNTRY = AddressParameter.of("country",
            "an ISO 3166-1 alpha-2 code such as IN", FilterParameters::iso2, Function.identity());
    /** Written as it is; read through {@link #incident()}, which checks that it is published. */
    public static final AddressParameter<String> INCIDENT = AddressParameter.of("incident",
            "an incident's id such as WA2019", FilterParameters::incidentId, Function.identity());
    /** Written as it is; read through {@link #platform()}, which finds it among the stored names. */
    public static final AddressParameter<String> PLATFORM = AddressParameter.of("platform",
            "a platform's name such as WhatsApp", Function.identity(), Function.identity());

    private final KnownValues known;

    /** A country by its ISO 3166-1 alpha-2 code, in either case. */
    public AddressParameter<String> country() {
        return COUNTRY.checked(code -> {
            if (!known.isCountry(code)) {
                throw new NotInDataset("There is no country " + code + " in ISO 3166-1");
            }
            return code;
        });
    }

    /** A published incident by its id, such as WA2019. */
    public AddressParameter<String> incident() {
        return INCIDENT.checked(id -> {
            if (!known.isIncident(id)) {
                throw new NotInDataset("There is no incident \"" + id + "\" in the dataset");
            }
            return id;
        });
    }

    /**
     * A platform a published incident went through, by its name as stored, in any case; read as the stored name.
     * The filter of incidents and of their rates: another platform would match nothing.
     */
    public AddressParameter<String> incidentPlatform() {
        return PLATFORM.checked(name -> {
            List<String> names = known.incidentPlatforms();
            return names.stream().filter(stored -> stored.equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new NotInDataset("platform must be one that an incident in the dataset went "
                            + "through (" + String.join(", ", names) + "), not \"" + AddressParameter.printable(name)
                            + "\""));
        });
    }

    /** The platforms {@link #incidentPlatform()} takes, for a view's choice. */
    public List<String> incidentPlatforms() {
        return known.incidentPlatforms();
    }

    /** Any stored platform or general denominator (user figures), by its name in any case; read as stored. */
    public AddressParameter<String> platform() {
        return PLATFORM.checked(name -> {
            List<String> names = known.platformNames();
            return names.stream().filter(stored -> stored.equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new NotInDataset("platform must be one of " + String.join(", ", names)
                            + ", not \"" + AddressParameter.printable(name) + "\""));
        });
    }

    /** The years asked for: {@code year=2019}, or {@code from} and {@code to}, either open. */
    public static Years years(AddressReader reader) {
        Integer from = reader.one(FROM);
        Integer to = reader.one(TO);
        Integer year = reader.one(YEAR);
        if (year != null) {
            if (from != null || to != null) {
                reader.reject(YEAR.name(), "Give either year or from/to, not both");
                return Years.OPEN;
            }
            return new Years(year, year);
        }
        if (from != null && to != null && from > to) {
            reader.reject(TO.name(), "to (" + to + ") must not be before from (" + from + ")");
            return Years.OPEN;
        }
        return new Years(from, to);
    }

    /** The stored figures the data API lists. */
    public FigureFilter figureFilter(AddressReader reader) {
        Years years = years(reader);
        return new FigureFilter(reader.one(country()), reader.one(incident()), reader.one(KIND), years.from(),
                years.to(), reader.one(VERIFIED));
    }

    /** The user figures the data API lists. */
    public UserBaseFilter userBaseFilter(AddressReader reader) {
        return new UserBaseFilter(reader.one(platform()), reader.one(country()), reader.one(METRIC));
    }

    /** A span of years, either end open (null). */
    public record Years(Integer from, Integer to) {

        public static final Years OPEN = new Years(null, null);
    }

    public static <E extends Enum<E> & StoredCode> AddressParameter<E> storedCode(String name, Class<E> type) {
        String codes = String.join(", ", Arrays.stream(type.getEnumConstants()).map(StoredCode::code).toList());
        return AddressParameter.of(name, "one of " + codes, code -> StoredCode.fromCode(type, code),
                StoredCode::code);
    }

    /** true or false; yes and no, which older view links wrote, read the same. */
    public static AddressParameter<Boolean> trueOrFalse(String name) {
        return AddressParameter.of(name, "true or false", text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException();
        }, String::valueOf);
    }

    private static AddressParameter<Integer> year(String name) {
        return AddressParameter.of(name, "a year from " + DatasetYears.FIRST + " to " + DatasetYears.LAST_TO_FILTER
                + " such as 2019",
                text -> {
                    if (!text.matches("\\d{4}")) {
                        throw new IllegalArgumentException();
                    }
                    int year = Integer.parseInt(text);
                    if (year < DatasetYears.FIRST || year > DatasetYears.LAST_TO_FILTER) {
                        throw new IllegalArgumentException();
                    }
                    return year;
                }, String::valueOf);
    }

    private static AddressParameter<String> text(String name) {
        return AddressParameter.of(name, "words to find, as plain text", Function.identity(),
                Function.identity());
    }

    private static String iso2(String text) {
        if (!text.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException();
        }
        return text.toUpperCase(Locale.ROOT);
    }

    private static String incidentId(String text) {
        if (!text.matches("[A-Za-z0-9-]{1,40}")) {
            throw new IllegalArgumentException();
        }
        return text;
    }
}
