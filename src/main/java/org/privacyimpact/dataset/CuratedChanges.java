package org.privacyimpact.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where curation announces what it wrote. Listeners run synchronously in the writer's transaction, so a
 * derived table is current when the change commits and gone with it when it rolls back. Inside
 * {@link #batched} the announcements are collected and published once at the end, so that an import of
 * 20,000 rows brings each derived row up to date once rather than after every row.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CuratedChanges {

    private final ApplicationEventPublisher events;
    private final ThreadLocal<List<CuratedChange>> batch = new ThreadLocal<>();

    public void announce(CuratedChange change) {
        List<CuratedChange> open = batch.get();
        if (open != null) {
            open.add(change);
        } else {
            events.publishEvent(new CuratedChange.Announced(List.of(change)));
        }
    }

    /** Runs {@code work}, then announces everything it changed at once; nothing if it throws. */
    public <T> T batched(Supplier<T> work) {
        if (batch.get() != null) {
            return work.get();
        }
        List<CuratedChange> changes = new ArrayList<>();
        batch.set(changes);
        T result;
        try {
            result = work.get();
        } finally {
            batch.remove();
        }
        if (!changes.isEmpty()) {
            events.publishEvent(new CuratedChange.Announced(changes));
        }
        return result;
    }
}
