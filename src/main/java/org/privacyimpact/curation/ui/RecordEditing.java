package org.privacyimpact.curation.ui;

import java.util.Optional;

import org.privacyimpact.curation.CurationService;
import org.privacyimpact.curation.FigureDraft;
import org.privacyimpact.curation.IncidentDraft;
import org.privacyimpact.curation.SourceDraft;
import org.privacyimpact.curation.UserBaseDraft;
import org.privacyimpact.curation.Versioned;
import org.privacyimpact.dataset.DenominatorRule;
import org.privacyimpact.dataset.DatasetQuery;

/** How the editor loads, creates and saves one kind of record; the service does every check. */
interface RecordEditing<D> {

    DraftForm<D> form();

    D blank();

    Optional<Versioned<D>> load(String key);

    /** @return the new record's key */
    String create(D draft, String comment);

    /** @return false if nothing differed */
    boolean update(String key, int version, D draft, String comment);

    static RecordEditing<?> of(CuratedKind kind, CurationService curation, DatasetQuery dataset) {
        return switch (kind) {
            case FIGURES -> new RecordEditing<FigureDraft>() {
                private final FigureForm form = new FigureForm(dataset.incidents(), curation.sourceChoices());

                public DraftForm<FigureDraft> form() {
                    return form;
                }

                public FigureDraft blank() {
                    return new FigureDraft(null, null, null, null, null, null, null, null, null, false, false, null,
                            DenominatorRule.AREA_USERS, null, null, null);
                }

                public Optional<Versioned<FigureDraft>> load(String key) {
                    return curation.figure(key);
                }

                public String create(FigureDraft draft, String comment) {
                    return curation.createFigure(draft, comment);
                }

                public boolean update(String key, int version, FigureDraft draft, String comment) {
                    return curation.updateFigure(key, version, draft, comment);
                }
            };
            case USER_BASES -> new RecordEditing<UserBaseDraft>() {
                private final UserBaseForm form = new UserBaseForm(curation.platformNames(), curation.sourceChoices());

                public DraftForm<UserBaseDraft> form() {
                    return form;
                }

                public UserBaseDraft blank() {
                    return new UserBaseDraft(null, null, null, null, null, null, null, null, false, null, null, null);
                }

                public Optional<Versioned<UserBaseDraft>> load(String key) {
                    return curation.userBase(key);
                }

                public String create(UserBaseDraft draft, String comment) {
                    return curation.createUserBase(draft, comment);
                }

                public boolean update(String key, int version, UserBaseDraft draft, String comment) {
                    return curation.updateUserBase(key, version, draft, comment);
                }
            };
            case SOURCES -> new RecordEditing<SourceDraft>() {
                private final SourceForm form = new SourceForm();

                public DraftForm<SourceDraft> form() {
                    return form;
                }

                public SourceDraft blank() {
                    return new SourceDraft(null, null, null, null, null, null);
                }

                public Optional<Versioned<SourceDraft>> load(String key) {
                    return key.matches("[0-9]{1,18}") ? curation.source(Long.parseLong(key)) : Optional.empty();
                }

                public String create(SourceDraft draft, String comment) {
                    return String.valueOf(curation.createSource(draft, comment));
                }

                public boolean update(String key, int version, SourceDraft draft, String comment) {
                    return curation.updateSource(Long.parseLong(key), version, draft, comment);
                }
            };
            case INCIDENTS -> new RecordEditing<IncidentDraft>() {
                private final IncidentForm form = new IncidentForm(curation.platformNames(), curation.sourceChoices());

                public DraftForm<IncidentDraft> form() {
                    return form;
                }

                public IncidentDraft blank() {
                    return new IncidentDraft(null, null, null, null, null, null, null, null, null, null, null, null,
                            null);
                }

                public Optional<Versioned<IncidentDraft>> load(String key) {
                    return curation.incident(key);
                }

                public String create(IncidentDraft draft, String comment) {
                    return curation.createIncident(draft, comment);
                }

                public boolean update(String key, int version, IncidentDraft draft, String comment) {
                    return curation.updateIncident(key, version, draft, comment);
                }
            };
        };
    }
}
