package org.privacyimpact.dataset;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A short text that changes whenever the dataset's content may have changed, for answers that depend only on the
 * dataset and the request (the data API's ETags and cache). A change made through this instance is seen as soon
 * as its transaction commits; one made through another instance sharing the database within {@link #RECHECK}.
 */
@Component
public class DatasetStamp {

    /** How long the stamp read from the database is trusted before it is read again. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    private final JooqDatasetStamp query;
    private volatile String value;
    private volatile long readAt;

    DatasetStamp(JooqDatasetStamp query) {
        this.query = query;
    }

    public String current() {
        String stamp = value;
        return stamp != null && fresh() ? stamp : refresh(false);
    }

    /** After a curated change commits, the next request must see it. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(CuratedChange.Announced announced) {
        refresh(true);
    }

    /** One thread reads the database; the others waiting for it then take what it read. */
    private synchronized String refresh(boolean always) {
        if (always || value == null || !fresh()) {
            value = query.read();
            readAt = System.nanoTime();
        }
        return value;
    }

    private boolean fresh() {
        return System.nanoTime() - readAt <= RECHECK.toNanos();
    }
}
