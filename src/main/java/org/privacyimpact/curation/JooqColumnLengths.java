package org.privacyimpact.curation;

import static org.privacyimpact.db.Tables.INCIDENT;
import static org.privacyimpact.db.Tables.PLATFORM_USER_BASE;
import static org.privacyimpact.db.Tables.SOURCE;
import static org.privacyimpact.db.Tables.TARGET_FIGURE;

import org.jooq.Field;

/**
 * The lengths of the columns curators type into, as the migrations declare them: jOOQ generates its tables from
 * sql/, so the checks read the schema's own numbers and a migration that changes a length changes the check.
 * (A figure's reference id was once checked against a user base's 60 where its column holds 40.)
 */
final class JooqColumnLengths {

    static final int FIGURE_REFERENCE_ID = length(TARGET_FIGURE.REFERENCE_ID);
    static final int USER_BASE_REFERENCE_ID = length(PLATFORM_USER_BASE.REFERENCE_ID);
    static final int INCIDENT_ID = length(INCIDENT.ID);
    static final int INCIDENT_SHORT_NAME = length(INCIDENT.SHORT_NAME);
    static final int SOURCE_URL = length(SOURCE.URL);

    private JooqColumnLengths() {
    }

    private static int length(Field<String> column) {
        int length = column.getDataType().length();
        if (length <= 0) {
            throw new IllegalStateException(column + " has no declared length");
        }
        return length;
    }
}
