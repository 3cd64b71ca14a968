package org.privacyimpact.curation;

import java.time.OffsetDateTime;

/**
 * A record opened for editing: its values and the version they were read at. Saving sends the version back;
 * if the record changed in between, the save is refused (optimistic locking).
 */
public record Versioned<D>(String key, D draft, int version, OffsetDateTime retiredAt, String retiredBy) {

    public boolean retired() {
        return retiredAt != null;
    }
}
