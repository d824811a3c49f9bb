package org.trame.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.Trame;
import org.trame.ingest.FetchPolicy;
import org.trame.watch.WatchConfig.Feed;
import org.trame.watch.WatchConfig.Folder;
import org.trame.watch.WatchConfig.Source;

/** The watcher against real HTTP on loopback and a real store on disk. */
class WatcherTest {

  private static final String ETAG = "\"v1\"";
  private static final String LAST_MODIFIED = "Thu, 06 Feb 2020 08:00:00 GMT";
  private static final FetchPolicy LOCAL = FetchPolicy.standard().withPrivateAddresses(true);

  @TempDir Path tmp;
  private FeedServer server;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-10T09:00:00Z"));

  @BeforeEach
  void serve() throws IOException {
    server = new FeedServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String[] item(int i) {
    String[] places = {"le port", "la gare", "le marché", "le pont", "la plage"};
    String place = places[i % places.length];
    return new String[] {
      "https://quai.example/article-" + i,
      "Nouvelles du quai " + i,
      String.format("Thu, %02d Feb 2020 07:00:00 +0100", 6 + i),
      "Les travaux autour de "
          + place
          + " reprennent ce matin, numéro "
          + i
          + ". La mairie annonce la fin du chantier pour le printemps, et les commerçants"
          + " attendent le retour des visiteurs."
    };
  }

  private static List<String[]> items(int from, int to) {
    List<String[]> items = new ArrayList<>();
    for (int i = from; i < to; i++) {
      items.add(item(i));
    }
    return items;
  }

  private WatchConfig config(Source... sources) {
    return new WatchConfig(
        tmp.resolve("watch.json"), Duration.ofMinutes(5), List.of(sources), Duration.ZERO);
  }

  private Watcher watcher(Trame trame, WatchConfig config, FetchPolicy policy) {
    return new Watcher(trame, config, policy, clock, IngestListener.NONE, Watcher.Listener.NONE);
  }

  @Test
  void newItemsAreIngestedAndAnUnchangedFeedCostsOne304AcrossRestarts() throws IOException {
    server.feed("/rss", FeedServer.rss("Le Quai", items(0, 3)), ETAG, LAST_MODIFIED);
    Feed feed = new Feed(server.url("/rss"), Duration.ofMinutes(5), false);
    Path data = tmp.resolve("store");

    try (Trame trame = Trame.open(data)) {
      Watcher.Round first = watcher(trame, config(feed), LOCAL).pollAll();
      assertThat(first.polls())
          .singleElement()
          .satisfies(p -> {
            assertThat(p.outcome()).isEqualTo(Watcher.Outcome.READ);
            assertThat(p.added()).isEqualTo(3);
          });
      assertThat(first.report().stored()).isEqualTo(3);
    }
    assertThat(server.requests.getFirst().ifNoneMatch()).isNull();

    // a new process: the validators come from the store
    try (Trame trame = Trame.open(data)) {
      Watcher.Round second = watcher(trame, config(feed), LOCAL).pollAll();
      assertThat(second.polls().getFirst().outcome()).isEqualTo(Watcher.Outcome.NOT_MODIFIED);
      assertThat(second.report().stored()).isZero();
      assertThat(trame.status().articles()).isEqualTo(3);
    }
    FeedServer.Request conditional = server.requests.getLast();
    assertThat(conditional.ifNoneMatch()).isEqualTo(ETAG);
    assertThat(conditional.ifModifiedSince()).isEqualTo(LAST_MODIFIED);

    // the feed changes: only its new item is ingested, the others are skipped by id
    server.feed("/rss", FeedServer.rss("Le Quai", items(0, 4)), "\"v2\"", LAST_MODIFIED);
    try (Trame trame = Trame.open(data)) {
      Watcher.Round third = watcher(trame, config(feed), LOCAL).pollAll();
      Watcher.Poll p = third.polls().getFirst();
      assertThat(p.added()).isEqualTo(1);
      assertThat(p.skipped()).isEqualTo(3);
      assertThat(trame.article("https://quai.example/article-3")).isPresent();
      assertThat(WatchState.of(trame).orElseThrow().sources().get(feed.key()))
          .satisfies(s -> {
            assertThat(s.articlesAdded()).isEqualTo(4);
            assertThat(s.etag()).isEqualTo("\"v2\"");
            assertThat(s.consecutiveFailures()).isZero();
          });
    }
  }

  @Test
  void aFailingSourceBacksOffWhileAnotherKeepsWorking() throws IOException {
    server.fail("/broken", 500, null);
    server.feed("/rss", FeedServer.rss("Le Quai", items(0, 2)), ETAG, null);
    Feed broken = new Feed(server.url("/broken"), Duration.ofMinutes(5), false);
    Feed working = new Feed(server.url("/rss"), Duration.ofMinutes(5), false);
    Instant start = clock.instant();

    try (Trame trame = Trame.open(tmp.resolve("store"))) {
      Watcher watcher = watcher(trame, config(broken, working), LOCAL);
      Watcher.Round first = watcher.pollDue();
      assertThat(first.polls())
          .extracting(Watcher.Poll::outcome)
          .containsExactly(Watcher.Outcome.FAILED, Watcher.Outcome.READ);
      assertThat(first.polls().getFirst().problem()).contains("HTTP 500");
      assertThat(first.polls().getFirst().nextPoll()).isEqualTo(start.plus(Duration.ofMinutes(10)));
      assertThat(trame.status().articles()).isEqualTo(2);

      // five minutes on, the working feed is due again, the broken one is still left alone
      clock.advance(Duration.ofMinutes(5));
      Watcher.Round second = watcher.pollDue();
      assertThat(second.polls())
          .singleElement()
          .satisfies(p -> {
            assertThat(p.source()).isEqualTo(working.key());
            assertThat(p.outcome()).isEqualTo(Watcher.Outcome.NOT_MODIFIED);
          });
      assertThat(server.requestsTo("/broken")).isEqualTo(1);

      // its time comes: it fails again, and waits twice as long
      clock.advance(Duration.ofMinutes(5));
      Watcher.Round third = watcher.pollDue();
      Watcher.Poll again =
          third.polls().stream()
              .filter(p -> p.source().equals(broken.key()))
              .findFirst()
              .orElseThrow();
      assertThat(again.outcome()).isEqualTo(Watcher.Outcome.FAILED);
      assertThat(again.nextPoll()).isEqualTo(clock.instant().plus(Duration.ofMinutes(20)));
      SourceState state = WatchState.of(trame).orElseThrow().sources().get(broken.key());
      assertThat(state.consecutiveFailures()).isEqualTo(2);
      assertThat(state.lastError()).contains("HTTP 500");
      assertThat(state.lastSuccess()).isNull();

      // --once leaves a source that backs off alone too
      Watcher.Round once = watcher.pollAll();
      assertThat(once.polls().getFirst().outcome()).isEqualTo(Watcher.Outcome.BACKING_OFF);
      assertThat(server.requestsTo("/broken")).isEqualTo(2);

      // it recovers: its failures are forgotten
      server.feed("/broken", FeedServer.rss("Réparé", items(10, 11)), null, null);
      clock.advance(Duration.ofMinutes(20));
      watcher.pollDue();
      SourceState recovered = WatchState.of(trame).orElseThrow().sources().get(broken.key());
      assertThat(recovered.consecutiveFailures()).isZero();
      assertThat(recovered.lastError()).isNull();
      assertThat(recovered.articlesAdded()).isEqualTo(1);
    }
  }

  @Test
  void retryAfterIsHonoured() throws IOException {
    server.fail("/busy", 503, "3600");
    server.fail("/limited", 429, "Wed, 21 Oct 2099 07:28:00 GMT");
    Feed busy = new Feed(server.url("/busy"), Duration.ofMinutes(1), false);
    Feed limited = new Feed(server.url("/limited"), Duration.ofMinutes(1), false);

    try (Trame trame = Trame.open(tmp.resolve("store"))) {
      Watcher.Round round = watcher(trame, config(busy, limited), LOCAL).pollAll();

      // asked for an hour, more than the two minutes of a first back-off
      assertThat(round.polls().get(0).nextPoll()).isEqualTo(clock.instant().plusSeconds(3600));
      // a date decades away is capped at a day
      assertThat(round.polls().get(1).nextPoll())
          .isEqualTo(clock.instant().plus(Watcher.MAX_RETRY_AFTER));
    }
  }

  @Test
  void backOffDoublesUpToItsCap() {
    assertThat(Watcher.backoff(Duration.ofMinutes(5), 1)).isEqualTo(Duration.ofMinutes(10));
    assertThat(Watcher.backoff(Duration.ofMinutes(5), 3)).isEqualTo(Duration.ofMinutes(40));
    assertThat(Watcher.backoff(Duration.ofMinutes(5), 40)).isEqualTo(Watcher.MAX_BACKOFF);
    assertThat(Watcher.backoff(Duration.ofDays(1), 2)).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void privateAddressesAreRefusedWithoutTheFlag() throws IOException {
    server.feed("/rss", FeedServer.rss("Le Quai", items(0, 2)), ETAG, null);
    Feed feed = new Feed(server.url("/rss"), Duration.ofMinutes(5), false);

    try (Trame trame = Trame.open(tmp.resolve("store"))) {
      Watcher.Round round = watcher(trame, config(feed), FetchPolicy.standard()).pollAll();

      assertThat(round.polls().getFirst().outcome()).isEqualTo(Watcher.Outcome.FAILED);
      assertThat(round.polls().getFirst().problem())
          .contains("127.0.0.1")
          .contains("--allow-private-addresses");
      assertThat(trame.status().articles()).isZero();
    }
    assertThat(server.requests).isEmpty();
  }

  @Test
  void feedItemPagesAreFetchedWhenAsked() throws IOException {
    String link = server.url("/articles/bac.html");
    server.page(
        "/articles/bac.html",
        """
        <!doctype html><html lang="fr"><head><title>Le bac reprend</title></head><body>
        <nav>Accueil · Région · Sports</nav>
        <article><h1>Le bac reprend ses rotations</h1>
        <p>Le bac qui relie les deux rives reprend ses rotations ce jeudi, après un mois d'arrêt
        pour l'entretien de sa coque. Les horaires d'hiver s'appliquent jusqu'au mois de mars.</p>
        <p>Le capitaine rappelle que les vélos montent à bord gratuitement, et que les voitures
        doivent se présenter dix minutes avant le départ pour embarquer sans attendre.</p>
        </article></body></html>
        """);
    server.feed(
        "/rss",
        FeedServer.rss(
            "Le Quai",
            List.<String[]>of(
                new String[] {
                  link, "Le bac", "Thu, 06 Feb 2020 07:00:00 +0100", "Le bac reprend (résumé)."
                })),
        ETAG,
        null);
    Feed feed = new Feed(server.url("/rss"), Duration.ofMinutes(5), true);

    try (Trame trame = Trame.open(tmp.resolve("store"))) {
      watcher(trame, config(feed), LOCAL).pollAll();

      String text = trame.article(link).orElseThrow().article().text();
      assertThat(text).contains("les vélos montent à bord gratuitement").doesNotContain("résumé");
      assertThat(trame.article(link).orElseThrow().article().published().toString())
          .startsWith("2020-02-06");
    }
    assertThat(server.requestsTo("/articles/bac.html")).isEqualTo(1);
  }

  @Test
  void aStopInTheMiddleOfAFeedKeepsItsOldStateSoNothingIsLost() throws IOException {
    List<String[]> items = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String path = "/articles/" + i + ".html";
      server.page(
          path,
          "<!doctype html><html lang=\"fr\"><head><title>Page "
              + i
              + "</title></head><body><article><h1>Page "
              + i
              + "</h1><p>"
              + item(i)[3]
              + " Le texte complet de la page "
              + i
              + " donne les horaires du chantier et le détour conseillé aux cyclistes.</p>"
              + "</article></body></html>");
      String[] it = item(i);
      it[0] = server.url(path);
      items.add(it);
    }
    server.feed("/rss", FeedServer.rss("Le Quai", items), ETAG, null);
    Feed feed = new Feed(server.url("/rss"), Duration.ofMinutes(5), true);
    Path data = tmp.resolve("store");

    try (Trame trame = Trame.open(data)) {
      Watcher watcher = watcher(trame, config(feed), LOCAL);
      // asked to stop while the first page is fetched: that article goes through, the rest wait
      server.onRequest =
          path -> {
            if (path.startsWith("/articles/")) {
              watcher.stop();
            }
          };
      Watcher.Round cut = watcher.pollAll();
      assertThat(cut.polls().getFirst().outcome()).isEqualTo(Watcher.Outcome.STOPPED);
      assertThat(cut.report().stored()).isEqualTo(1);
      assertThat(WatchState.of(trame).orElseThrow().sources()).doesNotContainKey(feed.key());
    }
    server.onRequest = path -> {};

    try (Trame trame = Trame.open(data)) {
      Watcher.Round resumed = watcher(trame, config(feed), LOCAL).pollAll();
      // fetched whole again, without validators: the stored item skipped, its page not fetched
      assertThat(server.requests.getLast().path()).isNotEqualTo("/articles/0.html");
      assertThat(server.requestsTo("/articles/0.html")).isEqualTo(1);
      assertThat(resumed.polls().getFirst().added()).isEqualTo(2);
      assertThat(resumed.polls().getFirst().skipped()).isEqualTo(1);
      assertThat(trame.status().articles()).isEqualTo(3);
    }
    assertThat(server.requests.stream().filter(r -> r.path().equals("/rss")))
        .allSatisfy(r -> assertThat(r.ifNoneMatch()).isNull());
  }

  @Test
  void folderFilesAreReadOnceSettledAndOnlyOnce() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("incoming/le-quai"));
    Path old = folder.resolve("pont.txt");
    Files.writeString(
        old,
        " date 2020-02-06\nLe pont rouvre\nLe pont rouvre à la circulation ce jeudi après trois"
            + " mois de travaux sur son tablier.\n",
        StandardCharsets.UTF_8);
    Files.setLastModifiedTime(old, FileTime.from(clock.instant().minusSeconds(60)));
    Path fresh = folder.resolve("marche.txt");
    Files.writeString(
        fresh,
        " date 2020-02-07\nLe marché déménage\nLe marché du samedi s'installe sur la place de la"
            + " gare pendant les travaux du quai.\n",
        StandardCharsets.UTF_8);
    Files.setLastModifiedTime(fresh, FileTime.from(clock.instant().minusSeconds(2)));
    Folder source =
        new Folder(tmp.resolve("incoming"), Duration.ofMinutes(1), Duration.ofSeconds(10));

    try (Trame trame = Trame.open(tmp.resolve("store"))) {
      Watcher watcher = watcher(trame, config(source), LOCAL);
      Watcher.Round first = watcher.pollAll();
      assertThat(first.polls().getFirst().added()).isEqualTo(1);
      assertThat(trame.article("le-quai/pont.txt")).isPresent();
      assertThat(trame.article("le-quai/marche.txt")).isEmpty();
      assertThat(trame.article("le-quai/pont.txt").orElseThrow().article().source())
          .isEqualTo("le-quai");

      // settled now: read; the first file is not read again
      clock.advance(Duration.ofSeconds(30));
      Watcher.Round second = watcher.pollAll();
      assertThat(second.polls().getFirst().added()).isEqualTo(1);
      assertThat(second.polls().getFirst().skipped()).isZero();
      assertThat(trame.article("le-quai/marche.txt")).isPresent();

      clock.advance(Duration.ofSeconds(30));
      Watcher.Round third = watcher.pollAll();
      assertThat(third.polls().getFirst().added()).isZero();
      assertThat(third.report().unchanged()).isZero();
      assertThat(WatchState.of(trame).orElseThrow().sources().get(source.key()).files())
          .containsOnlyKeys("le-quai/marche.txt", "le-quai/pont.txt");
    }
  }
}
