package org.trame.eval.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Entities;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.eval.data.JsonLinesFiles;

/**
 * Memory and speed of ingesting one big WARC crawl. A crawl is written from an articles file, each
 * article dressed as a news site serves it (inline scripts and styles, a menu, teasers, a footer).
 * Two crawls of different sizes are ingested in one run, so memory that grows with the input shows
 * as a ratio, and each is also read by jwarc alone (the floor a WARC ingest cannot beat).
 */
public final class WarcBenchmark {

  /**
   * @param pages HTTP responses written
   * @param articles distinct articles among them (the rest repeat one under another URL)
   */
  public record Crawl(Path file, long bytes, long pages, long articles) {}

  /**
   * @param peakHeapBytes the highest heap use seen (sum of heap pools' peaks): garbage included
   * @param peakLiveBytes the highest heap use right after a collection: what the work holds
   */
  public record Run(
      long pages, IngestReport report, double seconds, long peakHeapBytes, long peakLiveBytes) {

    public double megabytesPerSecond(long bytes) {
      return bytes / 1e6 / seconds;
    }
  }

  private static final int TEASERS = 12;

  private WarcBenchmark() {}

  /**
   * Writes a crawl of about {@code targetBytes} from the articles of a JSON Lines file (fields
   * {@code title}, {@code text}, {@code date}), cycling through them again under new URLs when the
   * file is too small for the size asked.
   */
  public static Crawl write(Path articles, Path warc, long targetBytes) throws IOException {
    AtomicLong pages = new AtomicLong();
    AtomicLong distinct = new AtomicLong();
    List<String> recentTitles = new ArrayList<>();
    try (FileChannel channel =
            FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.NONE)) {
      int round = 0;
      while (writer.position() < targetBytes) {
        int thisRound = round;
        long before = pages.get();
        JsonLinesFiles.read(
            articles,
            (line, number) -> {
              String title = line.path("title").asText("");
              String text = line.path("text").asText("");
              if (text.isBlank()) {
                return true;
              }
              String date = line.path("date").asText("");
              String url = "https://actu.example.org/" + thisRound + "/article-" + number + ".html";
              byte[] page = page(title, text, date, recentTitles).getBytes(UTF_8);
              HttpResponse http =
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("text/html; charset=utf-8"), page)
                      .build();
              writer.write(
                  new WarcResponse.Builder(URI.create(url))
                      .date(crawlDate(date))
                      .body(http)
                      .build());
              pages.incrementAndGet();
              if (thisRound == 0) {
                distinct.incrementAndGet();
              }
              recentTitles.add(title);
              if (recentTitles.size() > TEASERS) {
                recentTitles.remove(0);
              }
              return writer.position() < targetBytes;
            });
        if (pages.get() == before) {
          throw new IOException("no article with a text in " + articles);
        }
        round++;
      }
      return new Crawl(warc, writer.position(), pages.get(), distinct.get());
    }
  }

  /** Reads every record with jwarc and every response body to its end, and nothing more. */
  public static Run readOnly(Path warc) throws IOException {
    long[] pages = {0};
    byte[] buffer = new byte[1 << 16];
    Measured measured =
        measure(() -> {
          try (WarcReader reader = new WarcReader(warc)) {
            for (WarcRecord record : reader) {
              if (record instanceof WarcResponse response) {
                try (InputStream body = response.http().body().stream()) {
                  while (body.read(buffer) >= 0) {
                    // the floor reads every byte trame reads
                  }
                }
                pages[0]++;
              }
            }
          }
          return null;
        });
    return new Run(pages[0], null, measured.seconds, measured.peakHeap, measured.peakLive);
  }

  /** Ingests the crawl into a fresh store in {@code storeDir} with the whole pipeline. */
  public static Run ingest(Path warc, Path storeDir) throws IOException {
    Measured measured =
        measure(() -> {
          try (Trame trame = Trame.open(storeDir)) {
            return trame.ingest(List.of(warc), IngestListener.NONE);
          }
        });
    IngestReport report = measured.report;
    return new Run(
        report.stored() + report.unchanged() + report.rejected().size(),
        report,
        measured.seconds,
        measured.peakHeap,
        measured.peakLive);
  }

  private static String page(String title, String text, String date, List<String> teasers) {
    StringBuilder html = new StringBuilder(48_000);
    String safeTitle = Entities.escape(title);
    html.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(safeTitle)
        .append(" | Actu Exemple</title>")
        .append("<meta property=\"og:site_name\" content=\"Actu Exemple\">");
    if (!date.isBlank()) {
      html.append("<meta property=\"article:published_time\" content=\"")
          .append(Entities.escape(date))
          .append("T08:00:00+01:00\">");
    }
    // sites ship their scripts and styles inline, which is most of a page's weight
    html.append("<style>");
    for (int i = 0; i < 120; i++) {
      html.append(".bloc-").append(i).append("{margin:0 auto;padding:4px ").append(i % 9);
      html.append("px;color:#333;font:14px/1.4 sans-serif}");
    }
    html.append("</style><script>window.dataLayer=window.dataLayer||[];");
    for (int i = 0; i < 160; i++) {
      html.append("function tag").append(i).append("(e){dataLayer.push({event:'vue-");
      html.append(i).append("',cible:e&&e.id,horodatage:Date.now()});return ").append(i);
      html.append(";}");
    }
    html.append("</script></head><body><header><nav><ul>");
    for (String rubric :
        List.of(
            "Accueil",
            "France",
            "Monde",
            "Économie",
            "Sport",
            "Culture",
            "Auto",
            "Sciences",
            "Santé",
            "Météo",
            "Vidéos",
            "Podcasts")) {
      html.append("<li><a href=\"/").append(rubric.toLowerCase(java.util.Locale.ROOT));
      html.append("\">").append(rubric).append("</a></li>");
    }
    html.append("</ul></nav></header><main><article><h1>").append(safeTitle).append("</h1>");
    if (!date.isBlank()) {
      html.append("<time datetime=\"").append(Entities.escape(date)).append("\">");
      html.append(Entities.escape(date)).append("</time>");
    }
    for (String paragraph : paragraphs(text)) {
      html.append("<p>").append(Entities.escape(paragraph)).append("</p>");
    }
    html.append("</article><aside><h2>Autres articles</h2><ul>");
    for (String teaser : teasers) {
      html.append("<li><a href=\"/autre\">").append(Entities.escape(teaser)).append("</a></li>");
    }
    html.append("</ul></aside></main><footer><p>© Actu Exemple. Tous droits réservés.</p>")
        .append("<p>Mentions légales · Cookies · Contact</p></footer></body></html>");
    return html.toString();
  }

  /** The text cut into paragraphs of about three sentences. */
  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int sentences = 0;
    for (String sentence : text.split("(?<=[.!?])\\s*")) {
      current.append(sentence).append(' ');
      if (++sentences == 3) {
        out.add(current.toString().strip());
        current.setLength(0);
        sentences = 0;
      }
    }
    if (!current.isEmpty()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static Instant crawlDate(String date) {
    try {
      return LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC);
    } catch (RuntimeException e) {
      return Instant.EPOCH;
    }
  }

  private interface Work {
    IngestReport run() throws IOException;
  }

  private record Measured(IngestReport report, double seconds, long peakHeap, long peakLive) {}

  private static Measured measure(Work work) throws IOException {
    try (HeapMeter meter = HeapMeter.start()) {
      long start = System.nanoTime();
      IngestReport report = work.run();
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Measured(report, seconds, meter.peakHeapBytes(), meter.peakLiveBytes());
    }
  }

  /** Bytes of a size such as {@code 1g}, {@code 200m}, {@code 64k} or {@code 5000}. */
  public static long parseSize(String size) {
    String s = size.strip().toLowerCase(java.util.Locale.ROOT);
    long unit =
        switch (s.isEmpty() ? ' ' : s.charAt(s.length() - 1)) {
          case 'g' -> 1L << 30;
          case 'm' -> 1L << 20;
          case 'k' -> 1L << 10;
          default -> 1;
        };
    String digits = unit == 1 ? s : s.substring(0, s.length() - 1);
    try {
      long n = Long.parseLong(digits.strip());
      if (n <= 0) {
        throw new IllegalArgumentException("a size must be positive: " + size);
      }
      return Math.multiplyExact(n, unit);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a size: " + size + " (examples: 1g, 200m, 64k, 5000)", e);
    }
  }
}
