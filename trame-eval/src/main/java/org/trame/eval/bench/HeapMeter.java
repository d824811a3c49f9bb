package org.trame.eval.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use over a span of work, two ways: the peak of the heap pools, which counts garbage the
 * collector had no reason to reclaim yet (it grows with the heap limit), and the peak right after a
 * collection, nearer to what the work holds. The second is an upper bound, not the live set: a
 * young collection leaves the old generation's garbage in place (a full-collection histogram,
 * {@code jcmd PID GC.class_histogram}, gives the live set itself).
 */
final class HeapMeter implements AutoCloseable {

  private final List<MemoryPoolMXBean> heap =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final Set<String> heapPools =
      heap.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  private final AtomicLong peakLive = new AtomicLong();
  private final NotificationListener afterCollection = this::collected;
  private final List<NotificationEmitter> emitters = new ArrayList<>();

  private HeapMeter() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(afterCollection, null, null);
        emitters.add(emitter);
      }
    }
  }

  /** Collects what earlier work left, then starts measuring. */
  static HeapMeter start() {
    System.gc();
    HeapMeter meter = new HeapMeter();
    meter.restart();
    return meter;
  }

  /** Starts a new span (a window of a long run) without a collection of its own. */
  void restart() {
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    peakLive.set(0);
  }

  long peakHeapBytes() {
    return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  long peakLiveBytes() {
    return peakLive.get();
  }

  /**
   * The live set now: heap use after a full collection (an explicit one, which G1 makes a full,
   * stop-the-world collection unless told otherwise). About a second on a heap of a few GB; the
   * caller keeps it out of what it times.
   */
  long liveBytesNow() {
    System.gc();
    return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  private void collected(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long live = 0;
    for (Map.Entry<String, java.lang.management.MemoryUsage> pool :
        info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        live += pool.getValue().getUsed();
      }
    }
    peakLive.accumulateAndGet(live, Math::max);
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(afterCollection);
      } catch (ListenerNotFoundException e) {
        // already gone: nothing to undo
      }
    }
  }
}
