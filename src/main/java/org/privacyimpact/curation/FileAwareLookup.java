package org.privacyimpact.curation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The dataset as it will be once the file's earlier rows are in: new sources and figures count as present. */
final class FileAwareLookup implements CurationLookup {

    private final CurationLookup stored;
    private final Set<String> sources = new HashSet<>();
    private final Map<String, String> figureIncidents = new HashMap<>();

    FileAwareLookup(CurationLookup stored) {
        this.stored = stored;
    }

    void sourceInFile(String url) {
        sources.add(url);
    }

    void figureInFile(String referenceId, String incidentId) {
        figureIncidents.put(referenceId, incidentId);
    }

    @Override
    public boolean isCountry(String iso2) {
        return stored.isCountry(iso2);
    }

    @Override
    public Optional<String> platformKind(String name) {
        return stored.platformKind(name);
    }

    @Override
    public boolean incidentExists(String id) {
        return stored.incidentExists(id);
    }

    @Override
    public boolean isPublishedIncident(String id) {
        return stored.isPublishedIncident(id);
    }

    @Override
    public boolean isPublishedSource(String url) {
        return sources.contains(url) || stored.isPublishedSource(url);
    }

    @Override
    public boolean sourceUrlTaken(String url, Long exceptSourceId) {
        return stored.sourceUrlTaken(url, exceptSourceId);
    }

    @Override
    public Optional<String> incidentOfPublishedFigure(String referenceId) {
        return figureIncidents.containsKey(referenceId) ? Optional.of(figureIncidents.get(referenceId))
                : stored.incidentOfPublishedFigure(referenceId);
    }

    @Override
    public boolean figureExists(String referenceId) {
        return stored.figureExists(referenceId);
    }

    @Override
    public boolean userBaseExists(String referenceId) {
        return stored.userBaseExists(referenceId);
    }

    @Override
    public Optional<String> preferredRival(FigureDraft draft) {
        return stored.preferredRival(draft);
    }
}
