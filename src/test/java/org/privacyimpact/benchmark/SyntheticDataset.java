package org.privacyimpact.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Made-up data at scale, for benchmarks only: never loaded into the dashboard's own database. At scale 1:
 * 1,000,000 target figures over every country (249), 20 years (2006–2025), 50 platforms and 5,000 incidents,
 * one user base per platform, country and year, internet users and population per country and year, and
 * 20,000 sources. Every tenth figure is a competing value of the figure before it. All rows are loaded with
 * COPY; the same seed gives the same rows.
 */
final class SyntheticDataset {

    static final int YEARS = 20;
    static final int FIRST_YEAR = 2006;
    static final int PLATFORMS = 50;
    private static final String SOURCE_PREFIX = "https://synthetic.example.org/source/";
    private static final String[] KINDS = {"leaked_list_entries", "confirmed_forensic", "notified_by_platform",
            "official_disclosure", "alleged", "estimated"};
    private static final String[] QUALIFIERS = {"exact", "exact", "exact", "approximate", "at_least"};

    final double scale;
    final int figures;
    final int incidents;
    final int sources;

    SyntheticDataset(double scale) {
        this.scale = scale;
        this.figures = (int) Math.round(1_000_000 * scale);
        this.incidents = Math.max(10, (int) Math.round(5_000 * scale));
        this.sources = Math.max(100, (int) Math.round(20_000 * scale));
    }

    /** Rows added per table, for the report. */
    Map<String, Long> load(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        Map<String, Long> loaded = new LinkedHashMap<>();
        List<String> countries = strings(connection, "select iso2 from country order by iso2");
        List<String> platformNames = addPlatforms(connection);
        long firstSource;

        loaded.put("source", copy(connection, "source (title, publisher, url, published_year, published_month)",
                sources, i -> csv("Synthetic source " + i, "Benchmark", SOURCE_PREFIX + i,
                        FIRST_YEAR + i % YEARS, 1 + i % 12)));
        firstSource = number(connection, "select min(id) from source where url like '" + SOURCE_PREFIX + "%'");

        Map<String, Long> platformIds = new LinkedHashMap<>();
        for (String name : platformNames) {
            platformIds.put(name, number(connection, "select id from platform where name = '" + name + "'"));
        }
        List<Long> messaging = new ArrayList<>(platformIds.values());
        loaded.put("incident", copy(connection, "incident (id, name, short_name, tool_or_vendor, vector_platform_id, "
                        + "year_start, year_end, summary)", incidents,
                i -> csv(incidentId(i), "Synthetic incident " + i, "Synthetic " + i, "Synthetic vendor " + i % 40,
                        messaging.get(i % messaging.size()), incidentYear(i), incidentYear(i) + i % 3,
                        "Made-up incident for benchmarks.")));

        loaded.put("target_figure", copy(connection, "target_figure (reference_id, incident_id, area, country_iso2, "
                        + "targeted_count, count_qualifier, count_kind, source_id, source_quote, verified, preferred, "
                        + "period_start, period_end, notes)", figures,
                i -> figure(i, countries, firstSource)));

        int userBaseRows = messaging.size() * countries.size() * YEARS;
        loaded.put("platform_user_base", copy(connection, "platform_user_base (reference_id, platform_id, area, "
                        + "country_iso2, users, users_qualifier, metric, as_of_year, source_id, source_quote, verified)",
                userBaseRows, i -> {
                    int year = FIRST_YEAR + i % YEARS;
                    int country = (i / YEARS) % countries.size();
                    long platform = messaging.get(i / (YEARS * countries.size()));
                    long users = 100_000L + new SplittableRandom(i).nextLong(500_000_000L);
                    return csv("SYN-UB-" + i, platform, "country", countries.get(country), users, "approximate",
                            "monthly_active_users", year, firstSource + i % sources,
                            "Synthetic: " + users + " users.", i % 7 != 0);
                }));
        long internet = number(connection, "select id from platform where kind = 'internet' order by id limit 1");
        long population = number(connection, "select id from platform where kind = 'population' order by id limit 1");
        int perCountryYear = countries.size() * YEARS;
        loaded.merge("platform_user_base", copy(connection, "platform_user_base (reference_id, platform_id, area, "
                        + "country_iso2, users, users_qualifier, metric, as_of_year, source_id, source_quote, verified)",
                perCountryYear * 2, i -> {
                    boolean people = i >= perCountryYear;
                    int j = i % perCountryYear;
                    long users = 1_000_000L + new SplittableRandom(-i).nextLong(900_000_000L);
                    return csv("SYN-" + (people ? "POP-" : "NET-") + j, people ? population : internet, "country",
                            countries.get(j / YEARS), users, "approximate", people ? "population" : "internet_users",
                            FIRST_YEAR + j % YEARS, firstSource + j % sources, "Synthetic: " + users + ".", true);
                }), Long::sum);
        try (Statement statement = connection.createStatement()) {
            statement.execute("analyze");
        }
        connection.commit();
        return loaded;
    }

    private String figure(int i, List<String> countries, long firstSource) {
        // every tenth figure competes with the one before it: same incident, area and kind, not preferred
        boolean competing = i % 10 == 9;
        int base = competing ? i - 1 : i;
        int incident = base % incidents;
        String country = countries.get(Math.floorMod(base / incidents * 7919, countries.size()));
        SplittableRandom random = new SplittableRandom(i);
        int count = 1 + (int) Math.round(Math.pow(random.nextDouble(), 3) * 5_000);
        String kind = KINDS[Math.floorMod(Integer.hashCode(base) * 31 + base / 3, KINDS.length)];
        int year = incidentYear(incident);
        return csv("SYN-F" + i, incidentId(incident), "country", country, count, QUALIFIERS[i % QUALIFIERS.length],
                kind, firstSource + i % sources, "Synthetic: " + count + " people targeted.", i % 9 != 0, !competing,
                year, year, i % 50 == 0 ? "=Synthetic note that looks like a formula" : null);
    }

    private static String incidentId(int i) {
        return "SYN" + i;
    }

    private static int incidentYear(int i) {
        return FIRST_YEAR + i % YEARS;
    }

    /** Tops up the platforms to 50 with made-up messaging platforms; returns the names of those kind messaging. */
    private static List<String> addPlatforms(Connection connection) throws SQLException {
        int existing = (int) number(connection, "select count(*) from platform");
        try (Statement statement = connection.createStatement()) {
            for (int i = existing; i < PLATFORMS; i++) {
                statement.execute("insert into platform (name, kind) values ('Synthetic platform " + i
                        + "', 'messaging') on conflict (name) do nothing");
            }
        }
        return strings(connection, "select name from platform where kind in ('messaging', 'social_network') "
                + "order by id");
    }

    /** Streams the rows into COPY … FROM STDIN in 1 MB chunks: nothing is built in memory whole. */
    private static long copy(Connection connection, String tableAndColumns, int rows, IntFunction<String> row)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + tableAndColumns + " FROM STDIN WITH (FORMAT csv)");
        StringBuilder chunk = new StringBuilder(1 << 20);
        for (int i = 0; i < rows; i++) {
            chunk.append(row.apply(i)).append('\n');
            if (chunk.length() > (1 << 20) - 4096) {
                write(copy, chunk);
            }
        }
        write(copy, chunk);
        return copy.endCopy();
    }

    private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    /** One CSV line; text quoted with quotes doubled, null as an empty unquoted cell. */
    static String csv(Object... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells[i];
            if (cell instanceof String text) {
                line.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else if (cell != null) {
                line.append(cell);
            }
        }
        return line.toString();
    }

    static long number(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1).trim());
            }
        }
        return values;
    }
}
