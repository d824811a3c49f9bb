package org.trame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.store.StoredArticle;
import org.trame.store.lucene.LuceneStore;

/**
 * Workers clean and analyse articles in parallel while the articles before them are placed: what is
 * stored must be exactly what one worker stores, the look-ahead of the cleaning and the order of
 * placing included.
 */
class ParallelIngestTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path tmp;

  @Test
  void anyNumberOfWorkersStoresWhatOneWorkerStores() throws IOException {
    List<RawArticle> input = corpus(700, 7);
    Map<String, StoredArticle> one = ingest(input, 1, tmp.resolve("one"));
    Map<String, StoredArticle> three = ingest(input, 3, tmp.resolve("three"));

    assertThat(three.keySet()).containsExactlyElementsOf(one.keySet());
    for (String id : one.keySet()) {
      StoredArticle a = one.get(id);
      StoredArticle b = three.get(id);
      assertThat(b.article()).as(id).isEqualTo(a.article());
      assertThat(b.analysis()).as(id).isEqualTo(a.analysis());
      assertThat(b.duplicateOf()).as(id).isEqualTo(a.duplicateOf());
      assertThat(b.storyId() + " " + b.eventId()).as(id).isEqualTo(a.storyId() + " " + a.eventId());
      assertThat(String.valueOf(b.assignment())).as(id).isEqualTo(String.valueOf(a.assignment()));
      assertThat(b).as(id).isEqualTo(a);
    }
    // the corpus exercises what the order could change: copies, furniture, several stories
    assertThat(one.values().stream().filter(StoredArticle::duplicate).count()).isGreaterThan(30);
    assertThat(one.values().stream().map(StoredArticle::storyId).distinct().count())
        .isGreaterThanOrEqualTo(5);
    assertThat(one.values().stream().map(StoredArticle::eventId).distinct().count())
        .isGreaterThanOrEqualTo(10);
    // each source's own lines are learned and dropped (a copy keeps those of the source it copies)
    assertThat(one.values().stream().filter(a -> !a.duplicate()))
        .allSatisfy(a -> assertThat(a.article().text()).doesNotContain("abonnez-vous", "Accueil"));
  }

  @Test
  void anArticleThatCannotBePreparedIsRejectedInItsPlaceAndTheRestGoThrough() throws IOException {
    List<RawArticle> input = new ArrayList<>(corpus(150, 11));
    // the same id twice with other content: the second is refused where it stands in the input
    RawArticle first = input.get(20);
    input.add(
        100,
        new RawArticle(
            first.id(),
            first.source(),
            null,
            "Un autre titre",
            null,
            "Un tout autre texte, sans rapport avec le premier.",
            first.published(),
            null,
            "second-" + first.id()));
    try (Trame trame =
        Trame.over(
            LuceneStore.openForWriting(tmp.resolve("s")),
            CLOCK,
            Trame.Options.defaults().withWorkers(4))) {
      IngestReport report = trame.ingest(input, IngestListener.NONE);
      assertThat(report.stored()).isEqualTo(150);
      assertThat(report.rejected())
          .singleElement()
          .satisfies(r -> assertThat(r.origin()).isEqualTo("second-" + first.id()));
    }
  }

  private static Map<String, StoredArticle> ingest(List<RawArticle> input, int workers, Path dir)
      throws IOException {
    Map<String, StoredArticle> stored = new LinkedHashMap<>();
    try (Trame trame =
        Trame.over(
            LuceneStore.openForWriting(dir),
            CLOCK,
            Trame.Options.defaults().withWorkers(workers).withCommitEvery(97))) {
      IngestReport report = trame.ingest(input, IngestListener.NONE);
      assertThat(report.rejected()).isEmpty();
      for (RawArticle a : input) {
        stored.put(a.id(), trame.article(a.id()).orElseThrow());
      }
    }
    return stored;
  }

  private static final String[] SOURCES = {
    "la-vigie", "le-phare", "depeches-du-jour", "l-echo-rural", "info-continue", "le-relais"
  };

  private static final String[] PLACES = {
    "Rennes", "Lyon", "Grenoble", "Bordeaux", "Lille", "Nantes", "Toulouse", "Dijon", "Metz"
  };

  private static final String[] PEOPLE = {
    "Claire Dumoulin", "Henri Valcourt", "Sophie Lartigue", "Marc Aubertin", "Léa Fontenay",
    "Paul Riviere", "Nadia Berthier", "Yves Marchal", "Irene Cazals", "Tom Delage"
  };

  /** Each subject with words of its own, so that the subjects make different stories. */
  private static final String[][] SUBJECTS = {
    {"le tramway", "rails", "chantier", "stations", "voyageurs", "travaux", "ligne"},
    {"la piscine", "bassin", "nageurs", "chlore", "vestiaires", "plongeoir", "toboggan"},
    {"le festival", "concerts", "scène", "guitares", "billetterie", "artistes", "chanteuse"},
    {"la grève", "syndicats", "salaires", "piquets", "dépôt", "chauffeurs", "préavis"},
    {"le stade", "tribunes", "pelouse", "supporters", "vestiaire", "gradins", "projecteurs"},
    {"l'usine", "ouvriers", "machines", "licenciements", "repreneur", "atelier", "chaîne"},
    {"les inondations", "crue", "digues", "sinistrés", "pompiers", "rivière", "sacs"},
    {"le marché", "chalets", "artisans", "vin chaud", "guirlandes", "forains", "santons"},
    {"la rentrée", "écoliers", "cartables", "enseignants", "classes", "cantine", "préau"},
    {"le budget", "impôts", "dépenses", "subventions", "dette", "investissements", "taux"},
    {"la course", "cyclistes", "maillot", "étape", "col", "peloton", "sprint"},
    {"le musée", "fossiles", "expositions", "visiteurs", "collections", "météorites", "galerie"}
  };

  private static final String[] VERBS = {
    "inquiètent", "attirent", "occupent", "divisent", "rassurent", "agacent", "mobilisent"
  };

  /**
   * Articles of several sources about a dozen subjects, each source wrapping its articles in the
   * same lines (a menu, a subscription call), with exact and near copies across sources.
   */
  static List<RawArticle> corpus(int size, long seed) {
    Random random = new Random(seed);
    List<RawArticle> articles = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String source = SOURCES[random.nextInt(SOURCES.length)];
      if (i > 10 && random.nextInt(10) == 0) {
        // a copy of an earlier article, as a wire story is taken up elsewhere
        RawArticle o = articles.get(random.nextInt(articles.size()));
        String text = o.text();
        if (random.nextBoolean()) {
          text = text.replaceFirst("\\.", ", selon nos informations.");
        }
        articles.add(
            new RawArticle(
                "a" + i, source, null, o.title(), null, text, o.published(), null, "a" + i));
        continue;
      }
      int subject = random.nextInt(SUBJECTS.length);
      String[] words = SUBJECTS[subject];
      String place = PLACES[subject % PLACES.length];
      String person = PEOPLE[subject % PEOPLE.length];
      // two happenings per subject, months apart
      LocalDate day =
          LocalDate.of(2024, 1, 1)
              .plusDays(subject * 20L + (random.nextBoolean() ? 0 : 150) + random.nextInt(4));
      StringBuilder text = new StringBuilder();
      text.append("Accueil | Régions | Sports | Culture (").append(source).append(")\n\n");
      text.append("À ")
          .append(place)
          .append(", ")
          .append(words[0])
          .append(" fait parler depuis le ")
          .append(day.getDayOfMonth())
          .append(" ")
          .append(MONTHS[day.getMonthValue() - 1])
          .append(". ")
          .append(person)
          .append(" a répondu devant ")
          .append(20 + random.nextInt(400))
          .append(" habitants.\n\n");
      for (int p = 0; p < 2 + random.nextInt(3); p++) {
        for (int w = 0; w < 3; w++) {
          text.append(capitalized(words[1 + random.nextInt(words.length - 1)]))
              .append(" et ")
              .append(words[1 + random.nextInt(words.length - 1)])
              .append(" ")
              .append(VERBS[random.nextInt(VERBS.length)])
              .append(" ")
              .append(place)
              .append(". ");
        }
        text.append("\n\n");
      }
      text.append("Pour ne rien manquer, abonnez-vous à notre lettre (").append(source).append(")");
      articles.add(
          new RawArticle(
              "a" + i,
              source,
              null,
              capitalized(words[0]) + " à " + place + " : " + person + " répond (" + i + ")",
              null,
              text.toString(),
              PublishedDate.parse(day.plusDays(random.nextInt(3)).toString()),
              "fr",
              "a" + i));
    }
    return articles;
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static final String[] MONTHS = {
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre"
  };
}
