package org.privacyimpact.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * How much the live heap grows while something runs: the highest heap use right after any collection during the
 * run, minus the heap in use after a full collection before it. Garbage that a collection frees does not count;
 * what the code holds on to does.
 */
final class HeapWatch implements AutoCloseable {

    private final long baseline;
    private volatile long peakAfterCollection;
    private final List<Runnable> unsubscribe = new ArrayList<>();

    HeapWatch() {
        baseline = usedAfterFullCollection();
        peakAfterCollection = baseline;
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(MemoryUsage::getUsed).sum();
                peakAfterCollection = Math.max(peakAfterCollection, used);
            }
        };
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            NotificationEmitter emitter = (NotificationEmitter) collector;
            emitter.addNotificationListener(listener, null, null);
            unsubscribe.add(() -> {
                try {
                    emitter.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // already gone
                }
            });
        }
    }

    /** Live-heap growth in bytes so far; includes what is still held at the end (a final full collection). */
    long growth() {
        peakAfterCollection = Math.max(peakAfterCollection, usedAfterFullCollection());
        return peakAfterCollection - baseline;
    }

    static long usedAfterFullCollection() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        unsubscribe.forEach(Runnable::run);
    }
}
