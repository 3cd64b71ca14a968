package org.privacyimpact.dataset;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.privacyimpact.export.ReportZip;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report of a table of figures (an incident's, a country's): {@code data.csv} with every figure, source and
 * quote, {@code metadata.json} (dataset version, time, the page's address, each column's unit and definition,
 * every source cited) and {@code README.txt} with a citation — the same files as a chart's report.
 */
@Component
public class FiguresReport {

    private static final Map<String, String[]> COLUMNS = columns();

    private final RecordsCsv csv;
    private final RecordsQuery records;
    private final DatasetQuery dataset;
    private final JsonMapper json = JsonMapper.builder().build();

    FiguresReport(RecordsCsv csv, RecordsQuery records, DatasetQuery dataset) {
        this.csv = csv;
        this.records = records;
        this.dataset = dataset;
    }

    public void write(FigureFilter filter, String title, String pageUrl, OutputStream out) {
        DatasetRelease release = dataset.currentRelease();
        ReportZip.Heading heading = new ReportZip.Heading(title, release.version(), release.releasedOn(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), pageUrl);
        ObjectNode metadata = heading.metadata(json);
        ReportZip.describeColumns(metadata, COLUMNS);
        Map<String, String> sources = new LinkedHashMap<>();
        records.streamFigures(filter, figure -> sources.putIfAbsent(figure.source().url(), figure.source().title()));
        ReportZip.citeSources(metadata, sources);
        ReportZip.write(out, data -> csv.figures(filter, data),
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata), heading.readme("Page", """
                        data.csv holds every figure, preferred and competing, with its source's title, address and
                        the sentence that states it; metadata.json the unit and meaning of each column and every
                        source. Counts of different kinds (count_kind) are never to be added together, and a
                        figure that is part of another (subset_of) must not be added to it.
                        """));
    }

    private static Map<String, String[]> columns() {
        String[][] rows = {
                {"reference_id", "identifier", "The figure's id in the dataset."},
                {"incident_id", "identifier", "Its incident."},
                {"incident_name", "text", "The incident's name."},
                {"country_iso2", "ISO 3166-1 alpha-2", "Empty for worldwide figures."},
                {"area", "text", "The country, or Worldwide."},
                {"people_targeted", "people (or phone numbers, for leaked-list entries)", "The figure as the source states it."},
                {"count_qualifier", "exact | approximate | at_least | at_most", "How the source states the number."},
                {"count_kind", "code", "What the number counts; kinds are never added together."},
                {"period_start", "year", "First year the figure covers."},
                {"period_end", "year", "Last year the figure covers."},
                {"victim_groups", "text", "Who was targeted, as the reference describes them."},
                {"verified", "true | false", "false where the source is weak or could not be checked word for word."},
                {"preferred", "true | false", "false for a competing value shown beside the preferred one."},
                {"subset_of", "identifier", "The figure this one counts part of; never add the two."},
                {"denominator_rule", "country_user_base | several_platforms | no_rate", "What the figure may be divided "
                        + "by: any number of its area; internet users and population only (people on several "
                        + "platforms); nothing (not that area's people)."},
                {"notes", "text", "Our notes."},
                {"source_title", "text", "The document the figure comes from."},
                {"source_url", "URL", "Where to read it."},
                {"source_quote", "text", "The sentence that states the figure, verbatim."}};
        Map<String, String[]> columns = new LinkedHashMap<>();
        for (String[] row : rows) {
            columns.put(row[0], new String[] {row[1], row[2]});
        }
        if (!java.util.List.copyOf(columns.keySet()).equals(RecordsCsv.FIGURE_COLUMNS)) {
            throw new IllegalStateException("report column definitions do not match the figures CSV");
        }
        return columns;
    }
}
