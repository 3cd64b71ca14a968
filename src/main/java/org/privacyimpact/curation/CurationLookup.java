package org.privacyimpact.curation;

import java.util.Optional;

/** What validation needs to know about the dataset as it stands. */
interface CurationLookup {

    boolean isCountry(String iso2);

    /** The platform's kind (messaging, internet, population …); empty if there is no such platform. */
    Optional<String> platformKind(String name);

    /** Any incident, published or retired. */
    boolean incidentExists(String id);

    boolean isPublishedIncident(String id);

    /** A published source by URL. */
    boolean isPublishedSource(String url);

    /** Any source, published or retired, other than the one with this number (null: none excluded). */
    boolean sourceUrlTaken(String url, Long exceptSourceId);

    /** The incident of a published figure; empty if there is none with that reference id. */
    Optional<String> incidentOfPublishedFigure(String referenceId);

    /** Any figure or user base, published or retired. */
    boolean figureExists(String referenceId);

    boolean userBaseExists(String referenceId);

    /** Another published figure already preferred in the draft's group (incident, area, kind, subset). */
    Optional<String> preferredRival(FigureDraft draft);
}
