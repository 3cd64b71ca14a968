package org.privacyimpact.exposure;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.privacyimpact.dataset.DatasetQuery;
import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.dataset.IncidentCare;
import org.privacyimpact.dataset.RecordsQuery;
import org.privacyimpact.export.ReportZip;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A report a policymaker can file with a briefing: {@code data.csv} (the rows of the view with every source
 * and quote), {@code metadata.json} (dataset version, when it was made, the view's address with its filters,
 * each column's unit and definition, every source cited) and {@code README.txt} with a ready citation.
 */
@Component
public class ExposureReport {

    /** README.txt after the heading and citation. */
    private static final String README_BODY = """
            Files:
              data.csv       the rows of the view; every number with its source's title, address and the
                             sentence that states it. UTF-8, comma-separated (RFC 4180). Text that a
                             spreadsheet would run as a formula starts with an apostrophe.
              metadata.json  the filters, each column's unit and definition, and every source cited.

            Read with care: counts of different kinds (leaked-list entries, forensic confirmations,
            platform notifications, official disclosures) measure different things and are never added
            together; a rate is given only where the figure divided by is for the same country, of a
            fitting kind and within two years of the incident.
            """;

    /** metadata.json's first note to read the rows with; each incident's own follow it. */
    private static final String READ_WITH_CARE = "Counts of different kinds are never added together; a rate is "
            + "given only where the figure divided by is for the same country, of a fitting kind and within two "
            + "years. See the Sources & methodology page of the dashboard.";

    private final TargetedPerMillionCsv csv;
    private final TargetedPerMillionQuery query;
    private final DatasetQuery dataset;
    private final RecordsQuery records;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    ExposureReport(TargetedPerMillionCsv csv, TargetedPerMillionQuery query, DatasetQuery dataset,
                   RecordsQuery records) {
        this(csv, query, dataset, records, Clock.systemUTC());
    }

    ExposureReport(TargetedPerMillionCsv csv, TargetedPerMillionQuery query, DatasetQuery dataset,
                   RecordsQuery records, Clock clock) {
        this.csv = csv;
        this.query = query;
        this.dataset = dataset;
        this.records = records;
        this.clock = clock;
    }

    public String fileName(ExposureFilter filter) {
        return csv.fileName(filter).replaceFirst("\\.csv$", "-report.zip");
    }

    /**
     * @param title   the view's heading, e.g. "People targeted (notified by the platform) per million platform users"
     * @param viewUrl the address that reopens the view with the same filters
     */
    public void write(ExposureFilter filter, ExposureSort sort, String title, String viewUrl, OutputStream out) {
        DatasetRelease release = dataset.currentRelease();
        ReportZip.Heading heading = new ReportZip.Heading(title, release.version(), release.releasedOn(),
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), viewUrl);
        Set<String> incidents = new LinkedHashSet<>();
        ObjectNode metadata = metadata(filter, sort, heading, incidents);
        List<String> incidentNotes = IncidentCare.notesOf(records.readWithCare(incidents));
        ArrayNode readWithCare = metadata.putArray("read_with_care").add(READ_WITH_CARE);
        incidentNotes.forEach(readWithCare::add);
        ReportZip.write(out, data -> csv.write(filter, sort, data),
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata),
                heading.readme("View with the same filters", README_BODY
                        + ReportZip.notes("What each incident's page says to read its figures with:", incidentNotes)));
    }

    /** @param incidents filled with the incident of every row, as the rows are read for their sources */
    private ObjectNode metadata(ExposureFilter filter, ExposureSort sort, ReportZip.Heading heading,
                                Set<String> incidents) {
        ObjectNode root = heading.metadata(json);
        ObjectNode filters = root.putObject("filters");
        filters.put("count_kind", filter.countKind().code());
        filters.put("denominator", filter.denominator().code());
        filters.put("platform", filter.platform());
        filter.incidents().forEach(filters.putArray("incidents")::add);
        filter.countries().forEach(filters.putArray("countries")::add);
        filters.put("from_year", filter.fromYear());
        filters.put("to_year", filter.toYear());
        filters.put("worldwide", filter.worldwide());
        TargetedPerMillionCsv.COLUMNS.describe(root);
        Map<String, String> sources = new LinkedHashMap<>();
        query.stream(filter, sort, row -> {
            incidents.add(row.incidentId());
            sources.putIfAbsent(row.figureSource().url(), row.figureSource().title());
            if (row.userBase() != null) {
                sources.putIfAbsent(row.userBase().source().url(), row.userBase().source().title());
            }
            row.competingFigures().forEach(other -> sources.putIfAbsent(other.source().url(), other.source().title()));
        });
        ReportZip.citeSources(root, sources);
        return root;
    }
}
