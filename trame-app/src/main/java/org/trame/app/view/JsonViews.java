package org.trame.app.view;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.trame.LastIngest;
import org.trame.StoryView;
import org.trame.analysis.EntityMention;
import org.trame.analysis.TimeMention;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.claim.Claim;
import org.trame.claim.ClaimValue;
import org.trame.claim.Value;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import org.trame.store.StoreCounts;
import org.trame.store.StoredArticle;
import org.trame.story.Assignment;
import org.trame.story.Event;
import org.trame.story.Story;
import org.trame.timeline.TimelineDates;
import org.trame.timeline.TimelineEntry;

/**
 * The JSON shapes of the command line and of the HTTP API. These keys are a contract: later
 * versions add keys, never rename them. Kept apart from the records so the model can change without
 * breaking users.
 */
public final class JsonViews {

  public static final ObjectMapper JSON = new ObjectMapper();

  private JsonViews() {}

  /** {@code {"id","title","first","last","articles":[ids],"events":[{"id","title","articles"}]}} */
  public static ObjectNode story(Story story, Function<String, Event> events) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", story.id());
    node.put("title", story.title());
    node.put("first", iso(story.first()));
    node.put("last", iso(story.last()));
    strings(node.putArray("articles"), story.articleIds());
    ArrayNode eventNodes = node.putArray("events");
    for (String id : story.eventIds()) {
      Event e = events.apply(id);
      if (e != null) {
        eventNodes.add(event(e));
      }
    }
    return node;
  }

  /**
   * A story as a list of stories shows it: {@link #story} plus {@code counts} (as in {@link
   * #storyView}), {@code months} ({@code [{"month":"YYYY-MM","count"}]}, its dated articles per
   * month of publication, in order, months without any left out) and {@code entities} (its {@code
   * entities} most named, as in {@link #storyView}).
   */
  public static ObjectNode storySummary(StoryView view, int entities) {
    java.util.Map<String, Event> byId = new java.util.HashMap<>();
    view.events().forEach(e -> byId.put(e.id(), e));
    ObjectNode node = story(view.story(), byId::get);
    ObjectNode counts = node.putObject("counts");
    counts.put("articles", view.articles().size());
    counts.put("sources", view.sources());
    counts.put("copies", view.copies());
    java.util.SortedMap<String, Integer> months = new java.util.TreeMap<>();
    for (StoredArticle a : view.articles()) {
      PublishedDate d = a.article().published();
      if (d != null) {
        months.merge(d.date().toString().substring(0, 7), 1, Integer::sum);
      }
    }
    ArrayNode monthNodes = node.putArray("months");
    months.forEach((month, n) -> monthNodes.addObject().put("month", month).put("count", n));
    entities(node.putArray("entities"), view.articles(), entities);
    describeEvents(node, view);
    return node;
  }

  /** The entities an event's label shows beside its headline. */
  private static final int EVENT_ENTITIES = 3;

  /**
   * Adds to each event of a story node its {@code counts} ({@code {"articles","sources","copies"}},
   * over the view's visible articles) and its {@code entities} most named (up to 3): with its title
   * and dates, the label an event is shown by.
   */
  private static void describeEvents(ObjectNode storyNode, StoryView view) {
    java.util.Map<String, StoredArticle> byId = new java.util.HashMap<>();
    view.articles().forEach(a -> byId.put(a.id(), a));
    java.util.Map<String, Event> events = new java.util.HashMap<>();
    view.events().forEach(e -> events.put(e.id(), e));
    for (com.fasterxml.jackson.databind.JsonNode n : (ArrayNode) storyNode.get("events")) {
      Event e = events.get(n.get("id").asText());
      if (e == null) {
        continue;
      }
      List<StoredArticle> articles =
          e.articleIds().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
      long sources = StoryView.independentSources(articles);
      ObjectNode eventNode = (ObjectNode) n;
      ObjectNode counts = eventNode.putObject("counts");
      counts.put("articles", articles.size());
      counts.put("sources", sources);
      counts.put("copies", articles.size() - sources);
      entities(eventNode.putArray("entities"), articles, EVENT_ENTITIES);
    }
  }

  public static ObjectNode event(Event e) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", e.id());
    node.put("title", e.title());
    node.put("first", iso(e.first()));
    node.put("last", iso(e.last()));
    strings(node.putArray("articles"), e.articleIds());
    return node;
  }

  /**
   * The story object plus {@code timeline}, {@code claims}, {@code as_of}, {@code entities} (each
   * entity by its canonical name and type, with how many articles name it), {@code counts} ({@code
   * {"articles","sources","copies"}}: an original and its copies are one source) and {@code
   * duplicates} ({@code [{"id","duplicate_of","similarity"}]}, the copies among its articles).
   */
  public static ObjectNode storyView(StoryView view) {
    java.util.Map<String, Event> byId = new java.util.HashMap<>();
    view.events().forEach(e -> byId.put(e.id(), e));
    ObjectNode node = story(view.story(), byId::get);
    node.put("as_of", view.asOf() == null ? null : view.asOf().toString());
    ObjectNode counts = node.putObject("counts");
    counts.put("articles", view.articles().size());
    counts.put("sources", view.sources());
    counts.put("copies", view.copies());
    ArrayNode duplicates = node.putArray("duplicates");
    for (StoredArticle a : view.articles()) {
      if (a.duplicate()) {
        duplicates
            .addObject()
            .put("id", a.id())
            .put("duplicate_of", a.duplicateOf())
            .put("similarity", a.duplicateSimilarity());
      }
    }
    ArrayNode timeline = node.putArray("timeline");
    for (TimelineEntry t : view.timeline()) {
      ObjectNode entry = timeline.addObject();
      entry.put("date", TimelineDates.label(t.date()));
      entry.put("precision", t.date().precision().label());
      entry.put("estimated", t.date().estimated());
      entry.put("text", t.text());
      strings(entry.putArray("sources"), t.sources());
      entry.put("event", t.eventId());
      entry.put("kind", t.kind().label());
      entry.put("announced", t.announced());
      entry.put("status", t.status() == null ? null : t.status().label());
    }
    entities(node.putArray("entities"), view.articles(), STORY_ENTITIES);
    describeEvents(node, view);
    articleDetails(node.putArray("article_details"), view.articles());
    ArrayNode claims = node.putArray("claims");
    for (Claim c : view.claims()) {
      ObjectNode claim = claims.addObject();
      claim.put("subject", c.subject());
      claim.put("kind", c.kind().label());
      claim.put("current", c.current().text());
      claim.put("type", c.current().value().type());
      String role = c.current().value().role();
      claim.put("role", role.isEmpty() ? null : role);
      ArrayNode values = claim.putArray("values");
      for (ClaimValue v : c.values()) {
        ObjectNode value = values.addObject();
        value.put("value", v.text());
        value.put("precision", v.value().precision());
        if (v.value() instanceof Value.Quantity q) {
          value.put("number", q.amount());
          value.put("at_least", q.atLeast());
          value.put("unit", q.unit());
        }
        value.put("said", iso(v.said()));
        value.put("said_estimated", v.said() != null && v.said().estimated());
        value.put("article", v.articleId());
        value.put("source", v.source());
        value.put("change", v.change().label());
      }
    }
    return node;
  }

  /**
   * {@code {"id","title","text","original","published","precision","estimated","language",
   * "language_supported","duplicate_of","duplicate_similarity","copies":[{"id","similarity",
   * "source"}],"entities":[…],"times":[…]}} plus where it sits and why. {@code
   * duplicate_similarity} is null for an original; {@code copies} lists the articles linked to this
   * one as copies of it.
   */
  public static ObjectNode article(StoredArticle stored, List<StoredArticle> copies) {
    Article a = stored.article();
    ObjectNode node = JSON.createObjectNode();
    node.put("id", a.id());
    node.put("title", a.title());
    node.put("text", a.text());
    node.put("original", a.original());
    node.put("published", iso(a.published()));
    node.put("precision", a.published() == null ? null : a.published().precision().label());
    node.put("estimated", a.published() != null && a.published().estimated());
    node.put("language", a.language());
    node.put("language_supported", a.languageSupported());
    node.put("duplicate_of", stored.duplicateOf());
    if (stored.duplicate()) {
      node.put("duplicate_similarity", stored.duplicateSimilarity());
    } else {
      node.putNull("duplicate_similarity");
    }
    ArrayNode copyNodes = node.putArray("copies");
    for (StoredArticle c : copies) {
      copyNodes
          .addObject()
          .put("id", c.id())
          .put("similarity", c.duplicateSimilarity())
          .put("source", c.article().source());
    }
    node.put("source", a.source());
    node.put("url", a.url());
    node.put("author", a.author());
    node.put("story", stored.storyId());
    node.put("event", stored.eventId());
    ArrayNode entities = node.putArray("entities");
    for (EntityMention m : stored.analysis().entities()) {
      ObjectNode e = entities.addObject();
      e.put("text", m.text());
      e.put("type", m.type());
      e.put("start", m.start());
      e.put("end", m.end());
      e.put("canonical", m.canonical());
    }
    ArrayNode times = node.putArray("times");
    for (TimeMention m : stored.analysis().times()) {
      ObjectNode t = times.addObject();
      t.put("text", m.text());
      t.put("type", m.type());
      t.put("value", m.value());
      t.put("start", m.start());
      t.put("end", m.end());
    }
    putWhy(node, stored);
    return node;
  }

  /** The "why" object of an article placed by the story engine (none for a copy). */
  private static void putWhy(ObjectNode node, StoredArticle stored) {
    Assignment why = stored.assignment();
    if (why != null) {
      ObjectNode w = node.putObject("why");
      w.put("similarity", why.score());
      w.put("nearest_article", why.nearestArticle());
      w.put("runner_up_story", why.runnerUpStory());
      w.put("runner_up_similarity", why.runnerUpScore());
      if (!why.stories().isEmpty()) {
        // the learned engine's evidence: "similarity" above then holds its probability
        w.put("probability", why.score());
        w.put("story", stored.storyId());
        w.put("event", stored.eventId());
        candidates(w.putArray("stories"), why.stories());
        candidates(w.putArray("events"), why.events());
        if (!why.merged().isEmpty()) {
          // the stories this article showed to be one with the story it joined
          ArrayNode merged = w.putArray("merged");
          why.merged().forEach(merged::add);
          w.put("joined", why.storyId());
        }
      }
    }
  }

  /**
   * A story view asked for by the id of a story since merged into the one shown: says so, with
   * {@code merged_from} (the id asked for) and {@code merged_by} (the article that showed them to
   * be one); unchanged otherwise.
   */
  public static ObjectNode withMergedFrom(ObjectNode view, Story asked) {
    if (asked != null && asked.merged() && !asked.id().equals(view.path("id").asText())) {
      view.put("merged_from", asked.id());
      view.put("merged_by", asked.mergedBy());
    }
    return view;
  }

  /**
   * {@code {"article","story","event","duplicate_of"?,"why":{…}}}: why an article is where it is
   * (the same "why" object as in the article's JSON).
   */
  public static ObjectNode why(StoredArticle stored) {
    ObjectNode node = JSON.createObjectNode();
    node.put("article", stored.id());
    node.put("story", stored.storyId());
    node.put("event", stored.eventId());
    if (stored.duplicate()) {
      node.put("duplicate_of", stored.duplicateOf());
      node.put("duplicate_similarity", stored.duplicateSimilarity());
    }
    putWhy(node, stored);
    return node;
  }

  private static void candidates(ArrayNode array, List<Assignment.Candidate> candidates) {
    for (Assignment.Candidate c : candidates) {
      ObjectNode n = array.addObject();
      n.put("id", c.id());
      n.put("probability", c.probability());
      ObjectNode f = n.putObject("features");
      c.features().forEach(f::put);
    }
  }

  /**
   * {@code {"articles","duplicates","events","stories","last_ingest","languages":{"fr":
   * {"articles","unsupported","supported"},…}}}: {@code unsupported} counts the articles stored
   * while trame was not set to process their language ({@code und}: none could be told).
   */
  public static ObjectNode status(StoreCounts counts) {
    ObjectNode node = JSON.createObjectNode();
    node.put("articles", counts.articles());
    node.put("duplicates", counts.duplicates());
    node.put("events", counts.events());
    node.put("stories", counts.stories());
    node.put("merged_stories", counts.mergedStories());
    node.put("last_ingest", counts.lastIngest() == null ? null : counts.lastIngest().toString());
    ObjectNode languages = node.putObject("languages");
    counts
        .languages()
        .forEach((code, c) ->
            languages
                .putObject(code)
                .put("articles", c.articles())
                .put("unsupported", c.unsupported())
                .put("supported", c.unsupported() == 0));
    return node;
  }

  /** The counts, and what the latest ingest did as {@code "ingest"} (null when none has run). */
  public static ObjectNode status(StoreCounts counts, java.util.Optional<LastIngest> lastIngest) {
    ObjectNode node = status(counts);
    if (lastIngest.isEmpty()) {
      node.putNull("ingest");
      return node;
    }
    LastIngest i = lastIngest.get();
    ObjectNode ingest = node.putObject("ingest");
    ingest.put("started", i.started().toString());
    ingest.put("committed", i.committed().toString());
    ingest.put("finished", i.finished());
    ingest.put("stored", i.stored());
    ingest.put("duplicates", i.duplicates());
    ingest.put("unchanged", i.unchanged());
    ingest.put("rejected", i.rejected());
    ObjectNode kinds = ingest.putObject("rejected_by_kind");
    i.rejectedByKind().forEach(kinds::put);
    return node;
  }

  /**
   * The counts, the latest ingest, and the watched sources as {@code "watch"}: a list of {@code
   * {"source","kind","last_poll","last_success","articles_added","consecutive_failures",
   * "next_poll","last_error","files"}} (null when no watcher ever ran on the store).
   */
  public static ObjectNode status(
      StoreCounts counts,
      java.util.Optional<LastIngest> lastIngest,
      java.util.Optional<org.trame.watch.WatchState> watch) {
    ObjectNode node = status(counts, lastIngest);
    if (watch.isEmpty()) {
      node.putNull("watch");
      return node;
    }
    ArrayNode sources = node.putArray("watch");
    watch
        .get()
        .sources()
        .forEach((key, s) -> {
          ObjectNode source = sources.addObject();
          source.put("source", key);
          source.put("kind", s.kind());
          source.put("last_poll", s.lastPoll() == null ? null : s.lastPoll().toString());
          source.put("last_success", s.lastSuccess() == null ? null : s.lastSuccess().toString());
          source.put("articles_added", s.articlesAdded());
          source.put("consecutive_failures", s.consecutiveFailures());
          source.put("next_poll", s.nextPoll() == null ? null : s.nextPoll().toString());
          source.put("last_error", s.lastError());
          source.put("files", s.files().size());
        });
    return node;
  }

  public static ObjectNode hit(SearchHit hit) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", hit.articleId());
    node.put("title", hit.title());
    node.put("story", hit.storyId());
    node.put("published", hit.published());
    node.put("score", hit.score());
    // plain text: the matches are offsets, so no client ever parses markup out of an article
    node.put("snippet", hit.snippet());
    ArrayNode highlights = node.putArray("highlights");
    hit.highlights().forEach(h -> highlights.addArray().add(h.start()).add(h.end()));
    node.put("source", hit.source());
    node.put("language", hit.language());
    node.put("copies", hit.copies());
    return node;
  }

  /**
   * {@code {"query","sort","offset","limit","total","hits":[hit],"story_total","stories":[{"id",
   * "title","count","hits"}],"facets":{"entities":[{"name","type","count"}],"sources":[{"name",
   * "count"}],"months":[{"month","count"}]}}}; {@code stories} is empty unless grouped by story.
   */
  public static ObjectNode search(SearchRequest request, SearchResult result) {
    ObjectNode root = JSON.createObjectNode();
    root.put("query", request.text());
    root.put("sort", request.sort().label());
    root.put("offset", request.offset());
    root.put("limit", request.limit());
    root.put("total", result.total());
    ArrayNode hits = root.putArray("hits");
    result.hits().forEach(h -> hits.add(hit(h)));
    root.put("story_total", result.storyTotal());
    ArrayNode stories = root.putArray("stories");
    for (SearchResult.StoryHits s : result.stories()) {
      ObjectNode story = stories.addObject();
      story.put("id", s.storyId());
      story.put("title", s.title());
      story.put("count", s.count());
      ArrayNode best = story.putArray("hits");
      s.hits().forEach(h -> best.add(hit(h)));
    }
    ObjectNode facets = root.putObject("facets");
    ArrayNode entities = facets.putArray("entities");
    result
        .facets()
        .entities()
        .forEach(e ->
            entities
                .addObject()
                .put("name", e.name())
                .put("type", e.type())
                .put("count", e.count()));
    ArrayNode sources = facets.putArray("sources");
    result
        .facets()
        .sources()
        .forEach(c -> sources.addObject().put("name", c.value()).put("count", c.count()));
    ArrayNode months = facets.putArray("months");
    result
        .facets()
        .months()
        .forEach(c -> months.addObject().put("month", c.value()).put("count", c.count()));
    return root;
  }

  /**
   * {@code {"name","type","articles","story_total","stories":[{"id","title","first","last",
   * "count"}],"claims":[claim + "story"],"related":[{"name","type","count"}]}}: where an entity
   * appears. {@code count} is how many of the story's articles name it; {@code claims} are the
   * claims of those stories whose subject names it, as {@link #storyView} writes them; {@code
   * related} are the entities named most beside it.
   *
   * @param name the entity as asked for
   * @param found a search for the articles naming it, grouped by story
   * @param views those stories, in the order of {@code found}'s
   */
  public static ObjectNode entity(String name, SearchResult found, List<StoryView> views) {
    String key = folded(name);
    ObjectNode node = JSON.createObjectNode();
    SearchResult.EntityCount self =
        found.facets().entities().stream()
            .filter(e -> folded(e.name()).equals(key))
            .findFirst()
            .orElse(null);
    node.put("name", self == null ? name : self.name());
    node.put("type", self == null ? null : self.type());
    node.put("articles", found.total());
    node.put("story_total", found.storyTotal());
    java.util.Map<String, Long> counts = new java.util.HashMap<>();
    found.stories().forEach(s -> counts.put(s.storyId(), s.count()));
    ArrayNode stories = node.putArray("stories");
    ArrayNode claims = node.putArray("claims");
    for (StoryView view : views) {
      Story s = view.story();
      stories
          .addObject()
          .put("id", s.id())
          .put("title", s.title())
          .put("first", iso(s.first()))
          .put("last", iso(s.last()))
          .put("count", counts.getOrDefault(s.id(), 0L));
      for (com.fasterxml.jackson.databind.JsonNode claim : storyView(view).get("claims")) {
        if (folded(claim.path("subject").asText()).contains(key)) {
          ObjectNode c = claim.deepCopy();
          c.put("story", s.id());
          claims.add(c);
        }
      }
    }
    ArrayNode related = node.putArray("related");
    found.facets().entities().stream()
        .filter(e -> !folded(e.name()).equals(key))
        .forEach(e ->
            related
                .addObject()
                .put("name", e.name())
                .put("type", e.type())
                .put("count", e.count()));
    return node;
  }

  /** Lower case without accents: how entity names are matched, as search matches them. */
  private static String folded(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(java.util.Locale.ROOT)
        .strip();
  }

  /**
   * How many of the story's articles name each entity, most named first (untyped MISC left out).
   */
  private static final int STORY_ENTITIES = 30;

  private static void entities(ArrayNode array, List<StoredArticle> articles, int limit) {
    record Key(String name, String type) {}
    java.util.Map<Key, int[]> counts = new java.util.LinkedHashMap<>();
    for (StoredArticle a : articles) {
      java.util.Set<Key> inArticle = new java.util.HashSet<>();
      for (EntityMention m : a.analysis().entities()) {
        if (m.type().equals("MISC")) {
          continue;
        }
        Key k = new Key(m.canonical(), m.type());
        int[] c = counts.computeIfAbsent(k, x -> new int[2]);
        c[1]++;
        if (inArticle.add(k)) {
          c[0]++;
        }
      }
    }
    counts.entrySet().stream()
        .sorted((x, y) ->
            x.getValue()[0] != y.getValue()[0]
                ? Integer.compare(y.getValue()[0], x.getValue()[0])
                : Integer.compare(y.getValue()[1], x.getValue()[1]))
        .limit(limit)
        .forEach(e -> {
          ObjectNode n = array.addObject();
          n.put("name", e.getKey().name());
          n.put("type", e.getKey().type());
          n.put("articles", e.getValue()[0]);
          n.put("mentions", e.getValue()[1]);
        });
  }

  /**
   * {@code [{"id","title","published","precision","estimated","source","language","duplicate_of"}]}
   * of a story's articles, in its order: enough to list them without one request per article.
   */
  private static void articleDetails(ArrayNode array, List<StoredArticle> articles) {
    for (StoredArticle stored : articles) {
      Article a = stored.article();
      ObjectNode n = array.addObject();
      n.put("id", a.id());
      n.put("title", a.title());
      n.put("published", iso(a.published()));
      n.put("precision", a.published() == null ? null : a.published().precision().label());
      n.put("estimated", a.published() != null && a.published().estimated());
      n.put("source", a.source());
      n.put("language", a.language());
      n.put("duplicate_of", stored.duplicateOf());
    }
  }

  private static String iso(PublishedDate d) {
    return d == null ? null : d.iso();
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  /**
   * {@code {"finished","articles","stories":{"before","after","unchanged","moved"},"events":{…},
   * "merges":[{"story","from":{old id: articles}}],"splits":[{"story","into":{new id: articles}}]}}
   */
  public static ObjectNode recluster(org.trame.Recluster.Report r) {
    ObjectNode node = JSON.createObjectNode();
    node.put("finished", r.finished().toString());
    node.put("articles", r.articles());
    node.set("stories", JSON.valueToTree(r.stories()));
    node.set("events", JSON.valueToTree(r.events()));
    node.set("merges", JSON.valueToTree(r.merges()));
    node.set("splits", JSON.valueToTree(r.splits()));
    return node;
  }
}
