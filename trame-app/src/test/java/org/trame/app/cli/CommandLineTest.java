package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.analysis.time.RuleTimeTagger;
import org.trame.eval.timex.TimexEvaluation;
import org.trame.timeline.TimelineDates;
import picocli.CommandLine;

/** The command line over a real store on disk, filled once from the demo corpus. */
class CommandLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT =
      Path.of(System.getProperty("trame.root", "..")).toAbsolutePath().normalize();

  @TempDir static Path shared;
  private static String data;

  @BeforeAll
  static void ingestTheDemoCorpus() {
    data = shared.resolve("store").toString();
    Cli ingest = Cli.run("ingest", "--data", data, ROOT.resolve("demo/corpus").toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("stored 72 articles");
  }

  private static JsonNode json(Cli cli) throws Exception {
    assertThat(cli.exit()).as(cli.err()).isZero();
    return JSON.readTree(cli.lastLine());
  }

  @Test
  void statusCountsWhatIsStored() throws Exception {
    JsonNode status = json(Cli.run("status", "--json", "--data", data));
    assertThat(status.get("articles").asInt()).isEqualTo(72);
    assertThat(status.has("duplicates")).isTrue();
    assertThat(status.get("events").asInt()).isPositive();
    assertThat(status.get("stories").asInt()).isBetween(8, 20);
    assertThat(status.get("last_ingest").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
  }

  @Test
  void storiesJsonHasTheContractedShape() throws Exception {
    JsonNode stories = json(Cli.run("stories", "--json", "--data", data)).get("stories");
    assertThat(stories.size()).isBetween(8, 20);
    int articles = 0;
    for (JsonNode s : stories) {
      assertThat(s.fieldNames())
          .toIterable()
          .contains("id", "title", "first", "last", "articles", "events");
      for (JsonNode e : s.get("events")) {
        assertThat(e.fieldNames()).toIterable().contains("id", "title", "articles");
      }
      articles += s.get("articles").size();
    }
    assertThat(articles).isEqualTo(72);
  }

  private static List<String> storyIds(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("stories", "--json", "--data", data));
    all.addAll(List.of(args));
    List<String> ids = new ArrayList<>();
    json(Cli.run(all.toArray(String[]::new)))
        .get("stories")
        .forEach(s -> ids.add(s.get("id").asText()));
    return ids;
  }

  @Test
  void storiesAreFilteredSortedAndPagedAsByTheApi() throws Exception {
    JsonNode all = json(Cli.run("stories", "--json", "--data", data));
    assertThat(all.get("total").asInt()).isEqualTo(all.get("stories").size());
    List<String> ids = new ArrayList<>();
    all.get("stories").forEach(s -> ids.add(s.get("id").asText()));
    String seed = null;
    for (JsonNode s : all.get("stories")) {
      if (s.get("title").asText().contains("Mission: Impossible")) {
        seed = s.get("id").asText();
      }
    }
    assertThat(seed).as("the seed story").isNotNull();

    List<String> tomCruise = storyIds("--entity", "tom cruise");
    assertThat(tomCruise).contains(seed).hasSizeLessThan(ids.size());
    assertThat(ids).containsSubsequence(tomCruise); // in the same order, activity
    assertThat(storyIds("--entity", "Tom Cruise", "--entity", "Nobody Atall")).isEmpty();
    assertThat(storyIds("cascade", "norvège")).contains(seed);
    assertThat(storyIds("--lang", "fr,en")).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(storyIds("--from", "2030")).isEmpty();
    assertThat(storyIds("--limit", "2", "--offset", "1")).isEqualTo(ids.subList(1, 3));

    List<Integer> sizes = new ArrayList<>();
    json(Cli.run("stories", "--json", "--data", data, "--sort", "size"))
        .get("stories")
        .forEach(s -> sizes.add(s.get("articles").size()));
    assertThat(sizes).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    // as text: how many match, then one line a story
    Cli text = Cli.run("stories", "--data", data, "--entity", "Tom Cruise");
    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith(tomCruise.size() + " stor").contains(seed + " ");
    assertThat(Cli.run("stories", "--data", data, "zzzqqq").out())
        .contains("no story matches these filters");
  }

  @Test
  void aBadStoryFilterIsAUsageErrorWithTheApisMessage() {
    Cli sort = Cli.run("stories", "--data", data, "--sort", "pertinence");
    assertThat(sort.exit()).isEqualTo(2);
    assertThat(sort.err())
        .contains("sort: expected 'activity', 'date' or 'size', got 'pertinence'");
    Cli lang = Cli.run("stories", "--data", data, "--lang", "français");
    assertThat(lang.exit()).isEqualTo(2);
    assertThat(lang.err()).contains("lang: expected a language code");
    Cli range = Cli.run("stories", "--data", data, "--from", "2022", "--to", "2021");
    assertThat(range.exit()).isEqualTo(2);
    assertThat(range.err()).contains("from (2022-01-01) is after to (2021-12-31)");
    Cli limit = Cli.run("stories", "--data", data, "--limit", "lots");
    assertThat(limit.exit()).isEqualTo(2);
    assertThat(limit.err()).contains("limit: expected a whole number from 1 to 1000, got 'lots'");
  }

  @Test
  void storyShowsItsTimelineAndAnAsOfView() throws Exception {
    String storyId =
        json(Cli.run(
                "article", "--json", "--data", data, "cine-mag/tom-cruise-saut-moto-norvege.txt"))
            .get("story")
            .asText();
    JsonNode story = json(Cli.run("story", storyId, "--json", "--data", data));
    assertThat(story.get("id").asText()).isEqualTo(storyId);
    assertThat(story.get("claims").isArray()).isTrue();
    JsonNode timeline = story.get("timeline");
    assertThat(timeline.size()).isPositive();
    List<String> dates = new ArrayList<>();
    for (JsonNode t : timeline) {
      assertThat(t.fieldNames()).toIterable().contains("date", "precision", "text", "sources");
      assertThat(t.get("precision").asText()).isIn("day", "month", "season", "year");
      dates.add(t.get("date").asText());
    }
    // in time order: a season ("2020-SP") starts with its first month, before "2020-04-24"
    assertThat(dates.stream().map(d -> TimelineDates.parse(d).date()).toList()).isSorted();

    JsonNode early =
        json(Cli.run("story", storyId, "--json", "--as-of", "2020-12-31", "--data", data));
    assertThat(early.get("as_of").asText()).isEqualTo("2020-12-31");
    assertThat(early.get("articles").size()).isLessThan(story.get("articles").size());
    List<String> known = new ArrayList<>();
    early
        .get("articles")
        .forEach(a -> known.add(a.isTextual() ? a.asText() : a.get("id").asText()));
    assertThat(early.get("timeline").size()).isPositive();
    for (JsonNode t : early.get("timeline")) {
      // only what was published by then supports it; a later date can only be an announcement
      t.get("sources").forEach(src -> assertThat(known).contains(src.asText()));
      if (t.get("date").asText().compareTo("2021") >= 0) {
        assertThat(t.get("announced").asBoolean()).as(t.toString()).isTrue();
      }
    }

    Cli human = Cli.run("story", storyId, "--data", data);
    assertThat(human.out()).contains("timeline:").contains("articles:");
  }

  @Test
  void whyShowsTheCandidatesTheEngineWeighedWithTheirEvidence() throws Exception {
    String article = "cine-mag/tom-cruise-saut-moto-norvege.txt";
    String storyId =
        json(Cli.run("article", "--json", "--data", data, article)).get("story").asText();

    JsonNode why = json(Cli.run("story", storyId, "--why", article, "--json", "--data", data));
    assertThat(why.get("article").asText()).isEqualTo(article);
    assertThat(why.get("story").asText()).isEqualTo(storyId);
    JsonNode evidence = why.get("why");
    assertThat(evidence.fieldNames())
        .toIterable()
        .contains("probability", "nearest_article", "runner_up_story", "stories", "events");
    for (JsonNode candidate : evidence.get("stories")) {
      assertThat(candidate.get("probability").asDouble()).isBetween(0.0, 1.0);
      assertThat(candidate.get("features").fieldNames())
          .toIterable()
          .contains("centroid_cosine", "entity_share", "time_gap");
    }

    Cli human = Cli.run("story", storyId, "--why", article, "--data", data);
    assertThat(human.out()).contains(article).contains("story " + storyId);
    assertThat(Cli.run("story", storyId, "--why", "no/such.txt", "--data", data).exit())
        .isEqualTo(1);
  }

  @Test
  void trainStoryModelLearnsBothLevelsAndWritesThemAsTheResourceReadsThem(@TempDir Path tmp)
      throws Exception {
    Path labelled = tmp.resolve("l.jsonl");
    StringBuilder lines = new StringBuilder();
    // three subjects, two events each, in words varied enough not to be near-copies
    String[][] subjects = {
      {
        "pont",
        "Le pont de la ville ferme pour des travaux sur le tablier rouillé",
        "Fermeture du pont : les voitures font un détour par la rocade",
        "Travaux du pont : le chantier du tablier prend du retard",
        "Le pont rouvre aux voitures après huit mois de travaux"
      },
      {
        "chorale",
        "La chorale du quartier prépare un concert pour ses cinquante ans",
        "Cinquante ans de chorale : les anciens chanteurs répètent encore",
        "Le concert anniversaire de la chorale remplit l'église samedi",
        "Après le concert, la chorale cherche de nouvelles voix de ténor"
      },
      {
        "marché",
        "Le marché couvert accueille des maraîchers bio le samedi matin",
        "Les maraîchers du marché couvert vendent leurs premières fraises",
        "Le marché couvert fermera deux semaines pour repeindre sa halle",
        "La halle repeinte, le marché couvert rouvre avec ses maraîchers"
      }
    };
    for (String[] subject : subjects) {
      for (int i = 1; i <= 4; i++) {
        lines.append(
            String.format(
                "{\"id\":\"%s-%d\",\"title\":\"%s\",\"text\":\"%s.\","
                    + "\"date\":\"2022-05-0%d\",\"story\":\"%s\",\"event\":\"%s-%d\"}%n",
                subject[0], i, subject[i], subject[i], i, subject[0], subject[0], (i - 1) / 2));
      }
    }
    Files.writeString(labelled, lines.toString());
    Path model = tmp.resolve("model.tsv");

    JsonNode out =
        json(
            Cli.run(
                "eval",
                "train-story-model",
                labelled.toString(),
                "--rounds",
                "2",
                "--write",
                model.toString(),
                "--json"));
    assertThat(out.get("models").fieldNames()).toIterable().containsExactly("story", "event");
    assertThat(out.get("models").get("story").get("weights").get("centroid_cosine").asDouble())
        .isPositive();
    try (java.io.InputStream in = Files.newInputStream(model)) {
      assertThat(org.trame.story.LinkModel.read(in)).containsOnlyKeys("story", "event");
    }
    JsonNode eval =
        json(
            Cli.run(
                "eval",
                "clustering",
                labelled.toString(),
                "--story-model",
                model.toString(),
                "--json"));
    assertThat(eval.get("f1").asDouble()).isGreaterThan(0.9);
  }

  private static final String WIRE = "france-depeches/retraites-borne-engage-49-3.txt";
  private static final String REWRITE =
      "le-courrier-du-soir/retraites-gouvernement-passe-en-force.txt";

  @Test
  void aRewrittenWireStoryIsShownAsACopyWithItsSimilarityAndCountedOnceAsASource()
      throws Exception {
    JsonNode copy = json(Cli.run("article", "--json", "--data", data, REWRITE));
    assertThat(copy.get("duplicate_of").asText()).isEqualTo(WIRE);
    assertThat(copy.get("duplicate_similarity").asDouble()).isBetween(0.5, 0.99);
    assertThat(copy.get("copies").size()).isZero();

    JsonNode wire = json(Cli.run("article", "--json", "--data", data, WIRE));
    assertThat(wire.get("duplicate_of").isNull()).isTrue();
    assertThat(wire.get("duplicate_similarity").isNull()).isTrue();
    List<String> copies = new ArrayList<>();
    for (JsonNode c : wire.get("copies")) {
      assertThat(c.fieldNames()).toIterable().containsExactly("id", "similarity", "source");
      copies.add(c.get("id").asText());
    }
    assertThat(copies).contains(REWRITE);
    assertThat(Cli.run("article", "--data", data, REWRITE).out()).contains("near copy of " + WIRE);

    JsonNode story = json(Cli.run("story", wire.get("story").asText(), "--json", "--data", data));
    JsonNode counts = story.get("counts");
    int articles = story.get("articles").size();
    assertThat(counts.get("articles").asInt()).isEqualTo(articles);
    assertThat(counts.get("copies").asInt()).isEqualTo(story.get("duplicates").size());
    assertThat(counts.get("copies").asInt()).isGreaterThanOrEqualTo(copies.size());
    assertThat(counts.get("sources").asInt() + counts.get("copies").asInt()).isEqualTo(articles);
    for (JsonNode d : story.get("duplicates")) {
      assertThat(d.fieldNames()).toIterable().containsExactly("id", "duplicate_of", "similarity");
    }
    assertThat(Cli.run("story", wire.get("story").asText(), "--data", data).out())
        .contains(
            String.format(
                "%d articles, %d sources, %d cop",
                articles, counts.get("sources").asInt(), counts.get("copies").asInt()));
  }

  @Test
  void theNearDuplicateThresholdOfAnIngestIsAnOption(@TempDir Path tmp) throws Exception {
    Path strict = tmp.resolve("strict");
    Cli ingest =
        Cli.run(
            "ingest",
            "--near-duplicate-threshold",
            "0.99",
            "--json",
            "--data",
            strict.toString(),
            ROOT.resolve("demo/corpus/france-depeches").toString(),
            ROOT.resolve("demo/corpus/le-courrier-du-soir").toString());
    assertThat(JSON.readTree(ingest.lastLine()).get("duplicates").asInt()).isZero();
    Cli bad =
        Cli.run(
            "ingest",
            "--near-duplicate-threshold",
            "1.5",
            "--data",
            strict.toString(),
            ROOT.resolve("demo/corpus").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--near-duplicate-threshold must be in (0, 1]");
  }

  @Test
  void evalDuplicatesScoresKnownGroupsAndMadeCopiesAndEndsWithJson() throws Exception {
    Path fixtures = ROOT.resolve("trame-eval/src/test/resources/dedup");
    Cli run =
        Cli.run(
            "eval",
            "duplicates",
            fixtures.resolve("articles.jsonl").toString(),
            "--groups",
            fixtures.resolve("groups.txt").toString(),
            "--synthetic",
            "3",
            "--json");
    JsonNode figures = json(run);
    assertThat(run.out())
        .contains("found entirely (every member linked to one root): 1 of 2")
        .contains("petit/5 → petit/1")
        .contains("sweep: threshold");
    JsonNode groups = figures.get("groups");
    assertThat(groups.get("groups_found").asInt()).isEqualTo(1);
    assertThat(groups.get("same_body_recall").asDouble()).isEqualTo(1.0);
    assertThat(groups.get("differing_body_recall").asDouble()).isEqualTo(0.0);
    assertThat(groups.get("outside_groups").asInt()).isEqualTo(2);
    assertThat(groups.get("sweep").size()).isEqualTo(14);
    assertThat(groups.get("replay_disagreements").asInt()).isZero();
    JsonNode synthetic = figures.get("synthetic");
    assertThat(synthetic.get("copies").asInt()).isEqualTo(3);
    assertThat(synthetic.get("kinds").fieldNames())
        .toIterable()
        .containsExactly("edited_10", "edited_20", "truncated");
    assertThat(figures.get("threshold").asDouble()).isEqualTo(0.5);

    Cli badSketch =
        Cli.run(
            "eval", "duplicates", fixtures.resolve("articles.jsonl").toString(), "--sketch", "3,5");
    assertThat(badSketch.exit()).isEqualTo(2);
    assertThat(badSketch.err()).contains("--sketch is K,B,R");
    assertThat(Cli.run("eval", "duplicates", "no-such.jsonl").exit()).isEqualTo(2);
  }

  @Test
  void articleJsonHasTheContractedKeys() throws Exception {
    JsonNode a =
        json(
            Cli.run(
                "article",
                "--json",
                "--data",
                data,
                "cine-mag/tom-cruise-making-of-saut-falaise-video.txt"));
    assertThat(a.fieldNames())
        .toIterable()
        .contains(
            "id",
            "title",
            "text",
            "original",
            "published",
            "precision",
            "estimated",
            "language",
            "duplicate_of",
            "duplicate_similarity",
            "copies",
            "entities",
            "times");
    assertThat(a.get("published").asText()).isEqualTo("2022-12-19");
    assertThat(a.get("precision").asText()).isEqualTo("day");
    assertThat(a.get("language").asText()).isEqualTo("fr");
    assertThat(a.get("entities").size()).isPositive();
    assertThat(a.get("estimated").asBoolean()).isFalse();

    // the demo's undated article says "ce lundi 19 décembre 2022": its date, as an estimate
    JsonNode undated =
        json(
            Cli.run(
                "article",
                "--json",
                "--data",
                data,
                "l-eclaireur/tom-cruise-plus-grande-cascade-histoire-cinema.txt"));
    assertThat(undated.get("published").asText()).isEqualTo("2022-12-19");
    assertThat(undated.get("estimated").asBoolean()).isTrue();
  }

  @Test
  void searchFindsFrenchWordsInAnyForm() throws Exception {
    JsonNode hits =
        json(Cli.run("search", "--json", "--data", data, "norvege", "cascades")).get("hits");
    assertThat(hits.size()).isPositive();
    for (JsonNode h : hits) {
      // plain text, and the matched words by their offsets in it
      String snippet = h.get("snippet").asText();
      assertThat(h.get("highlights").size()).isPositive();
      for (JsonNode span : h.get("highlights")) {
        String word = snippet.substring(span.get(0).asInt(), span.get(1).asInt());
        assertThat(word.toLowerCase(java.util.Locale.ROOT)).matches("(norv[eè]g|cascade).*");
      }
    }
    // the terminal marks them with brackets
    assertThat(Cli.run("search", "--data", data, "cascade").out())
        .containsPattern("\\[[Cc]ascades?\\]");
    assertThat(Cli.run("search", "--data", data, "zzzzqqq").out()).contains("nothing found");
  }

  @Test
  void searchFiltersGroupsAndCounts() throws Exception {
    JsonNode all = json(Cli.run("search", "--json", "--data", data, "cascade"));
    long total = all.get("total").asLong();
    assertThat(total).isPositive();
    assertThat(all.get("facets").get("sources").size()).isPositive();
    long bySources = 0;
    for (JsonNode s : all.get("facets").get("sources")) {
      bySources += s.get("count").asLong();
    }
    assertThat(bySources).as("every match has one source").isEqualTo(total);
    assertThat(all.get("facets").get("entities").get(0).fieldNames())
        .toIterable()
        .containsExactly("name", "type", "count");

    JsonNode cineMag =
        json(Cli.run("search", "--json", "--data", data, "--source", "cine-mag", "cascade"));
    assertThat(cineMag.get("total").asLong()).isBetween(1L, total - 1);
    for (JsonNode h : cineMag.get("hits")) {
      assertThat(h.get("source").asText()).isEqualTo("cine-mag");
      assertThat(h.get("language").asText()).isEqualTo("fr");
    }

    JsonNode byDate =
        json(
            Cli.run(
                "search", "--json", "--data", data, "--sort", "date", "--to", "2023-12",
                "cascade"));
    List<String> dates = new ArrayList<>();
    byDate.get("hits").forEach(h -> dates.add(h.get("published").asText()));
    assertThat(dates).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(dates).allSatisfy(d -> assertThat(d.substring(0, 7)).isLessThanOrEqualTo("2023-12"));

    JsonNode grouped =
        json(Cli.run("search", "--json", "--data", data, "--by-story", "--limit", "2", "cascade"));
    assertThat(grouped.get("stories").size()).isBetween(1, 2);
    for (JsonNode s : grouped.get("stories")) {
      assertThat(s.get("count").asInt()).isGreaterThanOrEqualTo(s.get("hits").size());
      for (JsonNode h : s.get("hits")) {
        assertThat(h.get("story").asText()).isEqualTo(s.get("id").asText());
      }
    }

    Cli text = Cli.run("search", "--data", data, "--by-story", "cascade");
    assertThat(text.out()).contains("stories", "entities:", "sources:", "months:");
    Cli badDate = Cli.run("search", "--data", data, "--from", "2023-02-30", "cascade");
    assertThat(badDate.exit()).isEqualTo(2);
    assertThat(badDate.err()).contains("--from").contains("2023-02-30");
    assertThat(Cli.run("search", "--data", data).exit()).isEqualTo(2);
    assertThat(Cli.run("search", "--data", data, "--sort", "oldest", "x").err())
        .contains("relevance");
  }

  @Test
  void exitCodesSayWhatHappened(@TempDir Path tmp) throws Exception {
    assertThat(Cli.run("story", "s-999", "--data", data).exit()).isEqualTo(1);
    assertThat(Cli.run("article", "nope", "--data", data).exit()).isEqualTo(1);
    assertThat(Cli.run("stories", "--no-such-option").exit()).isEqualTo(2);
    assertThat(Cli.run("frobnicate").exit()).isEqualTo(2);
    assertThat(Cli.run("story", "s-1", "--as-of", "yesterday", "--data", data).exit()).isEqualTo(2);
    assertThat(Cli.run("serve", "--port", "70000", "--data", data).exit()).isEqualTo(2);

    Path bad = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(
        bad.resolve("ok.txt"), " date 2021-03-04\nUn titre\n\nUn texte court mais réel.");
    Files.writeString(bad.resolve("empty.txt"), "");
    Cli partial =
        Cli.run(
            "ingest",
            "--data",
            tmp.resolve("s").toString(),
            bad.toString(),
            tmp.resolve("absent").toString());
    assertThat(partial.exit()).isEqualTo(1);
    assertThat(partial.err()).contains("empty.txt: empty file").contains("absent: no such file");
    assertThat(partial.out()).contains("stored 1 articles").contains("2 rejected");
    JsonNode again =
        JSON.readTree(
            Cli.run("ingest", "--json", "--data", tmp.resolve("s").toString(), bad.toString())
                .lastLine());
    assertThat(again.get("stored").asInt()).isZero();
    assertThat(again.get("unchanged").asInt()).isEqualTo(1);
    assertThat(again.get("rejected").get(0).get("input").asText()).endsWith("empty.txt");
  }

  @Test
  void aLockedStoreGivesOneClearLine(@TempDir Path tmp) throws Exception {
    try (org.trame.Trame writer = org.trame.Trame.open(tmp)) {
      Cli second =
          Cli.run("ingest", "--data", tmp.toString(), ROOT.resolve("demo/gold.tsv").toString());
      assertThat(second.exit()).isEqualTo(TrameCommand.EXIT_BUSY);
      assertThat(second.err()).startsWith("trame: another trame process is writing to");
      assertThat(second.err().lines().count()).isEqualTo(1);
    }
  }

  @Test
  void sharingIsForOpenSearchStores(@TempDir Path tmp) throws Exception {
    Cli shared =
        Cli.run(
            "ingest",
            "--shared",
            "--data",
            tmp.toString(),
            ROOT.resolve("demo/gold.tsv").toString());
    assertThat(shared.exit()).isEqualTo(2);
    assertThat(shared.err())
        .contains("--shared: the embedded store in")
        .contains("has one writer at a time");
    Cli writers =
        Cli.run("eval", "clustering", ROOT.resolve("demo/gold.tsv").toString(), "--writers", "2");
    assertThat(writers.exit()).isEqualTo(2);
    assertThat(writers.err()).contains("--writers goes with --store");
  }

  @Test
  void everyCommandHasHelp() {
    CommandLine root = TrameCommand.commandLine();
    List<List<String>> paths = new ArrayList<>();
    collect(root, new ArrayList<>(), paths);
    assertThat(paths).hasSizeGreaterThan(10);
    for (List<String> path : paths) {
      List<String> args = new ArrayList<>(path);
      args.add("--help");
      Cli help = Cli.run(args.toArray(String[]::new));
      assertThat(help.exit()).as(String.join(" ", args)).isZero();
      assertThat(help.out()).as(String.join(" ", args)).contains("Usage:");
    }
  }

  private static void collect(CommandLine cl, List<String> prefix, List<List<String>> out) {
    for (var e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      List<String> path = new ArrayList<>(prefix);
      path.add(e.getKey());
      out.add(path);
      collect(e.getValue(), path, out);
    }
  }

  @Test
  void demoPrintsTheStoriesAndHowToGoOn(@TempDir Path tmp) {
    Path dir = tmp.resolve("demo");
    Cli demo =
        Cli.run(
            "demo", "--data", dir.toString(), "--corpus", ROOT.resolve("demo/corpus").toString());
    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out())
        .contains("stored 72 articles")
        .contains("timeline:")
        .contains("trame stories --data")
        .contains("trame serve --data");
    // a second run starts afresh in its own directory
    assertThat(
            Cli.run(
                    "demo",
                    "--data",
                    dir.toString(),
                    "--corpus",
                    ROOT.resolve("demo/corpus").toString())
                .out())
        .contains("stored 72 articles");
    // but never empties a directory it did not make
    assertThat(Cli.run("demo", "--data", data).exit()).isEqualTo(2);
  }

  @Test
  void evalAndBenchPrintTheirFiguresAsJson(@TempDir Path tmp) throws Exception {
    Path labelled = tmp.resolve("l.jsonl");
    Files.writeString(
        labelled,
        """
        {"id":"a","title":"Le pont rouvre après les travaux","text":"Le pont de la ville rouvre aux voitures après huit mois de travaux sur le tablier.","date":"2022-05-02","story":"pont"}
        {"id":"b","title":"Pont : la circulation reprend","text":"Après huit mois de travaux, la circulation reprend sur le pont de la ville, rouvert aux voitures.","date":"2022-05-03","story":"pont"}
        {"id":"c","title":"La chorale fête ses cinquante ans","text":"La chorale du quartier donne un concert pour ses cinquante ans, avec ses anciens chanteurs.","date":"2022-05-04","story":"chorale"}
        """);
    JsonNode eval = json(Cli.run("eval", "clustering", labelled.toString(), "--json"));
    assertThat(eval.fieldNames())
        .toIterable()
        .contains("precision", "recall", "f1", "clusters", "gold_clusters");
    assertThat(eval.get("gold_clusters").asInt()).isEqualTo(2);
    JsonNode bench =
        json(Cli.run("bench", "ingest", labelled.toString(), "--limit", "2", "--json"));
    assertThat(bench.get("articles").asInt()).isEqualTo(2);
    assertThat(bench.get("ratio").asDouble()).isPositive();
    // one ingest per number of workers, each into a fresh store, each with the same stories
    assertThat(bench.get("embedded")).hasSize(3);
    assertThat(bench.get("embedded").findValuesAsText("workers")).containsExactly("1", "2", "4");
    assertThat(bench.get("embedded").findValues("same_stories"))
        .allSatisfy(same -> assertThat(same.asBoolean()).isTrue());
    assertThat(Cli.run("eval", "clustering", tmp.resolve("none.jsonl").toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void evalTimexScoresTimeMlDocumentsAndEndsWithJson(@TempDir Path tmp) throws Exception {
    Path fixtures = ROOT.resolve("trame-eval/src/test/resources/timex");
    Cli run = Cli.run("eval", "timex", fixtures.toString(), "--json");
    JsonNode timex = json(run);
    assertThat(timex.fieldNames())
        .toIterable()
        .contains(
            "strict_f1",
            "relaxed_f1",
            "value_f1",
            "type_f1",
            "docs",
            "strict_precision",
            "strict_recall",
            "relaxed_precision",
            "relaxed_recall",
            "gold",
            "system");
    // the pipeline's tagger, scored as TimexEvaluation scores it (worked out by hand there)
    TimexEvaluation.Result expected = TimexEvaluation.run(fixtures, new RuleTimeTagger());
    assertThat(timex.get("docs").asInt()).isEqualTo(2);
    assertThat(timex.get("gold").asInt()).isEqualTo(13);
    assertThat(timex.get("system").asInt()).isEqualTo(expected.system());
    assertThat(timex.get("strict_precision").asDouble())
        .isCloseTo(expected.strict().precision(), within(5e-5));
    assertThat(timex.get("relaxed_f1").asDouble()).isCloseTo(expected.relaxed().f1(), within(5e-5));
    assertThat(timex.get("value_f1").asDouble()).isCloseTo(expected.value().f1(), within(5e-5));
    assertThat(timex.get("relaxed_f1").asDouble()).isGreaterThan(0.8);
    assertThat(run.out()).contains("strict", "relaxed", "value F1");

    Cli none = Cli.run("eval", "timex", tmp.toString(), "--json");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("no .tml files");
    assertThat(Cli.run("eval", "timex", tmp.resolve("missing").toString()).exit()).isEqualTo(2);
  }

  @Test
  void evalExtractionScoresTheBenchmarkLayoutWritesTextsAndEndsWithJson(@TempDir Path tmp)
      throws Exception {
    Path fixtures = ROOT.resolve("trame-eval/src/test/resources/extraction");
    Path out = tmp.resolve("predictions.json");
    Cli run = Cli.run("eval", "extraction", fixtures.toString(), "--out", out.toString(), "--json");
    JsonNode figures = json(run);
    assertThat(figures.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "extractor", "precision", "recall", "f1", "pages", "ms_per_page");
    assertThat(figures.get("extractor").asText()).isEqualTo("density");
    // the figures worked out by hand in ExtractionEvaluationTest
    assertThat(figures.get("pages").asInt()).isEqualTo(2);
    assertThat(figures.get("precision").asDouble()).isEqualTo(0.973);
    assertThat(figures.get("recall").asDouble()).isEqualTo(0.9861);
    assertThat(figures.get("f1").asDouble()).isEqualTo(0.9795);
    assertThat(figures.get("ms_per_page").asDouble()).isPositive();
    assertThat(run.out()).contains("precision", "recall", "F1", "texts written to");
    JsonNode texts = JSON.readTree(out.toFile());
    assertThat(texts.get("bridge").get("articleBody").asText())
        .startsWith("The old harbour bridge opened to traffic again")
        .doesNotContain("Related stories", "commute", "Most read");

    Cli notABenchmark = Cli.run("eval", "extraction", tmp.toString(), "--json");
    assertThat(notABenchmark.exit()).isEqualTo(2);
    assertThat(notABenchmark.err()).contains("ground-truth.json", "html/");
    assertThat(Cli.run("eval", "extraction", tmp.resolve("missing").toString()).exit())
        .isEqualTo(2);
  }

  @Test
  void evalExtractionScoresThePeerWithTheSameCommand() throws Exception {
    Path fixtures = ROOT.resolve("trame-eval/src/test/resources/extraction");
    JsonNode peer =
        json(
            Cli.run(
                "eval",
                "extraction",
                fixtures.toString(),
                "--extractor",
                "readability4j",
                "--json"));

    assertThat(peer.get("extractor").asText()).isEqualTo("readability4j");
    assertThat(peer.get("pages").asInt()).isEqualTo(2);
    assertThat(peer.get("f1").asDouble()).isBetween(0.0, 1.0);
    assertThat(Cli.run("eval", "extraction", fixtures.toString(), "--extractor", "nonesuch").exit())
        .isEqualTo(2);
  }

  @Test
  void benchExtractionTimesBothExtractorsOnAFolderOfPages(@TempDir Path tmp) throws Exception {
    Path pages = ROOT.resolve("trame-eval/src/test/resources/extraction/html");
    Cli run = Cli.run("bench", "extraction", pages.toString(), "--warmup", "1", "--json");
    JsonNode figures = json(run);

    assertThat(figures.get("pages").asInt()).isEqualTo(2);
    assertThat(figures.get("trame").get("pages_per_s").asDouble()).isPositive();
    assertThat(figures.get("readability4j").get("pages_per_s").asDouble()).isPositive();
    assertThat(figures.get("ratio").asDouble()).isPositive();
    assertThat(figures.get("trame").get("no_text").asInt()).isZero();
    assertThat(run.out()).contains("pages/s", "median ms", "p99 ms", "trame / Readability4J");
    // no corpus of these pages beside them: no agreement to print
    assertThat(figures.has("date_agreement")).isFalse();

    assertThat(Cli.run("bench", "extraction", tmp.resolve("none.tar.gz").toString()).exit())
        .isEqualTo(2);
    assertThat(Cli.run("bench", "extraction", pages.toString(), "--limit", "0").exit())
        .isEqualTo(2);
  }
}
