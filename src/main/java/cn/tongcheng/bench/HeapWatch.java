package cn.tongcheng.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap a run used, from the collector's own reports: the most it held just before a collection (the peak,
 * garbage included), and the most that was left after one (what the run kept alive, at most).
 */
final class HeapWatch implements AutoCloseable {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakBefore = new AtomicLong();
    private final AtomicLong peakAfter = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::collected;

    HeapWatch() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(listener, null, null);
                emitters.add(e);
            }
        }
    }

    private void collected(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
        peakBefore.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
        peakAfter.accumulateAndGet(heap(info.getMemoryUsageAfterGc()), Math::max);
    }

    private long heap(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (var e : pools.entrySet()) if (heapPools.contains(e.getKey())) used += e.getValue().getUsed();
        return used;
    }

    /** The most the heap held, in MiB (at least what it holds now). */
    long peakMiB() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(peakBefore.get(), now) / (1024 * 1024);
    }

    /** The most left after a collection so far, in MiB. */
    long afterGcMiB() {
        return peakAfter.get() / (1024 * 1024);
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (javax.management.ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }
}
