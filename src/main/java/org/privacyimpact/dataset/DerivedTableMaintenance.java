package org.privacyimpact.dataset;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every derived table does alike: listens to the curation's announcements in the writer's transaction,
 * recomputes everything when asked (stamping the build with the latest migration), and at start-up when a
 * migration ran since that stamp. Subclasses say what a change touches and how to recompute it.
 */
@Transactional
public abstract class DerivedTableMaintenance implements DerivedTable {

    private static final Logger log = LoggerFactory.getLogger(DerivedTableMaintenance.class);

    protected final DSLContext db;
    private final Table<?> buildStamp;
    private final String what;

    /**
     * @param buildStamp the table's one-row stamp of its last complete build (see {@link CompleteBuild})
     * @param what       for the log, e.g. "Rates of every figure"
     */
    protected DerivedTableMaintenance(DSLContext db, Table<?> buildStamp, String what) {
        this.db = db;
        this.buildStamp = buildStamp;
        this.what = what;
    }

    @EventListener
    public void on(CuratedChange.Announced announced) {
        refresh(announced.changes());
    }

    @Override
    public void refresh(List<CuratedChange> changes) {
        if (changes.stream().anyMatch(CuratedChange.Everything.class::isInstance)) {
            recomputeEverything();
            CompleteBuild.stamp(db, buildStamp);
        } else {
            recompute(changes);
        }
    }

    @Override
    public boolean rebuildIfBehind() {
        if (CompleteBuild.isCurrent(db, buildStamp)) {
            return false;
        }
        long started = System.nanoTime();
        rebuild();
        log.info("{} worked out in {} ms (first start after a migration)", what,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    protected abstract void recomputeEverything();

    /** Recomputes what these changes touch; none of them is {@link CuratedChange.Everything}. */
    protected abstract void recompute(List<CuratedChange> changes);
}
