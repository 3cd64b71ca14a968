package org.privacyimpact.curation.ui;

import org.privacyimpact.curation.CuratedDraft;
import org.privacyimpact.curation.CuratedType;
import org.privacyimpact.curation.CurationService;
import org.privacyimpact.dataset.DatasetQuery;

/** A kind of curated record and the form it is edited in; the service does every check and write. */
record RecordEditing<D extends CuratedDraft<D>>(CuratedType<D> type, DraftForm<D> form) {

    static RecordEditing<?> of(CuratedType<?> type, CurationService curation, DatasetQuery dataset) {
        return switch (type.recordType()) {
            case FIGURE -> new RecordEditing<>(CuratedType.FIGURE,
                    new FigureForm(dataset.incidents(), curation.sourceChoices()));
            case USER_BASE -> new RecordEditing<>(CuratedType.USER_BASE,
                    new UserBaseForm(curation.platformNames(), curation.sourceChoices()));
            case SOURCE -> new RecordEditing<>(CuratedType.SOURCE, new SourceForm());
            case INCIDENT -> new RecordEditing<>(CuratedType.INCIDENT,
                    new IncidentForm(curation.platformNames(), curation.sourceChoices()));
            case RELEASE, ACCOUNT -> throw new IllegalArgumentException(type + " is not edited here");
        };
    }
}
