package org.trame.store.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.trame.store.lucene.FrenchTextAnalyzer;

/**
 * The indices of one OpenSearch store, their settings and mappings. Made by trame, never by hand,
 * and versioned: {@link #FORMAT} is written into each mapping's {@code _meta}, and a store of
 * another format is refused rather than misread.
 */
final class Indices {

  /** 1: articles, clusters (events, stories, states) and meta (commits, journal, writer lock). */
  static final String FORMAT = "os-1";

  static final String ANALYZER = "trame_french";

  final String articles;
  final String clusters;
  final String meta;

  /**
   * Which articles and clusters indices are the store's: 0 for the first, then one more at each
   * recluster, which builds the next generation beside the current one and switches to it in one
   * write of the commit record (OpenSearch cannot rename an index). The meta index stays.
   */
  final long generation;

  Indices(String prefix) {
    this(prefix, 0);
  }

  Indices(String prefix, long generation) {
    String data = generation == 0 ? prefix : generationPrefix(prefix, generation);
    this.articles = data + "-articles";
    this.clusters = data + "-clusters";
    this.meta = prefix + "-meta";
    this.generation = generation;
  }

  /**
   * The prefix under which generation {@code generation} is built, as a store of its own, before
   * the switch: its articles and clusters indices are then generation {@code generation}'s.
   */
  static String generationPrefix(String prefix, long generation) {
    return prefix + "-gen" + generation;
  }

  /**
   * The articles index. Its text is analysed as the embedded store's {@link FrenchTextAnalyzer}
   * analyses it (the same Lucene filters, configured here), so that the two stores weigh, find and
   * cluster alike. It is refreshed by the writer only (at commits, and every few articles): the
   * term statistics that weigh candidates then change when the embedded store's do.
   */
  static ObjectNode articlesDefinition(int shards) {
    ObjectNode root = Connection.object();
    ObjectNode index = root.putObject("settings").putObject("index");
    index.put("number_of_shards", shards);
    index.put("auto_expand_replicas", "0-1");
    index.put("refresh_interval", "-1");
    ObjectNode analysis = index.putObject("analysis");
    ObjectNode filters = analysis.putObject("filter");
    ObjectNode elision = filters.putObject("trame_elision");
    elision.put("type", "elision").put("articles_case", true);
    ArrayNode articles = elision.putArray("articles");
    FrenchTextAnalyzer.elidedArticles().forEach(articles::add);
    ObjectNode stop = filters.putObject("trame_stop");
    stop.put("type", "stop");
    ArrayNode stopwords = stop.putArray("stopwords");
    FrenchTextAnalyzer.stopWordList().forEach(stopwords::add);
    filters.putObject("trame_stem").put("type", "stemmer").put("language", "light_french");
    ObjectNode analyzer = analysis.putObject("analyzer").putObject(ANALYZER);
    analyzer.put("type", "custom").put("tokenizer", "standard");
    analyzer
        .putArray("filter")
        .add("trame_elision")
        .add("lowercase")
        .add("trame_stop")
        .add("asciifolding")
        .add("trame_stem");

    ObjectNode mappings = root.putObject("mappings");
    mappings.put("dynamic", "strict");
    mappings.putObject("_meta").put("trame_format", FORMAT);
    ObjectNode p = mappings.putObject("properties");
    for (String keyword :
        new String[] {
          "id",
          "fingerprint",
          "duplicate_of",
          "band",
          "story",
          "event",
          "language",
          "language_unsupported",
          "source",
          "entity",
          "entity_facet",
          "month"
        }) {
      p.putObject(keyword).put("type", "keyword");
    }
    p.putObject("batch").put("type", "long");
    p.putObject("seq").put("type", "long");
    p.putObject("duplicate").put("type", "boolean");
    p.putObject("estimated").put("type", "boolean");
    p.putObject("published").put("type", "long");
    p.putObject("published_first").put("type", "integer");
    p.putObject("published_last").put("type", "integer");
    p.putObject("published_iso").put("type", "keyword").put("index", false);
    p.putObject("signature").put("type", "binary");
    p.putObject("title").put("type", "text").put("analyzer", ANALYZER);
    // term vectors: the terms and counts of each candidate, read back for its TF-IDF weights,
    // and fast highlighting
    p.putObject("text")
        .put("type", "text")
        .put("analyzer", ANALYZER)
        .put("term_vector", "with_positions_offsets");
    p.putObject("stored").put("type", "object").put("enabled", false);
    return root;
  }

  /** Events, stories and states: documents read by id, or all at once when a writer opens. */
  static ObjectNode clustersDefinition() {
    ObjectNode root = Connection.object();
    ObjectNode index = root.putObject("settings").putObject("index");
    index.put("number_of_shards", 1);
    index.put("auto_expand_replicas", "0-1");
    ObjectNode mappings = root.putObject("mappings");
    mappings.put("dynamic", "strict");
    mappings.putObject("_meta").put("trame_format", FORMAT);
    ObjectNode p = mappings.putObject("properties");
    p.putObject("kind").put("type", "keyword");
    p.putObject("id").put("type", "keyword");
    p.putObject("number").put("type", "long");
    p.set("batch", clusterBatchField());
    p.putObject("json").put("type", "object").put("enabled", false);
    return root;
  }

  /**
   * The batch that last wrote an event or story: a writer that shares the store reads only those
   * written since its last turn. Added to a clusters index made before it (documents without it
   * were written before any writer shared the store).
   */
  static ObjectNode clusterBatchField() {
    ObjectNode field = Connection.object();
    field.put("type", "long");
    return field;
  }

  /** The commit record, the journal of the last commit, and the writer's lock. */
  static ObjectNode metaDefinition() {
    ObjectNode root = Connection.object();
    ObjectNode index = root.putObject("settings").putObject("index");
    index.put("number_of_shards", 1);
    index.put("auto_expand_replicas", "0-1");
    ObjectNode mappings = root.putObject("mappings");
    mappings.put("dynamic", "false");
    mappings.putObject("_meta").put("trame_format", FORMAT);
    ObjectNode p = mappings.putObject("properties");
    p.putObject("kind").put("type", "keyword");
    p.putObject("batch").put("type", "long");
    p.putObject("part").put("type", "integer");
    return root;
  }
}
