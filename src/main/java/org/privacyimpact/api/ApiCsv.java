package org.privacyimpact.api;

import java.io.OutputStream;
import java.util.List;

import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.dataset.RecordsCsv;
import org.privacyimpact.dataset.SourceSummary;
import org.privacyimpact.export.SpreadsheetSafeCsv;

/**
 * The data API's CSV for sources and the changelog; figures, user bases, incidents and exposure use the same
 * writers as the views' downloads. Every text cell is neutralised against spreadsheet formulas by
 * {@link SpreadsheetSafeCsv}.
 */
final class ApiCsv {

    private ApiCsv() {
    }


    static final List<String> SOURCE_COLUMNS = RecordsCsv.SOURCE_COLUMNS;
    static final List<String> RELEASE_COLUMNS = List.of("version", "released_on", "summary", "change");

    static void sources(List<SourceSummary> sources, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, SOURCE_COLUMNS)) {
            sources.forEach(s -> csv.printRow(s.id(), s.title(), s.publisher(), s.url(),
                    s.publishedOn() == null ? null : s.publishedOn().toString(), s.targetFigures(), s.userBases()));
        }
    }

    static void releases(List<DatasetRelease> releases, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, RELEASE_COLUMNS)) {
            releases.forEach(release -> release.changes().forEach(change -> csv.printRow(release.version(),
                    release.releasedOn().toString(), release.summary(), change)));
        }
    }
}
