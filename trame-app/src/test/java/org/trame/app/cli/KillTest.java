package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.LastIngest;
import org.trame.Trame;
import org.trame.store.StoredArticle;
import org.trame.story.Event;
import org.trame.story.Story;

/**
 * Kills the real command line's ingest with SIGKILL at random points, many times, and after each
 * kill checks the store against the input: it opens; every article the process acknowledged
 * ("committed N new articles, last one stored: ID") is there, with all read before it; no article
 * is there twice; no story or event is half made; copies point at stored originals. The same
 * command then resumes, and the last run of each round ends with exactly the input's articles.
 *
 * <p>Kills come at three kinds of moment, drawn from a seeded generator (the schedule is
 * reproducible, the machine's timing is not): at any time over the length of a whole ingest, while
 * Lucene writes a commit (its {@code pending_segments_N} file exists), and just after an
 * acknowledgement.
 *
 * <p>CI runs a few kills ({@code trame.kills}, default 6, over 300 news articles); the full length
 * is {@code -Dtrame.kills=50} (1,200 articles; {@code -Dtrame.kills.articles=N} for more), see the
 * README's testing section. A seed that ever found a bug belongs in {@link #REGRESSION_SEEDS}.
 */
class KillTest {

  private static final int KILLS = Integer.getInteger("trame.kills", 6);
  private static final long SEED = Long.getLong("trame.kills.seed", 20261205L);

  /** Seeds whose schedules once found a bug: run in CI too. None yet. */
  private static final long[] REGRESSION_SEEDS = {};

  /** Kills against one store before an ingest is let run to its end and a fresh store begins. */
  private static final int KILLS_PER_ROUND = 5;

  private static final Pattern ACK =
      Pattern.compile("^committed (\\d+) new articles?, last one stored: (.+)$");

  private static final Path ROOT =
      Path.of(System.getProperty("trame.root", "..")).toAbsolutePath().normalize();
  private static final Path SHARED =
      Path.of(System.getProperty("trame.shared", ROOT.resolve("../shared").toString()));

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private enum Moment {
    ANY_TIME,
    IN_COMMIT,
    AFTER_ACK
  }

  /**
   * What one input offers the test: how to name it on the command line, and its articles. With a
   * {@code watchConfig}, {@code trame watch --once} reads it instead of {@code trame ingest}.
   */
  private record Input(
      String name,
      Path path,
      List<String> idsInOrder,
      boolean ordered,
      int commitEvery,
      Path watchConfig) {

    Input(String name, Path path, List<String> idsInOrder, boolean ordered, int commitEvery) {
      this(name, path, idsInOrder, ordered, commitEvery, null);
    }
  }

  private static final int WATCH_KILLS = Integer.getInteger("trame.watch.kills", 3);

  private final Tally tally = new Tally();

  private static final class Tally {
    int kills;
    final java.util.Map<Moment, Integer> byMoment = new java.util.EnumMap<>(Moment.class);
    int missed;
    int completedRuns;
    long articlesChecked;
  }

  @Test
  void killedIngestsLoseNothingAcknowledgedAndResume() throws Exception {
    // about a fifth of the kills on the demo corpus (quick runs, one commit at the end), the rest
    // on
    // news articles, a run of several commits
    int demoKills = Math.max(1, KILLS / 5);
    Random random = new Random(SEED);
    Input demo = demoCorpus();
    // CI on a few hundred articles, the full length on more (trame.kills.articles); both in eight
    // batches or so, so that kills meet commits
    int articles = Integer.getInteger("trame.kills.articles", KILLS >= 20 ? 1200 : 300);
    Input news = newsSlice(articles, Math.max(1, articles / 8));
    killRounds(demo, demoKills, random);
    killRounds(news, KILLS - demoKills, random);
    for (long seed : REGRESSION_SEEDS) {
      killRounds(news, KILLS_PER_ROUND, new Random(seed));
    }
    System.out.printf(
        Locale.ROOT,
        "kill test (seed %d): %d kills survived (%d at any time, %d in a commit, %d after an"
            + " acknowledgement), %d kills that came too late, %d runs to completion, %d article"
            + " checks, 0 lost%n",
        SEED,
        tally.kills,
        tally.byMoment.getOrDefault(Moment.ANY_TIME, 0),
        tally.byMoment.getOrDefault(Moment.IN_COMMIT, 0),
        tally.byMoment.getOrDefault(Moment.AFTER_ACK, 0),
        tally.missed,
        tally.completedRuns,
        tally.articlesChecked);
    assertThat(tally.kills).isGreaterThanOrEqualTo(KILLS);
  }

  /**
   * {@code trame watch --once} over a feed served on loopback, killed at the same kinds of moment:
   * the acknowledged articles stay, and the feed's validators are committed only with the last of
   * its articles, so a run killed before then fetches the whole feed again on resuming (and skips
   * what is stored), while a run killed after it finds the feed unchanged (304) and the store
   * whole.
   */
  @Test
  void killedWatchesLoseNothingAcknowledgedAndResume() throws Exception {
    int articles = Integer.getInteger("trame.watch.kills.articles", WATCH_KILLS >= 20 ? 800 : 240);
    try (TestFeeds feed = TestFeeds.serve(TestFeeds.rss(0, articles))) {
      Path config = TestFeeds.config(dir.resolve("watch.json"), feed.url());
      Input input =
          new Input(
              "watch", config, TestFeeds.ids(0, articles), true, Math.max(1, articles / 8), config);
      killRounds(input, WATCH_KILLS, new Random(SEED + 1));
      System.out.printf(
          Locale.ROOT,
          "watch kill test (seed %d): %d kills survived (%d at any time, %d in a commit, %d after"
              + " an acknowledgement), %d kills that came too late, %d runs to completion, %d"
              + " answered 304, 0 lost%n",
          SEED + 1,
          tally.kills,
          tally.byMoment.getOrDefault(Moment.ANY_TIME, 0),
          tally.byMoment.getOrDefault(Moment.IN_COMMIT, 0),
          tally.byMoment.getOrDefault(Moment.AFTER_ACK, 0),
          tally.missed,
          tally.completedRuns,
          feed.notModified.get());
      assertThat(tally.kills).isGreaterThanOrEqualTo(WATCH_KILLS);
    }
  }

  /** Rounds of kills on fresh stores until {@code kills} have landed. */
  private void killRounds(Input input, int kills, Random random) throws Exception {
    Set<String> expected = new LinkedHashSet<>(input.idsInOrder());
    // how long a whole ingest of this input takes, so that kills at any time spread over all of it;
    // this first run also shows the input stores whole, exactly its articles
    Path reference = dir.resolve(input.name() + "-reference");
    Path referenceLog = dir.resolve(input.name() + "-reference.log");
    long t0 = System.nanoTime();
    Process whole = start(reference, input, referenceLog);
    assertThat(whole.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(whole.exitValue()).as(Files.readString(referenceLog)).isZero();
    long wholeRunMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    assertThat(check(reference, input, expected, Set.of(), acks(referenceLog), "reference run"))
        .isEqualTo(expected);
    int landed = 0;
    int round = 0;
    while (landed < kills) {
      Path data = dir.resolve(input.name() + "-store-" + round++);
      Set<String> before = Set.of();
      int inRound = 0;
      boolean complete = false;
      while (!complete) {
        boolean toKill = inRound < KILLS_PER_ROUND && landed < kills;
        Moment moment = Moment.values()[random.nextInt(Moment.values().length)];
        double fraction = random.nextDouble();
        int ackToWaitFor = 1 + random.nextInt(3);
        Path log = dir.resolve(input.name() + "-run-" + System.nanoTime() + ".log");
        long started = System.nanoTime();
        Set<String> filesBefore = indexFiles(data.resolve("index"));
        Process ingest = start(data, input, log);
        boolean killed = false;
        if (toKill) {
          killed =
              killAt(
                  ingest,
                  moment,
                  fraction,
                  wholeRunMillis,
                  ackToWaitFor,
                  data,
                  filesBefore,
                  log,
                  random);
        }
        if (!killed) {
          assertThat(ingest.waitFor(10, TimeUnit.MINUTES)).isTrue();
          assertThat(ingest.exitValue()).as(Files.readString(log)).isZero();
        }
        long ranMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        List<Ack> acks = acks(log);
        String context =
            String.format(
                Locale.ROOT,
                "%s, round %d, %s, %s (log %s)",
                input.name(),
                round,
                killed ? "killed " + moment : "ran to its end",
                acks.isEmpty() ? "nothing acknowledged" : "acknowledged " + acks.getLast(),
                log);
        Set<String> now = check(data, input, expected, before, acks, context);
        System.out.printf(
            Locale.ROOT,
            "kill test: %s after %d ms, %d articles held%n",
            context,
            ranMillis,
            now.size());
        if (killed) {
          landed++;
          inRound++;
          tally.kills++;
          tally.byMoment.merge(moment, 1, Integer::sum);
        } else {
          if (toKill) {
            tally.missed++; // it finished before the moment came: checked all the same
          }
          tally.completedRuns++;
          JsonNode report = JSON.readTree(lastLine(log));
          if (report.has("sources")
              && report.get("sources").get(0).get("outcome").asText().equals("not_modified")) {
            // the killed run had committed its last articles and the feed's validators with them
            assertThat(before).as(context + ": a 304 only once all is stored").isEqualTo(expected);
          } else {
            assertThat(report.get("unchanged").asLong()).as(context).isEqualTo(before.size());
          }
          assertThat(report.get("stored").asLong())
              .as(context)
              .isEqualTo(expected.size() - before.size());
          assertThat(now).as(context).isEqualTo(expected);
          complete = true;
        }
        before = now;
      }
    }
  }

  /** Waits for the moment, then kills; false when the ingest ended before it came. */
  private static boolean killAt(
      Process ingest,
      Moment moment,
      double fraction,
      long wholeRunMillis,
      int ackToWaitFor,
      Path data,
      Set<String> before,
      Path log,
      Random random)
      throws Exception {
    long limit = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    switch (moment) {
      case ANY_TIME -> {
        long until =
            System.nanoTime() + TimeUnit.MILLISECONDS.toNanos((long) (fraction * wholeRunMillis));
        while (ingest.isAlive() && System.nanoTime() < until) {
          Thread.sleep(1);
        }
      }
      case IN_COMMIT -> {
        while (ingest.isAlive()
            && System.nanoTime() < limit
            && !committing(data.resolve("index"), before)) {
          // polled often (a commit lasts milliseconds), not spun: the ingest needs the CPU
          Thread.sleep(0, 200_000);
        }
        sleepMicros(random.nextInt(20_000));
      }
      case AFTER_ACK -> {
        while (ingest.isAlive() && System.nanoTime() < limit && acks(log).size() < ackToWaitFor) {
          Thread.sleep(2);
        }
        sleepMicros(random.nextInt(50_000));
      }
    }
    if (!ingest.isAlive()) {
      return false;
    }
    ingest.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
    assertThat(ingest.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return true;
  }

  /**
   * Whether a commit is being written: index files that were not there when the run began. With a
   * RAM buffer far larger than a batch, the writer flushes segments only to commit them; then it
   * writes {@code pending_segments_N} and renames it. (A kill in a commit can leave a pending file
   * behind, hence the comparison with what was there before.)
   */
  private static boolean committing(Path index, Set<String> before) {
    for (String name : indexFiles(index)) {
      if (!before.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> indexFiles(Path index) {
    if (!Files.isDirectory(index)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.list(index)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n ->
              n.startsWith("_") || n.startsWith("pending_segments") || n.startsWith("segments_"))
          .collect(java.util.stream.Collectors.toSet());
    } catch (IOException e) {
      return Set.of(); // listed while files come and go
    }
  }

  private static void sleepMicros(long micros) throws InterruptedException {
    Thread.sleep(micros / 1000, (int) (micros % 1000) * 1000);
  }

  /**
   * The store against the input, after a run ended or was killed; {@code before} is what the store
   * held before that run. Returns the article ids it holds.
   */
  private Set<String> check(
      Path data,
      Input input,
      Set<String> expected,
      Set<String> before,
      List<Ack> acks,
      String context)
      throws IOException {
    Set<String> held = new HashSet<>();
    try (Trame trame = Trame.openReadOnly(data)) {
      List<StoredArticle> all = new ArrayList<>();
      for (Story story : trame.stories()) {
        var view = trame.story(story.id(), null).orElseThrow();
        assertThat(view.articles())
            .as("%s: story %s has all its articles stored", context, story.id())
            .hasSameSizeAs(story.articleIds());
        for (String eventId : story.eventIds()) {
          Event event =
              trame
                  .event(eventId)
                  .orElseThrow(() ->
                      new AssertionError(
                          context + ": story " + story.id() + " names missing event " + eventId));
          assertThat(event.storyId()).as(context).isEqualTo(story.id());
        }
        for (StoredArticle a : view.articles()) {
          assertThat(a.storyId()).as(context).isEqualTo(story.id());
          assertThat(held.add(a.id()))
              .as("%s: article %s in two stories", context, a.id())
              .isTrue();
          Event event =
              trame
                  .event(a.eventId())
                  .orElseThrow(() -> new AssertionError(context + ": no event " + a.eventId()));
          assertThat(event.articleIds()).as(context).contains(a.id());
          assertThat(event.storyId()).as(context).isEqualTo(story.id());
          assertThat(story.eventIds()).as(context).contains(a.eventId());
          all.add(a);
        }
      }
      // a second copy of an article would be counted, but found in no story beside the first
      assertThat(trame.status().articles())
          .as("%s: articles stored once each, all placed", context)
          .isEqualTo(held.size());
      for (StoredArticle a : all) {
        if (a.duplicate()) {
          assertThat(held).as("%s: original of copy %s", context, a.id()).contains(a.duplicateOf());
        }
      }
      for (Story story : trame.stories()) {
        for (String eventId : story.eventIds()) {
          assertThat(held)
              .as("%s: articles of event %s", context, eventId)
              .containsAll(trame.event(eventId).orElseThrow().articleIds());
        }
      }
      if (!acks.isEmpty()) {
        LastIngest last = trame.lastIngest().orElseThrow();
        assertThat(last.stored()).as(context).isGreaterThanOrEqualTo(acks.getLast().stored());
      }
    }
    tally.articlesChecked += held.size();
    assertThat(expected).as("%s: only the input's articles", context).containsAll(held);
    assertThat(held).as("%s: nothing stored earlier lost", context).containsAll(before);
    if (!acks.isEmpty()) {
      Ack last = acks.getLast();
      assertThat(held).as("%s: the last acknowledged article", context).contains(last.lastId());
      assertThat((long) held.size())
          .as("%s: every acknowledged article", context)
          .isGreaterThanOrEqualTo(before.size() + last.stored());
      if (input.ordered()) {
        int through = input.idsInOrder().indexOf(last.lastId());
        assertThat(held)
            .as("%s: every article up to the acknowledged one", context)
            .containsAll(input.idsInOrder().subList(0, through + 1));
      }
    }
    if (input.ordered()) {
      // whole batches: a prefix of the input, and past it only articles placed ahead of their
      // turn, earliest published first, from the window of those read after it
      List<String> order = input.idsInOrder();
      int prefix = 0;
      while (prefix < order.size() && held.contains(order.get(prefix))) {
        prefix++;
      }
      assertThat(order.subList(0, Math.min(order.size(), prefix + Trame.PLACING_WINDOW + 1)))
          .as("%s: a prefix of the input, and articles within the placing window after it", context)
          .containsAll(held);
    }
    return held;
  }

  private record Ack(long stored, String lastId) {
    @Override
    public String toString() {
      return stored + " through " + lastId;
    }
  }

  private static List<Ack> acks(Path log) throws IOException {
    List<Ack> acks = new ArrayList<>();
    if (!Files.exists(log)) {
      return acks;
    }
    // a line cut by the kill has no line end: it acknowledges nothing
    String text = Files.readString(log, StandardCharsets.UTF_8);
    int end = text.lastIndexOf('\n');
    for (String line : text.substring(0, end + 1).split("\n")) {
      Matcher m = ACK.matcher(line);
      if (m.matches()) {
        acks.add(new Ack(Long.parseLong(m.group(1)), m.group(2)));
      }
    }
    return acks;
  }

  private static String lastLine(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return lines.get(lines.size() - 1);
  }

  private static Process start(Path data, Input input, Path log) throws IOException {
    if (input.watchConfig() != null) {
      return TestInputs.startWatchOnce(
          data, input.watchConfig(), log, "--commit-every", String.valueOf(input.commitEvery()));
    }
    return TestInputs.startIngest(
        data, input.path(), log, "--commit-every", String.valueOf(input.commitEvery()));
  }

  /** The 72 demo articles (66 text files, 6 pages): one commit, at the end. */
  private static Input demoCorpus() throws IOException {
    Path corpus = ROOT.resolve("demo/corpus");
    List<String> ids;
    try (Stream<Path> files = Files.walk(corpus)) {
      ids =
          files
              .filter(Files::isRegularFile)
              .map(f -> corpus.relativize(f).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(ids).hasSize(72);
    return new Input("demo", corpus, ids, false, org.trame.Trame.COMMIT_EVERY);
  }

  /**
   * The first {@code n} OrangeSum articles, written to a file, ingested in batches of {@code
   * commitEvery}. Without the shared evaluation data, synthetic articles of the same number stand
   * in.
   */
  private Input newsSlice(int n, int commitEvery) throws IOException {
    Path file = dir.resolve("news.jsonl");
    Path orangesum = SHARED.resolve("eval/corpus/orangesum-fr.jsonl.gz");
    List<String> ids = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    if (Files.isRegularFile(orangesum)) {
      try (BufferedReader in =
          new BufferedReader(
              new InputStreamReader(
                  new GZIPInputStream(Files.newInputStream(orangesum)), StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null && lines.size() < n; line = in.readLine()) {
          lines.add(line);
          ids.add(JSON.readTree(line).get("id").asText());
        }
      }
    } else {
      System.out.println("kill test: no " + orangesum + ", synthetic articles instead");
      for (int i = 0; i < n; i++) {
        String id = String.format(Locale.ROOT, "synthetic-%05d", i);
        ids.add(id);
        lines.add(TestInputs.line(id, i));
      }
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
    assertThat(new HashSet<>(ids)).as("distinct ids in the slice").hasSize(ids.size());
    return new Input("news", file, ids, true, commitEvery);
  }
}
