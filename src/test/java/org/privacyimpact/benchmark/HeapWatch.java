package org.privacyimpact.benchmark;

import java.lang.management.ManagementFactory;

/**
 * How much live heap something holds while it runs: a watcher thread forces a full collection every 250 ms and
 * records the heap in use right after it; the growth is the highest of those minus the heap after a full
 * collection before the run. Forcing collections slows the code measured, so this runs apart from the timed
 * runs. (Heap in use after an ordinary young collection would also count old garbage not yet collected.)
 */
final class HeapWatch implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 250;

    private final long baseline;
    private volatile long peak;
    private volatile boolean watching = true;
    private final Thread watcher;

    HeapWatch() {
        baseline = usedAfterFullCollection();
        peak = baseline;
        watcher = Thread.ofPlatform().daemon().name("heap-watch").start(() -> {
            while (watching) {
                try {
                    Thread.sleep(INTERVAL_MILLIS);
                } catch (InterruptedException stop) {
                    return;
                }
                peak = Math.max(peak, usedAfterFullCollection());
            }
        });
    }

    /** Live-heap growth in bytes so far, including what is still held now. */
    long growth() {
        peak = Math.max(peak, usedAfterFullCollection());
        return peak - baseline;
    }

    static long usedAfterFullCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() throws InterruptedException {
        watching = false;
        watcher.interrupt();
        watcher.join();
    }
}
