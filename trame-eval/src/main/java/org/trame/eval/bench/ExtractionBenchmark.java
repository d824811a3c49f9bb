package org.trame.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;
import org.trame.eval.extraction.ExtractionScorer;
import org.trame.eval.extraction.HtmlPages;
import org.trame.eval.extraction.Readability4jExtractor;
import org.trame.extract.DateSource;
import org.trame.extract.DatedExtraction;
import org.trame.extract.DensityExtractor;
import org.trame.extract.Extraction;
import org.trame.extract.Extractor;

/**
 * Extraction speed of trame's {@link DensityExtractor} against Readability4J on the same pages in
 * the same run (these machines are shared and noisy: only the ratio travels), and what each finds
 * on them: text, title, date, author. Pages are streamed; the first ones warm both extractors up
 * before any timing, then each page is timed with both, in alternating order. Only the calls to the
 * extractors are timed, not reading and decoding the pages.
 */
public final class ExtractionBenchmark {

  /** Rounds over the warm-up pages before timing starts, so the JIT has compiled both. */
  private static final int WARMUP_ROUNDS = 3;

  /** How many disagreeing dates are kept as examples. */
  private static final int MAX_EXAMPLES = 5;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Meta tags and microdata that declare a date, and JSON-LD blocks: what a page says to machines.
   */
  private static final Pattern DECLARED_DATES =
      Pattern.compile(
          "(?is)<meta\\b[^>]*(date|time|pub)[^>]*>"
              + "|<script[^>]*ld\\+json[^>]*>.*?</script>"
              + "|\\sitemprop\\s*=\\s*[\"']?date\\w*[\"']?");

  private ExtractionBenchmark() {}

  /**
   * What a corpus says of a page: its date (null if none) and its text, lead included (null if
   * none).
   */
  public record CorpusArticle(PublishedDate date, String text) {}

  /** One extractor's figures. */
  public record Figures(
      String name,
      int pages,
      long nanos,
      double medianMs,
      double p99Ms,
      int noText,
      int noTitle,
      int noDate,
      int noAuthor) {

    public double pagesPerSecond() {
      return nanos == 0 ? 0 : pages / (nanos / 1e9);
    }
  }

  /**
   * How the dates found compare with the dates a corpus gives the same pages.
   *
   * @param compared pages the corpus dates
   * @param sameDay found the corpus's day
   * @param sameMonth found its month only (another day, or a month-precision date)
   * @param different found another month
   * @param missing found no date
   * @param examples some pages whose date was found but differs: "id: found X, corpus Y"
   */
  public record DateAgreement(
      int compared,
      int sameDay,
      int sameMonth,
      int different,
      int missing,
      List<String> examples) {}

  /**
   * @param pages pages timed
   * @param skipped pages too large to read ({@link HtmlPages#MAX_PAGE_BYTES})
   * @param warmupPages pages used to warm up first (timed again afterwards)
   * @param dateSources where trame's extractor read each date
   * @param agreement against the corpus dates; null when none were given
   * @param undeclaredSources where the dates were read once the pages' date meta tags, JSON-LD and
   *     date microdata were removed (untimed): how well what the pages show stands in
   * @param undeclaredAgreement the same against the corpus; null when no dates were given
   * @param trameText trame's text against the corpus text, scored as {@code trame eval extraction}
   *     does; null when the corpus has no text for these pages
   * @param peerText the same for the peer
   */
  public record Result(
      int pages,
      int skipped,
      int warmupPages,
      Figures trame,
      Figures peer,
      Map<DateSource, Integer> dateSources,
      DateAgreement agreement,
      Map<DateSource, Integer> undeclaredSources,
      DateAgreement undeclaredAgreement,
      ExtractionScorer.Score trameText,
      ExtractionScorer.Score peerText) {

    /** trame's pages/s over the peer's: above 1, trame is faster. */
    public double speedRatio() {
      return trame.pagesPerSecond() / peer.pagesPerSecond();
    }
  }

  /**
   * @param input a {@code .tar.gz} of pages or a folder of them ({@link HtmlPages})
   * @param limit at most this many pages
   * @param warmup how many of the first pages warm the extractors up
   * @param corpus what a corpus says of the pages, by page id ({@link #corpus}); may be empty
   */
  public static Result run(Path input, int limit, int warmup, Map<String, CorpusArticle> corpus)
      throws IOException {
    Session session = new Session(corpus);
    List<HtmlPages.Page> warmupPages = new ArrayList<>();
    int skipped =
        HtmlPages.forEach(
            input,
            limit,
            page -> {
              if (warmupPages.size() < warmup) {
                warmupPages.add(page);
                if (warmupPages.size() == warmup) {
                  session.warmUp(warmupPages);
                  warmupPages.forEach(session::measure);
                }
              } else {
                session.measure(page);
              }
              return true;
            });
    if (warmupPages.size() < warmup) { // fewer pages than the warm-up: warm up on what there is
      session.warmUp(warmupPages);
      warmupPages.forEach(session::measure);
    }
    return new Result(
        session.count,
        skipped,
        Math.min(warmup, session.count),
        session.trameTally.figures(),
        session.peerTally.figures(),
        Collections.unmodifiableMap(session.sources),
        session.agreement.compared == 0 ? null : session.agreement.result(),
        Collections.unmodifiableMap(session.undeclaredSources),
        session.agreement.compared == 0 ? null : session.undeclared.result(),
        session.trameScores.isEmpty() ? null : ExtractionScorer.mean(session.trameScores),
        session.peerScores.isEmpty() ? null : ExtractionScorer.mean(session.peerScores));
  }

  /** The extractors and the running figures of one run. */
  private static final class Session {
    final DensityExtractor trame = new DensityExtractor();
    final Extractor peer = new Readability4jExtractor();
    final Tally trameTally = new Tally("trame DensityExtractor");
    final Tally peerTally = new Tally("Readability4J");
    final Map<DateSource, Integer> sources = new EnumMap<>(DateSource.class);
    final Agreement agreement = new Agreement();
    final Map<DateSource, Integer> undeclaredSources = new EnumMap<>(DateSource.class);
    final Agreement undeclared = new Agreement();
    final List<ExtractionScorer.PageScore> trameScores = new ArrayList<>();
    final List<ExtractionScorer.PageScore> peerScores = new ArrayList<>();
    final Map<String, CorpusArticle> corpus;
    int count;

    Session(Map<String, CorpusArticle> corpus) {
      this.corpus = corpus;
    }

    void warmUp(List<HtmlPages.Page> pages) {
      for (int round = 0; round < WARMUP_ROUNDS; round++) {
        for (HtmlPages.Page p : pages) {
          trame.extract(p.html(), null);
          peer.extract(p.html(), null);
        }
      }
    }

    void measure(HtmlPages.Page page) {
      DatedExtraction mine = null;
      Extraction theirs = null;
      // alternate who goes first, so that neither always runs on the other's garbage
      boolean trameFirst = count++ % 2 == 0;
      for (int turn = 0; turn < 2; turn++) {
        long start = System.nanoTime();
        if ((turn == 0) == trameFirst) {
          mine = trame.extractWithDateSource(page.html(), null);
          trameTally.add(mine.extraction(), System.nanoTime() - start);
        } else {
          theirs = peer.extract(page.html(), null);
          peerTally.add(theirs, System.nanoTime() - start);
        }
      }
      CorpusArticle said = corpus.get(page.id());
      PublishedDate known = said == null ? null : said.date();
      record(mine, known, page.id(), sources, agreement);
      if (said != null && said.text() != null) {
        trameScores.add(ExtractionScorer.page(said.text(), mine.extraction().text()));
        peerScores.add(ExtractionScorer.page(said.text(), theirs.text()));
      }
      // the page again without what it declares about its date: what does the rest give?
      String stripped = DECLARED_DATES.matcher(page.html()).replaceAll("");
      record(
          trame.extractWithDateSource(stripped, null),
          known,
          page.id(),
          undeclaredSources,
          undeclared);
    }

    private static void record(
        DatedExtraction x,
        PublishedDate known,
        String id,
        Map<DateSource, Integer> sources,
        Agreement agreement) {
      if (x.dateSource() != null) {
        sources.merge(x.dateSource(), 1, Integer::sum);
      }
      if (known != null) {
        agreement.add(id, x.extraction().published(), known);
      }
    }
  }

  /**
   * The dates and texts of a JSON Lines corpus ({@code {"id": "orangesum/41", "date": "2020-07-02",
   * "lead": …, "text": …}}), keyed by the last part of the id ({@code 41}), which is how its pages
   * are named.
   */
  public static Map<String, CorpusArticle> corpus(Path jsonl) throws IOException {
    Map<String, CorpusArticle> out = new HashMap<>();
    try (InputStream raw = Files.newInputStream(jsonl);
        InputStream in =
            jsonl.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        String id = node.path("id").asText("");
        if (id.isEmpty()) {
          continue;
        }
        PublishedDate date = null;
        try {
          date = node.hasNonNull("date") ? PublishedDate.parse(node.get("date").asText()) : null;
        } catch (IllegalArgumentException notADate) {
          // an oddly dated article is left out of the date comparison
        }
        String text =
            (node.path("lead").asText("") + "\n\n" + node.path("text").asText("")).strip();
        out.put(
            id.substring(id.lastIndexOf('/') + 1),
            new CorpusArticle(date, text.isEmpty() ? null : text));
      }
    } catch (IOException e) {
      throw new IOException("cannot read " + jsonl + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Running figures of one extractor. */
  private static final class Tally {
    final String name;
    long[] nanos = new long[1024];
    int pages;
    int noText;
    int noTitle;
    int noDate;
    int noAuthor;

    Tally(String name) {
      this.name = name;
    }

    void add(Extraction x, long took) {
      if (pages == nanos.length) {
        nanos = Arrays.copyOf(nanos, pages * 2);
      }
      nanos[pages++] = took;
      noText += x.hasText() ? 0 : 1;
      noTitle += x.title() == null || x.title().isBlank() ? 1 : 0;
      noDate += x.published() == null ? 1 : 0;
      noAuthor += x.author() == null || x.author().isBlank() ? 1 : 0;
    }

    Figures figures() {
      long[] sorted = Arrays.copyOf(nanos, pages);
      Arrays.sort(sorted);
      long total = 0;
      for (long n : sorted) {
        total += n;
      }
      return new Figures(
          name,
          pages,
          total,
          percentile(sorted, 0.5) / 1e6,
          percentile(sorted, 0.99) / 1e6,
          noText,
          noTitle,
          noDate,
          noAuthor);
    }

    private static long percentile(long[] sorted, double q) {
      if (sorted.length == 0) {
        return 0;
      }
      int i = (int) Math.ceil(q * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
  }

  private static final class Agreement {
    int compared;
    int sameDay;
    int sameMonth;
    int different;
    int missing;
    final List<String> examples = new ArrayList<>();

    void add(String id, PublishedDate found, PublishedDate known) {
      compared++;
      if (found == null) {
        missing++;
      } else if (found.precision() == Precision.DAY
          && known.precision() == Precision.DAY
          && found.date().equals(known.date())) {
        sameDay++;
      } else if (found.date().getYear() == known.date().getYear()
          && found.date().getMonth() == known.date().getMonth()) {
        sameMonth++;
      } else {
        different++;
      }
      // a wrong date is worth looking at; a missing one is only counted
      if (found != null && !found.date().equals(known.date()) && examples.size() < MAX_EXAMPLES) {
        examples.add(id + ": found " + found + ", corpus " + known);
      }
    }

    DateAgreement result() {
      return new DateAgreement(
          compared, sameDay, sameMonth, different, missing, List.copyOf(examples));
    }
  }
}
