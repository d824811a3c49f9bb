package org.trame.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;

/** {@code trame serve} over real HTTP on loopback, over a small store written here. */
class WebServerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static final String BREAKDOWN = "gazette/telecabine-en-panne.txt";
  private static final String RESCUE = "echo/skieurs-evacues.txt";
  private static final String REOPENING = "gazette/telecabine-rouvre.txt";
  private static final String HOSTILE = "echo/chorale.txt";
  private static final String SCRIPT = "<script>alert(1)</script>";

  @TempDir static Path tmp;
  private static WebServer server;

  @BeforeAll
  static void serveASmallStore() throws IOException {
    Path in = tmp.resolve("in");
    write(
        in.resolve(BREAKDOWN),
        "2021-02-03",
        "La télécabine du Mont-Aigu tombe en panne, quarante skieurs suspendus",
        "Mercredi en fin de matinée, la télécabine du Mont-Aigu s'est arrêtée net au-dessus du"
            + " ravin des Combes. Quarante skieurs sont restés suspendus dans les cabines pendant"
            + " plus de trois heures, par moins huit degrés. L'exploitant évoque une panne du"
            + " moteur principal de la télécabine.");
    write(
        in.resolve(RESCUE),
        "2021-02-04",
        "Mont-Aigu : les skieurs bloqués dans la télécabine évacués par les secouristes",
        "Les secouristes du peloton de montagne ont évacué un à un, par des cordes, les quarante"
            + " skieurs bloqués dans la télécabine du Mont-Aigu. L'opération a duré jusqu'à la"
            + " nuit. La panne du moteur de la télécabine fait l'objet d'une enquête.");
    write(
        in.resolve(REOPENING),
        "2021-12-15",
        "La télécabine du Mont-Aigu rouvre après dix mois de travaux",
        "Dix mois après la panne qui avait laissé quarante skieurs suspendus au-dessus du ravin"
            + " des Combes, la télécabine du Mont-Aigu rouvre samedi. Le moteur principal a été"
            + " remplacé et les cabines ont été révisées."
            + "\n\nÀ lire aussi\nLe marché de Noël s'installe place du Lac\n01/12/2021, 18:40\n"
            + "Les pistes ouvriront le 18 décembre\n30/11/2021, 07:05");
    write(
        in.resolve(HOSTILE),
        "2021-05-10",
        SCRIPT + " La chorale des Tilleuls fête ses cinquante ans",
        "La chorale du quartier des Tilleuls donne un concert anniversaire dimanche à l'église,"
            + " avec d'anciens choristes venus de toute la région pour chanter ensemble.");
    Path data = tmp.resolve("data");
    try (Trame trame = Trame.open(data)) {
      IngestReport report = trame.ingest(List.of(in), IngestListener.NONE);
      assertThat(report.rejected()).isEmpty();
      assertThat(report.stored()).isEqualTo(4);
    }
    server = WebServer.start(data, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  private static void write(Path file, String date, String title, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, " date " + date + "\n" + title + "\n\n" + text + "\n");
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return get(server, path);
  }

  private static HttpResponse<String> get(WebServer on, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(on.url()).resolve(path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(WebServer on, String type, String body)
      throws Exception {
    return post(on, "api/articles", type, body);
  }

  private static HttpResponse<String> post(WebServer on, String path, String type, String body)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(on.url()).resolve(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * With --allow-ingest, posted articles (JSON, an array of it, an HTML page) are stored and served
   * on the next request; a page posted again stores nothing twice; what cannot be stored is named,
   * with the right status.
   */
  @Test
  void postedArticlesAreIngestedWhenAllowed() throws Exception {
    Path data = tmp.resolve("posted");
    try (WebServer open = WebServer.start(data, "127.0.0.1", 0, true)) {
      HttpResponse<String> one =
          post(
              open,
              "application/json",
              "{\"id\": \"radio/pont\", \"date\": \"2024-03-02\", \"title\": \"Le pont"
                  + " rouvre\", \"text\": \"Le pont de la Digue rouvre à la circulation après"
                  + " deux ans de travaux.\"}");
      assertThat(one.statusCode()).as(one.body()).isEqualTo(201);
      assertThat(JSON.readTree(one.body()).get("stored").asLong()).isEqualTo(1);
      assertThat(get(open, "api/articles/radio/pont").statusCode()).isEqualTo(200);

      String page =
          "<html><head><title>Concert au parc</title></head><body><article><h1>Concert au"
              + " parc</h1><p>La fanfare municipale jouera samedi au parc des Oiseaux, pour la"
              + " fête du quartier, devant les familles venues pique-niquer.</p><p>Le concert"
              + " commence à seize heures et se termine avant la nuit, sous les"
              + " tilleuls.</p></article></body></html>";
      HttpResponse<String> html = post(open, "api/articles?id=parc", "text/html", page);
      assertThat(html.statusCode()).as(html.body()).isEqualTo(201);
      HttpResponse<String> again = post(open, "api/articles?id=parc", "text/html", page);
      assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
      assertThat(JSON.readTree(again.body()).get("unchanged").asLong()).isEqualTo(1);

      HttpResponse<String> bad = post(open, "application/json", "[{\"id\": \"vide\"}]");
      assertThat(bad.statusCode()).as(bad.body()).isEqualTo(422);
      assertThat(JSON.readTree(bad.body()).get("rejected").get(0).get("problem").asText())
          .contains("text");
      assertThat(post(open, "application/json", "{pas du json").statusCode()).isEqualTo(400);
      assertThat(post(open, "text/plain", "bonjour").statusCode()).isEqualTo(415);
      assertThat(JSON.readTree(get(open, "api/status").body()).get("articles").asLong())
          .isEqualTo(2);
    }
  }

  /** The JSON of a GET that must answer {@code status}, as JSON, with the security headers. */
  private static JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json").contains("utf-8"));
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
    return JSON.readTree(response.body());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The {@code key} of each object in {@code array}. */
  private static List<String> texts(JsonNode array, String key) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(key).asText()));
    return out;
  }

  @Test
  void statusCountsWhatIsStored() throws Exception {
    JsonNode status = json("/api/status", 200);
    assertThat(status.get("articles").asInt()).isEqualTo(4);
    assertThat(status.get("duplicates").asInt()).isZero();
    assertThat(status.get("stories").asInt()).isBetween(2, 4);
    assertThat(status.get("events").asInt()).isPositive();
  }

  @Test
  void storiesHaveTheShapeOfTheCommandLines() throws Exception {
    JsonNode stories = json("/api/stories", 200).get("stories");
    assertThat(stories.size()).isBetween(2, 4);
    int articles = 0;
    for (JsonNode s : stories) {
      assertThat(s.fieldNames())
          .toIterable()
          .contains("id", "title", "first", "last", "articles", "events");
      articles += s.get("articles").size();
    }
    assertThat(articles).isEqualTo(4);
    assertThat(json("/api/stories?limit=1", 200).get("stories").size()).isEqualTo(1);
    assertThat(json("/api/stories?limit=many", 400).get("error").asText()).contains("limit");
  }

  @Test
  void storiesAreSummarizedForTheFrontPageAndPaged() throws Exception {
    String id = json("/api/articles/" + BREAKDOWN, 200).get("story").asText();
    JsonNode page = json("/api/stories", 200);
    assertThat(page.get("total").asInt()).isEqualTo(page.get("stories").size());
    JsonNode story = null;
    for (JsonNode s : page.get("stories")) {
      if (s.get("id").asText().equals(id)) {
        story = s;
      }
    }
    assertThat(story).as("story " + id).isNotNull();
    // its dated articles per month of publication, in order, for the sparkline
    int counted = 0;
    List<String> months = new ArrayList<>();
    for (JsonNode m : story.get("months")) {
      months.add(m.get("month").asText());
      counted += m.get("count").asInt();
    }
    assertThat(months).isSorted().contains("2021-02");
    assertThat(counted).isEqualTo(story.get("counts").get("articles").asInt());
    assertThat(story.get("counts").get("sources").asInt()).isPositive();
    assertThat(story.get("entities").size()).isBetween(1, 5);

    int total = page.get("total").asInt();
    JsonNode second = json("/api/stories?limit=1&offset=1", 200);
    assertThat(second.get("stories").get(0).get("id").asText())
        .isEqualTo(page.get("stories").get(1).get("id").asText());
    assertThat(json("/api/stories?offset=" + total, 200).get("stories").size()).isZero();
    assertThat(json("/api/stories?offset=-2", 400).get("error").asText()).contains("offset");
    assertThat(json("/api/stories?limit=1001", 400).get("error").asText()).contains("limit");
  }

  private static List<String> storyIds(String path) throws Exception {
    List<String> ids = new ArrayList<>();
    JsonNode page = json(path, 200);
    for (JsonNode s : page.get("stories")) {
      ids.add(s.get("id").asText());
    }
    assertThat(page.get("total").asInt()).as(path).isGreaterThanOrEqualTo(ids.size());
    return ids;
  }

  @Test
  void storiesAreFilteredByWordsEntitiesSourcesLanguagesAndDates() throws Exception {
    String cablecar = json("/api/articles/" + BREAKDOWN, 200).get("story").asText();
    String rescue = json("/api/articles/" + RESCUE, 200).get("story").asText();
    String choir = json("/api/articles/" + HOSTILE, 200).get("story").asText();
    assertThat(choir).isNotEqualTo(cablecar);
    List<String> all = storyIds("/api/stories");

    // words, French analysis: a plural without accents finds "télécabine"
    assertThat(storyIds("/api/stories?q=telecabines")).contains(cablecar).doesNotContain(choir);
    assertThat(storyIds("/api/stories?q=chorale")).containsExactly(choir);
    assertThat(json("/api/stories?q=zzzqqq", 200).get("total").asInt()).isZero();

    // an entity the cable car's story names, case and accents ignored; two must both be named
    JsonNode summary = null;
    for (JsonNode s : json("/api/stories", 200).get("stories")) {
      if (s.get("id").asText().equals(cablecar)) {
        summary = s;
      }
    }
    String entity = summary.get("entities").get(0).get("name").asText();
    String folded =
        java.text.Normalizer.normalize(entity, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(java.util.Locale.ROOT);
    String encoded = java.net.URLEncoder.encode(folded, StandardCharsets.UTF_8);
    assertThat(storyIds("/api/stories?entity=" + encoded)).contains(cablecar).doesNotContain(choir);
    assertThat(storyIds("/api/stories?entity=" + encoded + "&entity=Nobody%20Atall")).isEmpty();

    // sources: repeated or comma-separated, any of them; languages likewise
    assertThat(storyIds("/api/stories?source=echo")).contains(choir, rescue);
    assertThat(storyIds("/api/stories?source=gazette&source=echo"))
        .containsExactlyInAnyOrderElementsOf(all);
    assertThat(storyIds("/api/stories?source=gazette,echo"))
        .containsExactlyInAnyOrderElementsOf(all);
    assertThat(storyIds("/api/stories?source=gazette&q=chorale")).isEmpty();
    assertThat(storyIds("/api/stories?lang=fr")).containsExactlyInAnyOrderElementsOf(all);
    assertThat(storyIds("/api/stories?lang=en,de")).isEmpty();

    // dates on the story's span: the choir sang in May 2021 only
    assertThat(storyIds("/api/stories?from=2021-05-10&to=2021-05-10")).contains(choir);
    assertThat(storyIds("/api/stories?from=2021-02&to=2021-02"))
        .contains(cablecar)
        .doesNotContain(choir);
    assertThat(storyIds("/api/stories?from=2022")).isEmpty();

    // orders: by size, the most articles first; by date, the newest start first
    JsonNode bySize = json("/api/stories?sort=size", 200);
    assertThat(bySize.get("sort").asText()).isEqualTo("size");
    List<Integer> sizes = new ArrayList<>();
    bySize.get("stories").forEach(s -> sizes.add(s.get("counts").get("articles").asInt()));
    assertThat(sizes).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    List<String> starts = new ArrayList<>();
    json("/api/stories?sort=date", 200)
        .get("stories")
        .forEach(s -> starts.add(s.get("first").asText()));
    assertThat(starts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void aBadStoryFilterAnswers400NamingIt() throws Exception {
    assertThat(json("/api/stories?sort=pertinence", 400).get("error").asText())
        .isEqualTo("sort: expected 'activity', 'date' or 'size', got 'pertinence'");
    assertThat(json("/api/stories?lang=fran%C3%A7ais", 400).get("error").asText())
        .startsWith("lang: expected a language code");
    assertThat(json("/api/stories?from=2021-13-01", 400).get("error").asText())
        .startsWith("from: expected a date");
    assertThat(json("/api/stories?to=demain", 400).get("error").asText())
        .startsWith("to: expected a date");
    assertThat(json("/api/stories?from=2022&to=2021", 400).get("error").asText())
        .isEqualTo("from (2022-01-01) is after to (2021-12-31)");
    assertThat(json("/api/stories?from=2021&from=2022", 400).get("error").asText())
        .startsWith("from: expected one value");
    assertThat(json("/api/stories?entities=Paris", 400).get("error").asText())
        .startsWith("unknown parameter 'entities'")
        .contains("entity");
  }

  @Test
  void anEntityWithItsStories() throws Exception {
    JsonNode top = json("/api/entities", 200).get("entities");
    assertThat(top.size()).isPositive();
    String name = top.get(0).get("name").asText();
    JsonNode entity = json("/api/entities/" + encode(name), 200);
    assertThat(entity.get("name").asText()).isEqualTo(name);
    assertThat(entity.get("type").asText()).isEqualTo(top.get(0).get("type").asText());
    assertThat(entity.get("articles").asInt()).isEqualTo(top.get(0).get("count").asInt());
    assertThat(entity.get("stories").size()).isPositive();
    for (JsonNode s : entity.get("stories")) {
      assertThat(s.get("count").asInt()).isPositive();
      // each listed story is one whose articles name it
      String firstArticle =
          json("/api/stories/" + s.get("id").asText(), 200).get("articles").get(0).asText();
      assertThat(firstArticle).isNotEmpty();
    }
    assertThat(texts(entity.get("related"), "name")).doesNotContain(name);
    // case and accents are ignored, as in search
    assertThat(
            json("/api/entities/" + encode(name.toUpperCase(java.util.Locale.ROOT)), 200)
                .get("articles")
                .asInt())
        .isEqualTo(entity.get("articles").asInt());
    assertThat(json("/api/entities/Personne%20Inconnue", 404).get("error").asText())
        .contains("Personne Inconnue");
    assertThat(json("/api/entities/" + encode(name) + "?limit=0", 400).get("error").asText())
        .contains("limit");
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * The OpenAPI document cannot rot: every route the server registers under /api/ is in it, and
   * every path in it answers (with the ids of this store in place of its parameters).
   */
  @Test
  void theOpenApiDocumentDescribesEveryRouteAndEachOfItsPathsAnswers() throws Exception {
    JsonNode doc = json("/openapi.json", 200);
    assertThat(doc.get("openapi").asText()).startsWith("3.1");
    List<String> documented = new ArrayList<>();
    doc.get("paths").fieldNames().forEachRemaining(documented::add);

    List<String> registered = new ArrayList<>();
    for (WebServer.Route r : server.routes()) {
      if (r.path().startsWith("/api/")) {
        // Javalin's <id> (slashes allowed) and {id} are both {id} in OpenAPI
        String path = r.path().replaceAll("<([^>]+)>", "{$1}");
        registered.add(path);
        assertThat(doc.get("paths").has(path)).as(path).isTrue();
        assertThat(doc.get("paths").get(path).has(r.method().toLowerCase(java.util.Locale.ROOT)))
            .as(r.method() + " " + path)
            .isTrue();
      }
    }
    assertThat(registered).isNotEmpty();
    assertThat(documented).containsExactlyInAnyOrderElementsOf(registered);
    // the one write route is a POST, which this read-only server refuses
    documented.removeIf(path -> !doc.get("paths").get(path).has("get"));
    assertThat(post(server, "application/json", "{}").statusCode()).isEqualTo(403);

    String story = json("/api/articles/" + BREAKDOWN, 200).get("story").asText();
    String entity = json("/api/entities", 200).get("entities").get(0).get("name").asText();
    java.util.Map<String, String> ids = java.util.Map.of("id", story, "name", encode(entity));
    for (String path : documented) {
      JsonNode get = doc.get("paths").get(path).get("get");
      assertThat(get).as(path).isNotNull();
      assertThat(get.get("responses").has("200")).as(path).isTrue();
      // the article route's {id} is an article id, the story route's a story id
      String concrete =
          path.startsWith("/api/articles/")
              ? "/api/articles/" + BREAKDOWN
              : java.util.regex.Pattern.compile("\\{([^}]+)}")
                  .matcher(path)
                  .replaceAll(m -> ids.get(m.group(1)));
      // search needs words
      if (path.equals("/api/search")) {
        concrete += "?q=telecabine";
      }
      HttpResponse<String> response = get(concrete);
      assertThat(response.statusCode()).as(concrete + ": " + response.body()).isEqualTo(200);
    }
    // every $ref points at something the document holds
    java.util.regex.Matcher refs =
        java.util.regex.Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/([^\"]+)\"")
            .matcher(doc.toString());
    while (refs.find()) {
      assertThat(doc.at("/" + refs.group(1)).isMissingNode()).as(refs.group(1)).isFalse();
    }
  }

  @Test
  void aStoryWithItsTimelineAndAsOfADay() throws Exception {
    String id = json("/api/articles/" + BREAKDOWN, 200).get("story").asText();
    JsonNode story = json("/api/stories/" + id, 200);
    assertThat(story.get("id").asText()).isEqualTo(id);
    assertThat(story.get("as_of").isNull()).isTrue();
    assertThat(texts(story.get("articles"))).contains(BREAKDOWN, RESCUE, REOPENING);
    JsonNode timeline = story.get("timeline");
    assertThat(timeline.size()).isPositive();
    for (JsonNode t : timeline) {
      assertThat(t.fieldNames()).toIterable().contains("date", "precision", "text", "sources");
    }

    JsonNode early = json("/api/stories/" + id + "?as_of=2021-02-05", 200);
    assertThat(early.get("as_of").asText()).isEqualTo("2021-02-05");
    assertThat(texts(early.get("articles"))).containsExactly(BREAKDOWN, RESCUE);
    for (JsonNode t : early.get("timeline")) {
      assertThat(t.get("date").asText()).isLessThanOrEqualTo("2021-02-05");
    }
  }

  @Test
  void whyAnArticleIsInItsStory() throws Exception {
    String id = json("/api/articles/" + RESCUE, 200).get("story").asText();

    JsonNode why = json("/api/stories/" + id + "?why=" + RESCUE, 200);
    assertThat(why.get("article").asText()).isEqualTo(RESCUE);
    assertThat(why.get("story").asText()).isEqualTo(id);
    JsonNode stories = why.get("why").get("stories");
    assertThat(stories.size()).isPositive();
    assertThat(stories.get(0).get("features").fieldNames())
        .toIterable()
        .contains("centroid_cosine", "entity_share", "nearest_gap");

    assertThat(json("/api/stories/" + id + "?why=no-such-article", 404).get("error").asText())
        .contains("no-such-article");
  }

  @Test
  void anArticleByAnIdWithASlash() throws Exception {
    JsonNode article = json("/api/articles/" + RESCUE, 200);
    assertThat(article.get("id").asText()).isEqualTo(RESCUE);
    assertThat(article.get("published").asText()).isEqualTo("2021-02-04");
    assertThat(article.get("text").asText()).contains("secouristes");
    assertThat(article.fieldNames())
        .toIterable()
        .contains("title", "original", "precision", "language", "entities", "times", "story");
  }

  @Test
  void anArticleComesCleanWithItsOriginalBeside() throws Exception {
    JsonNode article = json("/api/articles/" + REOPENING, 200);
    assertThat(article.get("text").asText())
        .endsWith("les cabines ont été révisées.")
        .doesNotContain("marché de Noël");
    assertThat(article.get("original").asText())
        .contains("À lire aussi\nLe marché de Noël s'installe place du Lac\n01/12/2021, 18:40");
    // the page offers both
    assertThat(get("/js/pages/article.js").body())
        .contains("'article-version'")
        .contains("article.original");
  }

  @Test
  void anArticleListsItsCopiesAndAStoryCountsThemApart() throws Exception {
    String body =
        "Le comité des fêtes a dévoilé mardi le programme du carnaval du quartier des Tilleuls :"
            + " un défilé de chars le samedi après-midi, un bal masqué le soir sur la place du"
            + " marché et un concours de costumes pour les enfants le dimanche matin. Les"
            + " associations ont construit six chars cette année, deux de plus que l'an dernier,"
            + " et la fanfare de la ville voisine ouvrira le cortège. Les rues du centre seront"
            + " fermées à la circulation de midi à minuit.";
    Path in = tmp.resolve("carnaval");
    write(in.resolve("comite/programme.txt"), "2022-02-15", "Le programme du carnaval", body);
    write(
        in.resolve("relais/carnaval.txt"),
        "2022-02-16",
        "Chars, bal et costumes au carnaval des Tilleuls",
        body.replace("mardi", "ce mardi").replace("six chars", "six grands chars")
            + " Renseignements à l'accueil de la mairie.");
    Path data = tmp.resolve("carnaval-data");
    try (Trame trame = Trame.open(data)) {
      assertThat(trame.ingest(List.of(in), IngestListener.NONE).duplicates()).isEqualTo(1);
    }
    try (WebServer other = WebServer.start(data, "127.0.0.1", 0)) {
      JsonNode original = JSON.readTree(get(other, "/api/articles/comite/programme.txt").body());
      assertThat(original.get("copies").size()).isEqualTo(1);
      JsonNode copy = original.get("copies").get(0);
      assertThat(copy.get("id").asText()).isEqualTo("relais/carnaval.txt");
      assertThat(copy.get("source").asText()).isEqualTo("relais");
      assertThat(copy.get("similarity").asDouble()).isBetween(0.5, 0.99);

      JsonNode relay = JSON.readTree(get(other, "/api/articles/relais/carnaval.txt").body());
      assertThat(relay.get("duplicate_of").asText()).isEqualTo("comite/programme.txt");
      assertThat(relay.get("duplicate_similarity").asDouble())
          .isEqualTo(copy.get("similarity").asDouble());

      JsonNode story =
          JSON.readTree(get(other, "/api/stories/" + original.get("story").asText()).body());
      assertThat(story.get("counts").get("articles").asInt()).isEqualTo(2);
      assertThat(story.get("counts").get("sources").asInt()).isEqualTo(1);
      assertThat(story.get("counts").get("copies").asInt()).isEqualTo(1);
      // the event the copy joined is labelled with the same counts and its entities
      JsonNode event = story.get("events").get(0);
      assertThat(event.get("counts").get("articles").asInt()).isEqualTo(2);
      assertThat(event.get("counts").get("sources").asInt()).isEqualTo(1);
      assertThat(event.get("counts").get("copies").asInt()).isEqualTo(1);
      assertThat(event.get("entities").size()).isBetween(1, 3);
      assertThat(event.get("title").asText()).isEqualTo("Le programme du carnaval");
    }
  }

  @Test
  void searchFindsAnAccentedWordTypedWithoutItsAccents() throws Exception {
    JsonNode result = json("/api/search?q=telecabine&limit=2", 200);
    assertThat(result.get("query").asText()).isEqualTo("telecabine");
    JsonNode hits = result.get("hits");
    assertThat(hits.size()).isEqualTo(2);
    for (JsonNode h : hits) {
      assertThat(h.get("id").asText()).matches("(gazette|echo)/.*");
      assertThat(h.get("title").asText()).contains("télécabine");
      assertThat(h.fieldNames()).toIterable().contains("story", "published", "score", "snippet");
    }
    assertThat(json("/api/search?q=" + "t%C3%A9l%C3%A9cabine", 200).get("hits").size())
        .isEqualTo(3);
    assertThat(json("/api/search?q=zzzqqq", 200).get("hits").size()).isZero();
    assertThat(json("/api/search", 400).get("error").asText()).contains("q");
    assertThat(json("/api/search?q=ski&limit=0", 400).get("error").asText()).contains("limit");
  }

  @Test
  void searchFiltersFacetsAndGroupsByStory() throws Exception {
    JsonNode all = json("/api/search?q=telecabine", 200);
    assertThat(all.get("total").asInt()).isEqualTo(3);
    assertThat(all.get("facets").get("sources"))
        .extracting(s -> s.get("name").asText() + "=" + s.get("count").asInt())
        .containsExactly("gazette=2", "echo=1");
    assertThat(all.get("facets").get("months"))
        .extracting(s -> s.get("month").asText() + "=" + s.get("count").asInt())
        .containsExactly("2021-02=2", "2021-12=1");
    assertThat(all.get("stories").size()).as("not grouped").isZero();

    assertThat(texts(json("/api/search?q=telecabine&source=echo", 200).get("hits"), "id"))
        .containsExactly(RESCUE);
    assertThat(
            texts(
                json("/api/search?q=telecabine&from=2021-02-04&to=2021-12", 200).get("hits"), "id"))
        .containsExactlyInAnyOrder(RESCUE, REOPENING);
    assertThat(texts(json("/api/search?q=telecabine&sort=date", 200).get("hits"), "id"))
        .containsExactly(REOPENING, RESCUE, BREAKDOWN);
    assertThat(
            texts(
                json("/api/search?q=telecabine&sort=date&offset=1&limit=1", 200).get("hits"), "id"))
        .containsExactly(RESCUE);
    assertThat(json("/api/search?q=telecabine&lang=en", 200).get("total").asInt()).isZero();
    assertThat(json("/api/search?q=telecabine&lang=fr,en", 200).get("total").asInt()).isEqualTo(3);

    // filters alone browse the store
    assertThat(json("/api/search?source=gazette", 200).get("total").asInt()).isEqualTo(2);

    JsonNode grouped = json("/api/search?q=telecabine&group=story", 200);
    int inStories = 0;
    for (JsonNode story : grouped.get("stories")) {
      assertThat(story.fieldNames()).toIterable().contains("id", "title", "count", "hits");
      inStories += story.get("count").asInt();
    }
    assertThat(inStories).isEqualTo(3);
    assertThat(grouped.get("story_total").asInt()).isEqualTo(grouped.get("stories").size());

    // an entity the tagger found in the matches filters them
    JsonNode entity = all.get("facets").get("entities").get(0);
    String name = entity.get("name").asText();
    JsonNode named =
        json(
            "/api/search?q=telecabine&entity="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
            200);
    assertThat(named.get("total").asInt()).isEqualTo(entity.get("count").asInt());
  }

  @Test
  void badSearchParametersAreRefusedWithTheirReason() throws Exception {
    assertThat(json("/api/search?q=ski&from=2021-02-30", 400).get("error").asText())
        .contains("from")
        .contains("2021-02-30");
    assertThat(json("/api/search?q=ski&to=hier", 400).get("error").asText()).contains("to");
    assertThat(json("/api/search?q=ski&from=2022-01-01&to=2021-01-01", 400).get("error").asText())
        .contains("after");
    assertThat(json("/api/search?q=ski&sort=oldest", 400).get("error").asText()).contains("sort");
    assertThat(json("/api/search?q=ski&group=source", 400).get("error").asText()).contains("group");
    assertThat(json("/api/search?q=ski&offset=-1", 400).get("error").asText()).contains("offset");
  }

  @Test
  void errorsAreJsonWithTheirStatus() throws Exception {
    assertThat(json("/api/stories/s-999", 404).get("error").asText()).contains("s-999");
    assertThat(json("/api/articles/nowhere/nothing.txt", 404).get("error").asText())
        .contains("nowhere/nothing.txt");
    assertThat(json("/api/stories/s-1?as_of=yesterday", 400).get("error").asText())
        .contains("as_of")
        .contains("yesterday");
    assertThat(json("/api/no-such-route", 404).has("error")).isTrue();
  }

  @Test
  void evenARequestJettyCannotParseGetsJson() throws Exception {
    // a bad escape: java.net.URI refuses to build it, so the request is written by hand
    try (Socket socket =
        new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          "GET /api/%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(response).startsWith("HTTP/1.1 400").contains("application/json");
      JsonNode body = JSON.readTree(response.substring(response.indexOf("\r\n\r\n") + 4));
      assertThat(body.has("error")).isTrue();
    }
  }

  @Test
  void untrustedTitlesComeBackAsData() throws Exception {
    HttpResponse<String> raw = get("/api/articles/" + HOSTILE);
    assertThat(raw.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    JsonNode article = JSON.readTree(raw.body());
    assertThat(article.get("title").asText()).startsWith(SCRIPT);
    // and the page only ever inserts text: no markup is parsed from what the API returns
    assertThat(resource("app.js")).contains("textContent").doesNotContain("innerHTML");
  }

  @Test
  void thePageIsServedWithItsPolicyAndNothingFromElsewhere() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
    assertThat(page.body()).contains("<html lang=\"fr\">").contains("app.js").contains("style.css");
    for (String asset : List.of("/app.js", "/style.css")) {
      HttpResponse<String> response = get(asset);
      assertThat(response.statusCode()).as(asset).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }
    for (String file : PAGE_FILES) {
      // the SVG namespace is a name, not an address anything is loaded from
      assertThat(resource(file).replace("'http://www.w3.org/2000/svg'", "'svg'"))
          .as(file)
          .doesNotContain("http:")
          .doesNotContain("https:");
      HttpResponse<String> response = get("/" + file);
      assertThat(response.statusCode()).as(file).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(file).isPresent();
    }
    // the policy forbids inline script: the page has none to be broken by it
    String index = resource("index.html");
    assertThat(index).containsPattern("<script type=\"module\" src=\"app.js\"></script>");
    assertThat(index.split("<script", -1)).hasSize(2);
    assertThat(index).doesNotContainPattern("\\son[a-z]+=").doesNotContain("style=");
    assertThat(WebServer.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline");
  }

  /** The page and its modules, which must neither load anything from elsewhere nor parse markup. */
  private static final List<String> PAGE_FILES =
      List.of(
          "index.html",
          "app.js",
          "style.css",
          "js/i18n.js",
          "js/dom.js",
          "js/charts.js",
          "js/pages/front.js",
          "js/pages/story.js",
          "js/pages/entity.js",
          "js/pages/search.js",
          "js/pages/article.js");

  /** Data reaches the page as text only: no script of the page parses strings as markup. */
  @Test
  void noScriptOfThePageParsesMarkup() throws Exception {
    for (String file : PAGE_FILES) {
      if (file.endsWith(".js")) {
        assertThat(resource(file))
            .as(file)
            .doesNotContain("innerHTML")
            .doesNotContain("outerHTML")
            .doesNotContain("insertAdjacentHTML")
            .doesNotContain("document.write")
            .doesNotContain("eval(")
            .doesNotContain("new Function");
      }
    }
  }

  @Test
  void whatIsIngestedWhileServingShowsUpOnTheNextRequest(@TempDir Path other) throws Exception {
    Path data = other.resolve("data");
    write(
        other.resolve("in/un.txt"),
        "2022-06-01",
        "Le marché couvert rouvre ses portes",
        "Après un an de travaux, le marché couvert de la place Carnot accueille de nouveau ses"
            + " commerçants et ses clients, sous une charpente entièrement refaite.");
    write(
        other.resolve("in2/deux.txt"),
        "2022-06-02",
        "Affluence record au marché couvert rénové",
        "Pour sa première journée après les travaux, le marché couvert de la place Carnot a vu"
            + " passer des milliers de visiteurs venus découvrir la nouvelle charpente.");
    // served before anything is stored: an empty store, not an error
    try (WebServer live = WebServer.start(data, "127.0.0.1", 0)) {
      assertThat(articles(live)).isZero();
      int stored = 0;
      for (String folder : List.of("in", "in2")) {
        try (Trame writer = Trame.open(data)) {
          writer.ingest(List.of(other.resolve(folder)), IngestListener.NONE);
        }
        stored++;
        assertThat(articles(live)).as("after ingesting " + folder).isEqualTo(stored);
      }
    }
  }

  private static int articles(WebServer on) throws Exception {
    return JSON.readTree(get(on, "/api/status").body()).get("articles").asInt();
  }

  @Test
  void theApiBenchmarkLoadsBothSidesAndCountsEveryRequest() throws Exception {
    List<ApiBenchmark.Series> series =
        ApiBenchmark.run(tmp.resolve("data"), List.of("telecabine", "chorale"), 12, 3);
    assertThat(series).extracting(ApiBenchmark.Series::name).containsExactly("search", "story");
    for (ApiBenchmark.Series s : series) {
      for (ApiBenchmark.Latencies l : List.of(s.api(), s.direct())) {
        assertThat(l.requests()).isEqualTo(12);
        assertThat(l.errors()).as(s.name()).isZero();
        assertThat(l.p50Millis()).isPositive().isLessThanOrEqualTo(l.p99Millis());
      }
    }
    assertThat(series.get(0).distinct()).isEqualTo(2);
  }

  @Test
  void percentilesAreRanksOfTheSortedLatencies() {
    long[] nanos = new long[100];
    for (int i = 0; i < nanos.length; i++) {
      // 100 ms down to 1 ms: order must not matter
      nanos[i] = (100 - i) * 1_000_000L;
    }
    ApiBenchmark.Latencies l = ApiBenchmark.Latencies.of(nanos, 1);
    assertThat(l.p50Millis()).isEqualTo(50.0);
    assertThat(l.p99Millis()).isEqualTo(99.0);
    assertThat(l.errors()).isEqualTo(1);
  }

  @Test
  void aTakenPortIsAClearError() {
    assertThatThrownBy(() -> WebServer.start(tmp.resolve("data"), "127.0.0.1", server.port()))
        .isInstanceOf(BindException.class)
        .hasMessageContaining(String.valueOf(server.port()));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = WebServerTest.class.getResourceAsStream("/web/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
