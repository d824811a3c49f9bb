package org.trame.peers;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trame.analysis.TimeTagger;
import org.trame.analysis.time.RuleTimeTagger;
import org.trame.article.RawArticle;
import org.trame.eval.data.LabelledArticles;
import org.trame.eval.timex.TimeMlDocument;
import org.trame.eval.timex.TimeMlReader;
import org.trame.eval.timex.TimexEvaluation;
import org.trame.peers.heideltime.HeidelTimeTagger;
import org.trame.peers.language.LanguagePeerBench;
import org.trame.peers.ner.NerPeerBench;

/**
 * Runs trame's stages beside the tools they replace (GPL, or too heavy to ship), on the same
 * documents in the same run, and prints quality, throughput and their ratio. Launched by {@code
 * scripts/peer-bench}; never part of the product.
 *
 * <pre>
 * peer-bench timex [--timebank DIR] [--articles FILE.jsonl.gz] [--limit N] [--rounds R]
 * peer-bench language [FILE…] [--limit N] [--profile FILE] [--json]
 *                     [--write-profile FILE [--profile-languages CODES] [--profile-size N]]
 * peer-bench ner FILE.tsv… [--types pers,org,loc] [--json]
 * </pre>
 *
 * <p>{@code timex} sets the time tagger against HeidelTime; {@code language}, the language detector
 * against lingua ({@link LanguagePeerBench}); {@code ner}, the entity tagger against CoreNLP's
 * French CRF ({@link NerPeerBench}).
 */
public final class PeerBench {

  private static final String TIMEX_USAGE =
      "usage: peer-bench timex [--timebank DIR] [--articles FILE.jsonl.gz] [--limit N]"
          + " [--rounds R]";

  private PeerBench() {}

  public static void main(String[] args) throws IOException {
    String shared = System.getProperty("trame.shared", "../shared");
    List<String> rest = args.length == 0 ? List.of() : List.of(args).subList(1, args.length);
    String peer = args.length == 0 ? "" : args[0];
    switch (peer) {
      case "timex" -> timex(rest, shared);
      case "language" -> exit(LanguagePeerBench.run(rest, Path.of(shared, "eval"), out(), err()));
      case "ner" -> exit(NerPeerBench.run(rest, out(), err()));
      default -> {
        System.err.println(TIMEX_USAGE);
        System.err.println(LanguagePeerBench.USAGE);
        System.err.println(NerPeerBench.USAGE);
        System.exit(2);
      }
    }
  }

  private static PrintWriter out() {
    return new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
  }

  private static PrintWriter err() {
    return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
  }

  private static void exit(int code) {
    if (code != 0) {
      System.exit(code);
    }
  }

  private static void timex(List<String> args, String shared) throws IOException {
    Path timebank = Path.of(shared, "eval/timex/fr-timebank-dev");
    Path articles = Path.of(shared, "eval/corpus/orangesum-fr.jsonl.gz");
    int limit = 200;
    int rounds = 3;
    for (int i = 0; i + 1 < args.size(); i += 2) {
      switch (args.get(i)) {
        case "--timebank" -> timebank = Path.of(args.get(i + 1));
        case "--articles" -> articles = Path.of(args.get(i + 1));
        case "--limit" -> limit = Integer.parseInt(args.get(i + 1));
        case "--rounds" -> rounds = Integer.parseInt(args.get(i + 1));
        default -> {
          System.err.println("unknown option " + args.get(i));
          System.exit(2);
        }
      }
    }
    if (rounds < 1) {
      System.err.println("--rounds: 1 or more, not " + rounds);
      System.exit(2);
    }
    timex(timebank, articles, limit, rounds);
  }

  private static void timex(Path timebank, Path articleFile, int limit, int rounds)
      throws IOException {
    RuleTimeTagger ours = new RuleTimeTagger();
    long loading = System.nanoTime();
    HeidelTimeTagger heidelTime = new HeidelTimeTagger("fr");
    System.out.printf(
        Locale.ROOT,
        "HeidelTime 2.2.1 (French, news, no POS tagger) loaded in %.1f s%n",
        (System.nanoTime() - loading) / 1e9);

    List<TimeMlDocument> docs = new ArrayList<>();
    for (Path f : TimeMlReader.files(timebank)) {
      docs.add(TimeMlReader.read(f));
    }
    // warm both up on the whole set, as many passes as the rounds timed after, in turns; a single
    // warm-up pass of 70 short documents left trame's code half compiled (its time a document fell
    // threefold over the next passes); then the median of the timed passes
    for (int r = 0; r < rounds; r++) {
      TimexEvaluation.run(docs, ours);
      TimexEvaluation.run(docs, heidelTime);
    }
    TimexEvaluation.Result o = null;
    TimexEvaluation.Result h = null;
    long[] ourPasses = new long[rounds];
    long[] theirPasses = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      o = TimexEvaluation.run(docs, ours);
      h = TimexEvaluation.run(docs, heidelTime);
      ourPasses[r] = o.taggingNanos();
      theirPasses[r] = h.taggingNanos();
    }
    long ourPass = median(ourPasses);
    long theirPass = median(theirPasses);
    System.out.printf(
        Locale.ROOT,
        "%s: %d documents, %d gold expressions%n",
        timebank.getFileName(),
        o.docs(),
        o.gold());
    System.out.println("                strict F1  relaxed F1  value F1  type F1   ms/doc");
    row("trame", o, ourPass);
    row("HeidelTime", h, theirPass);
    System.out.printf(
        Locale.ROOT,
        "  throughput ratio trame/HeidelTime: %.0f× (median of %d passes)%n",
        (double) theirPass / ourPass,
        rounds);

    List<RawArticle> news = new ArrayList<>();
    for (LabelledArticles.Labelled l : LabelledArticles.read(articleFile, limit * 4)) {
      if (l.article().published() != null && news.size() < limit) {
        news.add(l.article());
      }
    }
    long words = news.stream().mapToLong(a -> a.text().split("\\s+").length).sum();
    long[] ourRounds = new long[rounds];
    long[] theirRounds = new long[rounds];
    time(ours, news); // warm-up on this set too
    time(heidelTime, news);
    for (int r = 0; r < rounds; r++) {
      ourRounds[r] = time(ours, news);
      theirRounds[r] = time(heidelTime, news);
    }
    long ourMedian = median(ourRounds);
    long theirMedian = median(theirRounds);
    System.out.printf(
        Locale.ROOT,
        "%s: %d dated news articles, %d words (%.0f a document), median of %d rounds%n",
        articleFile.getFileName(),
        news.size(),
        words,
        (double) words / news.size(),
        rounds);
    System.out.printf(
        Locale.ROOT,
        "  trame       %8.3f ms/article  %10.0f words/s%n",
        ourMedian / 1e6 / news.size(),
        words / (ourMedian / 1e9));
    System.out.printf(
        Locale.ROOT,
        "  HeidelTime  %8.3f ms/article  %10.0f words/s%n",
        theirMedian / 1e6 / news.size(),
        words / (theirMedian / 1e9));
    System.out.printf(
        Locale.ROOT,
        "  throughput ratio trame/HeidelTime: %.0f×%n",
        (double) theirMedian / ourMedian);
    System.out.printf(
        Locale.ROOT,
        "{\"timebank_docs\":%d,\"trame_strict_f1\":%.4f,\"trame_value_f1\":%.4f,"
            + "\"heideltime_strict_f1\":%.4f,\"heideltime_relaxed_f1\":%.4f,"
            + "\"heideltime_value_f1\":%.4f,\"heideltime_type_f1\":%.4f,"
            + "\"news_articles\":%d,\"trame_ms_per_article\":%.4f,"
            + "\"heideltime_ms_per_article\":%.3f,\"ratio\":%.1f}%n",
        o.docs(),
        o.strict().f1(),
        o.value().f1(),
        h.strict().f1(),
        h.relaxed().f1(),
        h.value().f1(),
        h.type().f1(),
        news.size(),
        ourMedian / 1e6 / news.size(),
        theirMedian / 1e6 / news.size(),
        (double) theirMedian / ourMedian);
  }

  private static void row(String name, TimexEvaluation.Result r, long passNanos) {
    System.out.printf(
        Locale.ROOT,
        "  %-12s  %8.3f  %10.3f  %8.3f  %7.3f  %7.2f%n",
        name,
        r.strict().f1(),
        r.relaxed().f1(),
        r.value().f1(),
        r.type().f1(),
        passNanos / 1e6 / r.docs());
  }

  private static long time(TimeTagger tagger, List<RawArticle> articles) {
    long start = System.nanoTime();
    long found = 0;
    for (RawArticle a : articles) {
      found += tagger.tag(a.text(), a.published()).size();
    }
    long nanos = System.nanoTime() - start;
    if (found < 0) {
      throw new AssertionError(); // keeps the work observable
    }
    return nanos;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
