package org.privacyimpact.curation;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.privacyimpact.audit.RecordType;

/**
 * The four kinds of record curators edit, each with its draft: what the editing screens, the service and the
 * audit trail know of a kind. Its table ({@link JooqCuratedTable}) says how it is stored; everything else
 * (locking, saving, retiring, auditing, announcing) is the same for all and done once.
 *
 * @param path     the kind in addresses: /curate/figures/WA2019-IN
 * @param keyField the field a problem with the key is reported against
 */
public record CuratedType<D extends CuratedDraft<D>>(RecordType recordType, String path, String plural,
                                                      String singular, String keyField, Supplier<D> blankDraft) {

    public static final CuratedType<FigureDraft> FIGURE = new CuratedType<>(RecordType.FIGURE, "figures",
            "Target figures", "target figure", "reference_id", FigureDraft::blank);
    public static final CuratedType<UserBaseDraft> USER_BASE = new CuratedType<>(RecordType.USER_BASE, "user-bases",
            "User bases", "user base", "reference_id", UserBaseDraft::blank);
    public static final CuratedType<SourceDraft> SOURCE = new CuratedType<>(RecordType.SOURCE, "sources",
            "Sources", "source", "id", SourceDraft::blank);
    public static final CuratedType<IncidentDraft> INCIDENT = new CuratedType<>(RecordType.INCIDENT, "incidents",
            "Incidents", "incident", "id", IncidentDraft::blank);

    /** In the order the curators' tabs show them. */
    public static List<CuratedType<?>> all() {
        return List.of(FIGURE, USER_BASE, SOURCE, INCIDENT);
    }

    public static Optional<CuratedType<?>> fromPath(String path) {
        return all().stream().filter(type -> type.path().equals(path)).findFirst();
    }

    public D blank() {
        return blankDraft.get();
    }
}
