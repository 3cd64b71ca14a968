package org.privacyimpact.dataset;

import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FiguresReport {

    private final RecordsCsv csv;
    private final RecordsQuery records;
    private final DatasetQuery dataset;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * The report of the figures the filter matches. What their incidents' pages say to read them with (caveats,
     * published replies) goes into metadata.json and README.txt, each note naming its incident.
     */
    public void write(FigureFilter filter, String title, String pageUrl, OutputStream out) {
        DatasetRelease release = dataset.currentRelease();
        ReportZip.Heading heading = new ReportZip.Heading(title, release.version(), release.releasedOn(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS), pageUrl);
        ObjectNode metadata = heading.metadata(json);
        RecordsCsv.FIGURES.describe(metadata);
        Map<String, String> sources = new LinkedHashMap<>();
        Set<String> incidents = new LinkedHashSet<>();
        records.streamFigures(filter, figure -> {
            sources.putIfAbsent(figure.source().url(), figure.source().title());
            incidents.add(figure.incidentId());
        });
        ReportZip.citeSources(metadata, sources);
        List<String> readWithCare = IncidentCare.notesOf(records.readWithCare(incidents));
        readWithCare.forEach(metadata.putArray("read_with_care")::add);
        String careNotes = ReportZip.notes("Read with care:", readWithCare);
        ReportZip.write(out, data -> csv.figures(filter, data),
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(metadata), heading.readme("Page", """
                        data.csv holds every figure, preferred and competing, with its source's title, address and
                        the sentence that states it; metadata.json the unit and meaning of each column and every
                        source. Counts of different kinds (count_kind) are never to be added together, and a
                        figure that is part of another (subset_of) must not be added to it.
                        """ + careNotes));
    }
}
