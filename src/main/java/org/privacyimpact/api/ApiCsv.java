package org.privacyimpact.api;

import java.io.OutputStream;
import java.util.List;

import org.privacyimpact.dataset.DatasetRelease;
import org.privacyimpact.export.SpreadsheetSafeCsv;

/**
 * The data API's CSV for the changelog; figures, user bases, sources, incidents and exposure use the same
 * writers as the views' downloads (and the curators' import reads the same columns). Every text cell is neutralised against spreadsheet formulas by
 * {@link SpreadsheetSafeCsv}.
 */
final class ApiCsv {

    private ApiCsv() {
    }

    static final List<String> RELEASE_COLUMNS = List.of("version", "released_on", "summary", "change");

    static void releases(List<DatasetRelease> releases, OutputStream out) {
        try (SpreadsheetSafeCsv csv = new SpreadsheetSafeCsv(out, RELEASE_COLUMNS)) {
            releases.forEach(release -> release.changes().forEach(change -> csv.printRow(release.version(),
                    release.releasedOn().toString(), release.summary(), change)));
        }
    }
}
