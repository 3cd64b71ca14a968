package org.privacyimpact.curation.ui;

import java.util.Arrays;
import java.util.Optional;

import org.privacyimpact.audit.RecordType;

/** The four kinds of record curators edit, as they appear in addresses (/curate/figures/WA2019-IN). */
enum CuratedKind {
    FIGURES("figures", RecordType.FIGURE, "Target figures", "target figure"),
    USER_BASES("user-bases", RecordType.USER_BASE, "User bases", "user base"),
    SOURCES("sources", RecordType.SOURCE, "Sources", "source"),
    INCIDENTS("incidents", RecordType.INCIDENT, "Incidents", "incident");

    final String path;
    final RecordType type;
    final String plural;
    final String singular;

    CuratedKind(String path, RecordType type, String plural, String singular) {
        this.path = path;
        this.type = type;
        this.plural = plural;
        this.singular = singular;
    }

    static Optional<CuratedKind> fromPath(String path) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
    }
}
