package org.trame.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.JavalinDefaultRouting;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.StoryView;
import org.trame.Trame;
import org.trame.app.StoreLocation;
import org.trame.app.view.JsonViews;
import org.trame.app.view.StoryQueries;
import org.trame.ingest.FetchPolicy;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.search.StoryPage;
import org.trame.search.StoryQuery;
import org.trame.store.StoreException;
import org.trame.store.StoreLockedException;
import org.trame.story.Story;
import org.trame.timeline.StoryTimeline;
import org.trame.watch.WatchState;

/**
 * {@code trame serve}: a read-only HTTP/JSON API over a data directory, and the web page under
 * {@code /} that uses it. The API returns the same JSON as the command line's {@code --json}.
 *
 * <p>Requests read a shared snapshot of the store, reopened when an ingest commits (see {@link
 * Snapshots}): what another process ingests shows up on the next request.
 */
public final class WebServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

  /**
   * The page's scripts, styles and data come from this server only: article text is untrusted, and
   * should any of it ever reach the page as markup, it could neither run inline script nor load
   * anything from elsewhere. Nor may another site frame the page.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  private static final String JSON_TYPE = "application/json; charset=utf-8";

  /** More search hits than this is not a page anyone reads. */
  private static final int MAX_HITS = SearchRequest.MAX_LIMIT;

  /**
   * Stories in one page of {@code /api/stories} unless {@code limit} says otherwise: each is
   * summarized from its articles, so a page of a large store stays a page.
   */
  private static final int STORIES_PAGE = 50;

  /** Most stories a page of {@code /api/stories} or of an entity's stories holds. */
  private static final int MAX_STORIES = StoryQuery.MAX_LIMIT;

  /** The entities a listed story names most: what the front page shows beside its title. */
  private static final int LISTED_ENTITIES = 5;

  /** Where the OpenAPI document of every {@code /api/} route lives, written by hand. */
  static final String OPENAPI_RESOURCE = "/org/trame/app/web/openapi.json";

  /** A route the server answers: a method and a path in Javalin's syntax. */
  public record Route(String method, String path) {}

  /** Largest body {@code POST /api/articles} takes: a page or a batch, not a crawl. */
  static final long MAX_POSTED_BYTES = 16L << 20;

  private final Snapshots store;
  private final StoreLocation data;
  private final boolean ingestAllowed;
  private WatchInServe watch;
  private final Javalin app;
  private final String host;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final List<Route> routes = new CopyOnWriteArrayList<>();
  private final byte[] openApi = openApiDocument();

  private WebServer(StoreLocation data, String host, boolean ingestAllowed) {
    this.store = new Snapshots(data);
    this.data = data;
    this.ingestAllowed = ingestAllowed;
    this.host = host;
    this.app =
        Javalin.create(config -> {
          config.showJavalinBanner = false;
          config.http.maxRequestSize = MAX_POSTED_BYTES;
          // every route as registered, so a test can hold the OpenAPI document to all of them
          config.events(events ->
              events.handlerAdded(
                  h -> routes.add(new Route(h.getHttpMethod().name(), h.getPath()))));
          config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            // the page changes with trame's version: always revalidate
            files.headers = Map.of("Cache-Control", "no-cache");
            // said outright rather than left to the page's own encoding
            files.mimeTypes.add("text/javascript; charset=utf-8", "js");
            files.mimeTypes.add("text/css; charset=utf-8", "css");
            files.mimeTypes.add("text/html; charset=utf-8", "html");
          });
          config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
          config.router.mount(this::routes);
        });
  }

  /**
   * Serves {@code data} at {@code host:port}; port 0 picks a free one (see {@link #port()}).
   *
   * @throws BindException when the address cannot be listened on (port taken, unknown host)
   */
  public static WebServer start(Path data, String host, int port) throws BindException {
    return start(data, host, port, false);
  }

  /**
   * As {@link #start(Path, String, int)}; with {@code allowIngest}, {@code POST /api/articles}
   * stores posted articles (else it answers 403).
   */
  public static WebServer start(Path data, String host, int port, boolean allowIngest)
      throws BindException {
    return start(data, host, port, allowIngest, null, FetchPolicy.standard());
  }

  /**
   * As {@link #start(Path, String, int, boolean)}, and, unless {@code watch} is null, a watcher of
   * its sources in the same process (see {@link WatchInServe}): it holds the store's writer, which
   * posted articles then share.
   *
   * @throws org.trame.store.StoreLockedException with a watch, when another process writes
   */
  public static WebServer start(
      Path data,
      String host,
      int port,
      boolean allowIngest,
      org.trame.watch.WatchConfig watch,
      FetchPolicy fetching)
      throws BindException {
    return start(StoreLocation.of(data), host, port, allowIngest, watch, fetching);
  }

  /**
   * As {@link #start(Path, String, int, boolean, org.trame.watch.WatchConfig, FetchPolicy)}, over
   * any store.
   */
  public static WebServer start(
      StoreLocation data,
      String host,
      int port,
      boolean allowIngest,
      org.trame.watch.WatchConfig watch,
      FetchPolicy fetching)
      throws BindException {
    WebServer server = new WebServer(data, host, allowIngest);
    if (watch != null) {
      // the writer first, so that its store exists for the readers
      server.watch = new WatchInServe(data, watch, fetching);
    }
    // opened now: an unreadable store is one clear error here, not a 500 on every request
    server.store.read(Trame::status);
    try {
      server.app.start(host, port);
    } catch (JavalinBindException e) {
      server.close();
      BindException bind =
          new BindException(
              "cannot listen on "
                  + host
                  + ":"
                  + port
                  + " (port in use, or not an address of this machine)");
      bind.initCause(e);
      throw bind;
    }
    if (server.watch != null) {
      server.watch.start();
    }
    return server;
  }

  /** The port listened on: the one asked for, or the one picked for port 0. */
  public int port() {
    return app.port();
  }

  /** Where to point a browser. */
  public String url() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + h + ":" + port() + "/";
  }

  /** The routes the server registered (filters and error handlers are not routes). */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  /** Blocks until {@link #close()} is called (from a shutdown hook, for the command line). */
  public void awaitClose() throws InterruptedException {
    stopped.await();
  }

  @Override
  public void close() {
    app.stop();
    if (watch != null) {
      watch.close();
    }
    store.close();
    stopped.countDown();
  }

  // ------------------------------------------------------------------ routes

  private void routes(JavalinDefaultRouting r) {
    r.before(ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY));
    // JSON declared as JSON is never sniffed into something a browser would run
    r.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));

    r.get(
        "/api/status",
        ctx ->
            json(
                ctx,
                store.read(t -> JsonViews.status(t.status(), t.lastIngest(), WatchState.of(t)))));
    r.get("/api/health", this::health);
    r.get("/api/stories", this::stories);
    r.get("/api/stories/{id}", this::story);
    // <id> matches slashes: article ids are paths such as cine-mag/x.txt
    r.get("/api/articles/<id>", this::article);
    r.post("/api/articles", this::ingest);
    r.get("/api/search", this::search);
    r.get("/api/entities", this::entities);
    // <name> matches slashes, as some names have them ("AC/DC")
    r.get("/api/entities/<name>", this::entity);
    r.get("/openapi.json", ctx -> ctx.contentType(JSON_TYPE).result(openApi));

    // every error, Javalin's own 404 included, is {"error": "..."}: never an HTML page
    r.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    r.exception(StoreException.class, WebServer::storeTrouble);
    r.exception(UncheckedIOException.class, WebServer::storeTrouble);
    r.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), "internal error: see the log");
        });
  }

  /**
   * {@code /api/stories?q=&entity=&source=&lang=&from=&to=&sort=&limit=&offset=}: {@code
   * {"total","offset","limit","sort","stories":[summary]}}, each story as {@link
   * JsonViews#storySummary} shows it; filters and order as {@link StoryQueries} reads them. An
   * unknown parameter is refused too: a misspelt filter would otherwise list everything.
   */
  private void stories(Context ctx) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!StoryQueries.PARAMETERS.contains(name)) {
        throw new BadRequestResponse(
            "unknown parameter '"
                + name
                + "': /api/stories takes "
                + String.join(", ", StoryQueries.PARAMETERS));
      }
    }
    StoryQuery query;
    try {
      query = StoryQueries.parse(ctx::queryParams, STORIES_PAGE);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    json(
        ctx,
        store.read(t -> {
          StoryPage page = t.stories(query);
          ObjectNode root = JsonViews.JSON.createObjectNode();
          root.put("total", page.total());
          root.put("offset", query.offset());
          root.put("limit", query.limit());
          root.put("sort", query.sort().label());
          ArrayNode array = root.putArray("stories");
          for (Story s : page.stories()) {
            // no timeline nor claims: a summary does not show them, and they cost the most
            t.storySummary(s.id())
                .ifPresent(view -> array.add(JsonViews.storySummary(view, LISTED_ENTITIES)));
          }
          return root;
        }));
  }

  /**
   * {@code /api/entities}: the entities the most articles name, {@code {"entities":[{"name",
   * "type","count"}]}}.
   */
  private void entities(Context ctx) {
    SearchRequest all =
        new SearchRequest(
            "",
            null,
            null,
            Set.of(),
            Set.of(),
            Set.of(),
            SearchRequest.Sort.RELEVANCE,
            false,
            1,
            0);
    json(
        ctx,
        store.read(t -> {
          ObjectNode root = JsonViews.JSON.createObjectNode();
          root.set("entities", JsonViews.search(all, t.search(all)).get("facets").get("entities"));
          return root;
        }));
  }

  /**
   * {@code /api/entities/NAME?limit=}: the stories whose articles name an entity (by its canonical
   * name, case and accents ignored), most matching articles first, and the claims of those stories
   * about it. 404 when no article names it.
   */
  private void entity(Context ctx) {
    String name = ctx.pathParam("name").strip();
    if (name.isEmpty()) {
      throw new BadRequestResponse("name: an entity's name is needed, e.g. /api/entities/Paris");
    }
    int limit = limit(ctx, STORIES_PAGE, MAX_STORIES);
    SearchRequest request =
        new SearchRequest(
            "",
            null,
            null,
            Set.of(),
            Set.of(),
            Set.of(name),
            SearchRequest.Sort.RELEVANCE,
            true,
            limit,
            0);
    json(
        ctx,
        store.read(t -> {
          SearchResult found = t.search(request);
          if (found.total() == 0) {
            throw new NotFoundResponse("no article names the entity '" + name + "'");
          }
          List<StoryView> views = new ArrayList<>();
          for (SearchResult.StoryHits s : found.stories()) {
            if (s.storyId() != null) {
              t.story(s.storyId(), null).ifPresent(views::add);
            }
          }
          return JsonViews.entity(name, found, views);
        }));
  }

  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    String why = ctx.queryParam("why");
    if (why != null) {
      // ?why=ARTICLE: why that article is in this story, as trame story ID --why ARTICLE --json
      json(
          ctx,
          store
              .read(t ->
                  t.story(id, null, 0)
                      .flatMap(v -> t.article(why).filter(a -> v.story().id().equals(a.storyId())))
                      .map(JsonViews::why))
              .orElseThrow(
                  () -> new NotFoundResponse("no article '" + why + "' in story '" + id + "'")));
      return;
    }
    LocalDate asOf = asOf(ctx);
    int timelineSize = timelineSize(ctx);
    json(
        ctx,
        store
            .read(t ->
                t.story(id, asOf, timelineSize)
                    .map(v ->
                        JsonViews.withMergedFrom(
                            JsonViews.storyView(v), t.storyAsStored(id).orElse(null))))
            .orElseThrow(() -> new NotFoundResponse("no story '" + id + "'")));
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    json(
        ctx,
        store
            .read(t -> t.article(id).map(a -> JsonViews.article(a, t.copiesOf(a.id()))))
            .orElseThrow(() -> new NotFoundResponse("no article '" + id + "'")));
  }

  /**
   * {@code /api/search?q=&from=&to=&lang=&source=&entity=&sort=&group=story&limit=&offset=}: the
   * JSON of {@code trame search --json}. {@code lang}, {@code source} and {@code entity} may be
   * repeated ({@code lang} also comma-separated); {@code q} may be left out when a filter is given.
   */
  private void search(Context ctx) {
    SearchRequest request = searchRequest(ctx);
    json(ctx, store.read(t -> JsonViews.search(request, t.search(request))));
  }

  private static SearchRequest searchRequest(Context ctx) {
    String query = ctx.queryParam("q");
    String group = ctx.queryParam("group");
    if (group != null && !group.isEmpty() && !group.equals("story")) {
      throw new BadRequestResponse("group: expected 'story', got '" + group + "'");
    }
    String sort = ctx.queryParam("sort");
    int limit = limit(ctx, 10, MAX_HITS);
    int offset = offset(ctx);
    Set<String> languages = new LinkedHashSet<>();
    ctx.queryParams("lang").forEach(l -> languages.addAll(List.of(l.split(","))));
    SearchRequest request;
    try {
      request =
          new SearchRequest(
              query,
              SearchRequest.firstDay("from", ctx.queryParam("from")),
              SearchRequest.lastDay("to", ctx.queryParam("to")),
              languages,
              new LinkedHashSet<>(ctx.queryParams("source")),
              new LinkedHashSet<>(ctx.queryParams("entity")),
              sort == null || sort.isEmpty()
                  ? SearchRequest.Sort.RELEVANCE
                  : SearchRequest.Sort.parse(sort),
              "story".equals(group),
              limit,
              offset);
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    if (request.text().isBlank() && !request.filtered()) {
      throw new BadRequestResponse(
          "q: words to search for are needed (or a filter: from, to, lang, source, entity),"
              + " e.g. ?q=cascade");
    }
    return request;
  }

  // ------------------------------------------------------------------ plumbing

  private static byte[] openApiDocument() {
    try (InputStream in = WebServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document is missing: " + OPENAPI_RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + OPENAPI_RESOURCE, e);
    }
  }

  /** The store cannot be read (gone, damaged): its message says what, and it is no bug here. */
  /**
   * 200 with the store's figures when it can be read as last committed, else 503 with the reason:
   * for a supervisor or load balancer, which needs a status code rather than a page.
   */
  private void health(Context ctx) {
    ctx.header("Cache-Control", "no-store");
    ObjectNode body;
    try {
      body = store.read(t -> JsonViews.status(t.status(), t.lastIngest(), WatchState.of(t)));
    } catch (RuntimeException e) {
      LOG.warn("health check: the store cannot be read: {}", e.getMessage());
      ObjectNode down = JsonViews.JSON.createObjectNode();
      down.put("status", "unavailable");
      down.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE.getCode());
      json(ctx, down);
      return;
    }
    ObjectNode up = JsonViews.JSON.createObjectNode();
    up.put("status", "ok");
    up.setAll(body);
    json(ctx, up);
  }

  private static void storeTrouble(RuntimeException e, Context ctx) {
    LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    error(ctx, HttpStatus.INTERNAL_SERVER_ERROR.getCode(), e.getMessage());
  }

  /** {@code ?timeline_size=N}: the N most important dates (0: all); the default budget else. */
  private static int timelineSize(Context ctx) {
    String value = ctx.queryParam("timeline_size");
    if (value == null || value.isBlank()) {
      return StoryTimeline.DEFAULT_BUDGET;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(
          "timeline_size: expected a whole number, 0 or more, got '" + value + "'");
    }
  }

  private static LocalDate asOf(Context ctx) {
    String value = ctx.queryParam("as_of");
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestResponse("as_of: expected a date YYYY-MM-DD, got '" + value + "'");
    }
  }

  private static int limit(Context ctx, int byDefault, int max) {
    String value = ctx.queryParam("limit");
    if (value == null || value.isEmpty()) {
      return byDefault;
    }
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      n = 0;
    }
    if (n < 1 || n > max) {
      throw new BadRequestResponse(
          "limit: expected a whole number from 1 to " + max + ", got '" + value + "'");
    }
    return n;
  }

  private static int offset(Context ctx) {
    String value = ctx.queryParam("offset");
    if (value == null || value.isEmpty()) {
      return 0;
    }
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 0 || n > SearchRequest.MAX_OFFSET) {
      throw new BadRequestResponse(
          "offset: expected a whole number from 0 to "
              + SearchRequest.MAX_OFFSET
              + ", got '"
              + value
              + "'");
    }
    return n;
  }

  /**
   * Stores posted articles: {@code application/json} (one article object as in JSON Lines, an array
   * of them, or JSON Lines) or {@code text/html} (one page; {@code ?id=} names it, else its content
   * does, so posting it again stores nothing twice). The ingest is the command line's, in a writer
   * opened for the request; readers see it once it commits.
   */
  private void ingest(Context ctx) throws IOException {
    if (!ingestAllowed) {
      throw new HttpResponseException(
          403, "ingest over HTTP is off: start the server with 'trame serve --allow-ingest'");
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw new BadRequestResponse("the body is empty: post an article");
    }
    String name;
    byte[] content;
    if (type.startsWith("application/json") || type.startsWith("application/x-ndjson")) {
      content = jsonLines(body);
      name = "posted.jsonl";
    } else if (type.startsWith("text/html")) {
      content = body;
      String id = ctx.queryParam("id");
      if (id == null || id.isBlank()) {
        id = "posted-" + Integer.toHexString(java.util.Arrays.hashCode(body)) + ".html";
      }
      name = id.replaceAll("[^A-Za-z0-9._-]", "_");
      if (!name.endsWith(".html")) {
        name += ".html";
      }
    } else {
      throw new HttpResponseException(
          415, "expected application/json or text/html, not '" + type + "'");
    }
    Path dir = Files.createTempDirectory("trame-post-");
    try {
      Path file = dir.resolve(name);
      Files.write(file, content);
      IngestReport report;
      if (watch != null) {
        try {
          report =
              watch
                  .withWriter(w -> w.ingest(List.of(file), IngestListener.NONE))
                  .orElseThrow(() ->
                      new HttpResponseException(
                          409,
                          "the watcher is ingesting (for more than "
                              + WatchInServe.POST_WAIT.toSeconds()
                              + " s): try again shortly"));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new HttpResponseException(503, "the server is stopping");
        }
      } else {
        try (Trame writer = data.openForWriting()) {
          report = writer.ingest(List.of(file), IngestListener.NONE);
        } catch (StoreLockedException e) {
          throw new HttpResponseException(409, e.getMessage());
        }
      }
      ObjectNode node = JsonViews.JSON.createObjectNode();
      node.put("stored", report.stored());
      node.put("duplicates", report.duplicates());
      node.put("unchanged", report.unchanged());
      ArrayNode rejected = node.putArray("rejected");
      report
          .rejected()
          .forEach(r -> rejected.addObject().put("input", r.origin()).put("problem", r.problem()));
      boolean nothing = report.stored() == 0 && report.unchanged() == 0;
      ctx.status(report.stored() > 0 ? 201 : nothing ? 422 : 200);
      json(ctx, node);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  /** One article object (compact or not), an array of them, or JSON Lines: as JSON Lines. */
  private static byte[] jsonLines(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    StringBuilder lines = new StringBuilder();
    try {
      if (text.startsWith("[")) {
        for (JsonNode item : JsonViews.JSON.readTree(text)) {
          lines.append(JsonViews.JSON.writeValueAsString(item)).append('\n');
        }
      } else {
        try (var values = JsonViews.JSON.readerFor(JsonNode.class).readValues(text)) {
          while (values.hasNext()) {
            lines.append(JsonViews.JSON.writeValueAsString(values.next())).append('\n');
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new BadRequestResponse("the body is not JSON: " + e.getMessage());
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void json(Context ctx, JsonNode node) {
    ctx.contentType(JSON_TYPE).result(bytes(node));
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).contentType(JSON_TYPE).result(errorJson(message));
  }

  private static byte[] errorJson(String message) {
    return bytes(JsonViews.JSON.createObjectNode().put("error", message));
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return JsonViews.JSON.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Jetty answers requests it cannot parse (a bad escape in the path, headers too large) itself,
   * before Javalin sees them: in JSON too, rather than its HTML page.
   */
  private static final class JsonErrorHandler extends ErrorHandler {
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
      if (org.eclipse.jetty.http.HttpStatus.hasNoBody(status)) {
        return super.badMessageError(status, reason, fields);
      }
      fields.put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
      fields.put("X-Content-Type-Options", "nosniff");
      return ByteBuffer.wrap(
          errorJson(
              reason != null ? reason : org.eclipse.jetty.http.HttpStatus.getMessage(status)));
    }
  }
}
