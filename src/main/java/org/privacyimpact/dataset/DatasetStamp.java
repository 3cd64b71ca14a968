package org.privacyimpact.dataset;

import java.time.Duration;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.privacyimpact.common.db.OwnWritesAwaited;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A short text that changes whenever the dataset's content or release may have changed, for answers that depend only on the
 * dataset and the request (the data API's ETags and cache). A change made through this instance is seen as soon
 * as its transaction commits; one made through another instance sharing the database within {@link #RECHECK}.
 * With a read replica, both wait until the replica has replayed the change: the stamp is read where the answers
 * are read. An account whose own change the replica has not replayed yet reads the primary: its stamp is read
 * there for it alone and never kept for others, whose answers it would name too new (DD014).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DatasetStamp {

    /** How long the stamp read from the database is trusted before it is read again. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    private final JooqDatasetStamp query;
    private final OwnWritesAwaited ownWrites;
    private volatile String value;
    private volatile long readAt;

    public String current() {
        if (ownWrites.now()) {
            return query.read();
        }
        String stamp = value;
        return stamp != null && fresh() ? stamp : refresh();
    }

    /**
     * After a curated change commits, the next request reads the stamp again. Not read here: this runs for the
     * curator who made the change, whose reads go to the primary while a replica has not replayed it yet.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    synchronized void on(CuratedChange.Announced announced) {
        value = null;
    }

    /** A published release changes the version every answer names: the same as a curated change. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    synchronized void on(DatasetRelease.Published published) {
        value = null;
    }

    /** One thread reads the database; the others waiting for it then take what it read. */
    private synchronized String refresh() {
        if (value == null || !fresh()) {
            value = query.read();
            readAt = System.nanoTime();
        }
        return value;
    }

    private boolean fresh() {
        return System.nanoTime() - readAt <= RECHECK.toNanos();
    }
}
