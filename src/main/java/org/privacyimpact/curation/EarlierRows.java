package org.privacyimpact.curation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a file's earlier rows will have added by the time a later row is written: sources and figures a later
 * row may cite count as present, so a file can bring a source and the figures quoting it together.
 */
final class EarlierRows {

    static final EarlierRows NONE = new EarlierRows();

    private final Set<String> sources = new HashSet<>();
    private final Map<String, String> figureIncidents = new HashMap<>();

    void source(String url) {
        sources.add(url);
    }

    void figure(String referenceId, String incidentId) {
        figureIncidents.put(referenceId, incidentId);
    }

    boolean hasSource(String url) {
        return sources.contains(url);
    }

    Optional<String> incidentOfFigure(String referenceId) {
        return Optional.ofNullable(figureIncidents.get(referenceId));
    }
}
