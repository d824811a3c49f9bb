package org.trame.eval.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.store.StoreCounts;

/**
 * Whether the story engine's cost per article stays flat as the store grows: a corpus replayed
 * until it reaches the size asked, through the whole pipeline, timed per window of articles.
 *
 * <p>A plain repeat would be caught by the near-duplicate stage and never reach the story engine,
 * so each repeat is moved ten years later per round and edited: it keeps two sentences in five of
 * its article and takes three in ten of another article's, which leaves it well below the near-copy
 * threshold while it still reads like news about the same people.
 */
public final class ClusterBenchmark {

  /** Years each replay round is moved by, so rounds do not fall in each other's time windows. */
  static final int YEARS_PER_ROUND = 10;

  /**
   * One window of the run.
   *
   * @param endArticle articles handed to the pipeline by the end of the window
   * @param articles articles in the window
   * @param seconds wall time of the window
   * @param cpuSeconds CPU time this process spent in the window, all its threads (placing,
   *     preparing, index merges, collections): what the window cost, whatever else ran beside it
   * @param peakHeapBytes highest heap-pool use seen in the window (includes uncollected garbage)
   * @param peakLiveBytes highest heap use right after a collection in the window (0: no
   *     collection); an upper bound of the live set, since a young collection leaves the old
   *     generation's garbage
   * @param liveBytes heap use after a full collection at the window's end: the live set, what the
   *     store and the engine hold (the collection is not timed)
   */
  public record Window(
      long endArticle,
      long articles,
      double seconds,
      double cpuSeconds,
      long peakHeapBytes,
      long peakLiveBytes,
      long liveBytes) {
    public double perSecond() {
      return articles / seconds;
    }

    /** CPU milliseconds an article cost in this window. */
    public double cpuMillisPerArticle() {
      return cpuSeconds * 1000 / articles;
    }
  }

  /** The windows in order, what the ingest reported, and what the store holds after it. */
  public record Result(List<Window> windows, IngestReport report, StoreCounts counts) {
    /** The last full window's throughput over the first's: 1 is flat, below 1 is slowing. */
    public double lastOverFirst() {
      return windows.get(windows.size() - 1).perSecond() / windows.get(0).perSecond();
    }

    /**
     * The first full window's CPU cost per article over the last's: 1 is flat, below 1 is growing
     * cost. Unlike {@link #lastOverFirst} it does not move when other processes take the cores.
     */
    public double cpuFirstOverLast() {
      return windows.get(0).cpuMillisPerArticle()
          / windows.get(windows.size() - 1).cpuMillisPerArticle();
    }

    public long peakHeapBytes() {
      return windows.stream().mapToLong(Window::peakHeapBytes).max().orElse(0);
    }

    public long peakLiveBytes() {
      return windows.stream().mapToLong(Window::peakLiveBytes).max().orElse(0);
    }

    /** The largest live set seen at a window's end. */
    public long liveBytes() {
      return windows.stream().mapToLong(Window::liveBytes).max().orElse(0);
    }
  }

  private ClusterBenchmark() {}

  /**
   * Ingests {@code total} articles replayed from {@code corpus} into a fresh store in {@code
   * dataDir}, reporting each window of {@code window} articles as it ends.
   */
  public static Result run(
      List<RawArticle> corpus, long total, int window, Path dataDir, Consumer<Window> onWindow)
      throws IOException {
    if (corpus.isEmpty() || total < 1 || window < 1) {
      throw new IllegalArgumentException("need articles, a total and a window of at least 1");
    }
    List<Window> windows = new ArrayList<>();
    try (HeapMeter meter = HeapMeter.start();
        Trame trame = Trame.open(dataDir)) {
      Timed timed =
          new Timed(
              replay(corpus, total),
              window,
              meter,
              w -> {
                windows.add(w);
                onWindow.accept(w);
              });
      IngestReport report = trame.ingest(timed, IngestListener.NONE);
      timed.close();
      return new Result(List.copyOf(windows), report, trame.status());
    }
  }

  /**
   * {@code total} articles: the corpus once as it is, then edited repeats of it, each round ten
   * years later than the one before, with ids of their own. Lazy: nothing is held but the corpus.
   */
  static Iterable<RawArticle> replay(List<RawArticle> corpus, long total) {
    return () ->
        new Iterator<>() {
          long next;

          @Override
          public boolean hasNext() {
            return next < total;
          }

          @Override
          public RawArticle next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            long i = next++;
            int n = corpus.size();
            int round = (int) (i / n);
            RawArticle base = corpus.get((int) (i % n));
            if (round == 0) {
              return base;
            }
            RawArticle other = corpus.get((int) ((i % n + 7919L * round) % n));
            return edited(base, other, round);
          }
        };
  }

  static RawArticle edited(RawArticle base, RawArticle other, int round) {
    String[] own = sentences(base.text());
    String[] borrowed = sentences(other.text());
    // fixed shares rather than a coin per sentence: a short article drawn lucky would otherwise
    // keep most of itself and come out as a near-copy of its original
    Set<Integer> kept = chosen(base.id(), round, own.length, 40);
    Set<Integer> taken = chosen(other.id(), -round, borrowed.length, 30);
    StringBuilder text = new StringBuilder();
    for (int s = 0; s < Math.max(own.length, borrowed.length); s++) {
      if (kept.contains(s)) {
        append(text, own[s]);
      }
      if (taken.contains(s)) {
        append(text, borrowed[s]);
      }
    }
    PublishedDate date = base.published();
    PublishedDate shifted =
        date == null
            ? null
            : new PublishedDate(
                date.date().plusYears((long) YEARS_PER_ROUND * round),
                date.precision(),
                date.estimated());
    return new RawArticle(
        base.id() + "~r" + round,
        base.source(),
        base.url() == null ? null : base.url() + "#r" + round,
        base.title(),
        base.author(),
        text.toString(),
        shifted,
        base.language(),
        base.origin() + " (replay " + round + ")");
  }

  private static String[] sentences(String text) {
    return text.split("(?<=[.!?…])\\s+");
  }

  private static void append(StringBuilder text, String sentence) {
    if (!text.isEmpty()) {
      text.append(' ');
    }
    text.append(sentence);
  }

  /**
   * The indexes of {@code percent} in a hundred of {@code count} sentences (at least one), chosen
   * by a hash of the article, round and index: the same on every run, different in every round.
   */
  private static Set<Integer> chosen(String id, int round, int count, int percent) {
    int keep = Math.max(1, (count * percent + 99) / 100);
    Integer[] order = new Integer[count];
    long[] rank = new long[count];
    for (int s = 0; s < count; s++) {
      order[s] = s;
      long h = id.hashCode() * 0x9E3779B97F4A7C15L + round * 0xC2B2AE3D27D4EB4FL + s;
      h ^= h >>> 33;
      h *= 0xFF51AFD7ED558CCDL;
      h ^= h >>> 33;
      rank[s] = h;
    }
    Arrays.sort(order, Comparator.comparingLong(s -> rank[s]));
    return Set.of(Arrays.copyOf(order, keep));
  }

  /**
   * Times the articles as the pipeline pulls them: when it asks for the first article of a new
   * window, the window's work is done but for the pipeline's short look-ahead and any commit it
   * owes, which the next window pays, as every window does, so windows stay comparable.
   */
  private static final class Timed implements Iterable<RawArticle> {
    private final Iterable<RawArticle> articles;
    private final int window;
    private final HeapMeter meter;
    private final Consumer<Window> onWindow;
    private long pulled;
    private long windowStart;
    private long windowStartCpu;
    private long windowStartArticle;

    Timed(Iterable<RawArticle> articles, int window, HeapMeter meter, Consumer<Window> onWindow) {
      this.articles = articles;
      this.window = window;
      this.meter = meter;
      this.onWindow = onWindow;
    }

    @Override
    public Iterator<RawArticle> iterator() {
      Iterator<RawArticle> inner = articles.iterator();
      windowStart = System.nanoTime();
      windowStartCpu = processCpuNanos();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return inner.hasNext();
        }

        @Override
        public RawArticle next() {
          if (pulled > windowStartArticle && (pulled - windowStartArticle) % window == 0) {
            endWindow();
          }
          pulled++;
          return inner.next();
        }
      };
    }

    private void endWindow() {
      long now = System.nanoTime();
      long cpu = processCpuNanos();
      long peakHeap = meter.peakHeapBytes();
      long peakLive = meter.peakLiveBytes();
      long live = meter.liveBytesNow();
      onWindow.accept(
          new Window(
              pulled,
              pulled - windowStartArticle,
              (now - windowStart) / 1e9,
              (cpu - windowStartCpu) / 1e9,
              peakHeap,
              peakLive,
              live));
      meter.restart();
      // the full collection above is the benchmark's, not the window's
      windowStart = System.nanoTime();
      windowStartCpu = processCpuNanos();
      windowStartArticle = pulled;
    }

    /** The last window, once the ingest has returned (its final commit included). */
    void close() {
      if (pulled > windowStartArticle) {
        endWindow();
      }
    }
  }

  /** CPU time of this whole process so far, or 0 where the JVM does not tell it. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime())
        : 0;
  }
}
