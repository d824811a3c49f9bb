package org.trame.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

/**
 * The cheap metadata of a page: what its head, its JSON-LD and a few well-known attributes say.
 * Read before the page is cleaned, since JSON-LD lives in script elements.
 */
record PageMetadata(
    String title,
    String canonicalUrl,
    String siteName,
    String author,
    String language,
    PublishedDate published,
    String jsonLdBody) {

  /** Pages embed JSON-LD written by hand or by templates: be as lenient as the browsers are. */
  private static final JsonMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  /** A JSON-LD block larger than this is not metadata; skip it rather than parse it. */
  private static final int MAX_JSON_LD_CHARS = 2_000_000;

  private static final int MAX_JSON_DEPTH = 24;

  /** Year, then optionally month and day, at the start of an ISO-8601 value. */
  private static final Pattern ISO_DATE =
      Pattern.compile("^\\s*(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?![\\d])");

  static PageMetadata read(Document doc, String url) {
    JsonNode article = jsonLdArticle(doc);
    String title =
        first(
            meta(doc, "og:title"),
            meta(doc, "twitter:title"),
            text(article, "headline"),
            doc.title(),
            firstText(doc, "h1"));
    String canonical =
        first(
            doc.select("link[rel=canonical][href]").stream()
                .map(e -> e.absUrl("href"))
                .filter(s -> !s.isBlank())
                .findFirst()
                .orElse(null),
            meta(doc, "og:url"),
            url);
    String site =
        first(meta(doc, "og:site_name"), name(article == null ? null : article.get("publisher")));
    String author =
        first(
            name(article == null ? null : article.get("author")),
            meta(doc, "author"),
            notUrl(meta(doc, "article:author")),
            firstText(doc, "[rel=author], [itemprop=author] [itemprop=name], .byline-author"));
    String lang = language(doc.selectFirst("html"));
    PublishedDate published =
        firstDate(
            text(article, "datePublished"),
            meta(doc, "article:published_time"),
            meta(doc, "article:published"),
            meta(doc, "datePublished"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "date"),
            meta(doc, "dc.date"),
            meta(doc, "dc.date.issued"),
            attr(doc, "time[itemprop=datePublished][datetime]", "datetime"),
            attr(doc, "time[pubdate][datetime]", "datetime"),
            attr(doc, "time[datetime]", "datetime"));
    String body = text(article, "articleBody");
    return new PageMetadata(title, canonical, site, author, lang, published, body);
  }

  /**
   * Parses the date part of an ISO-8601 value at the precision it is written with. The day is the
   * one written, in the publisher's own offset, not converted to UTC: that is the day readers saw.
   */
  static PublishedDate parseDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    if (!m.find()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (year < 1900 || year > 2200) {
        return null;
      }
      if (m.group(2) == null) {
        return new PublishedDate(LocalDate.of(year, 1, 1), Precision.YEAR, false);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return PublishedDate.month(YearMonth.of(year, month));
      }
      return PublishedDate.day(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static PublishedDate firstDate(String... values) {
    for (String v : values) {
      PublishedDate d = parseDate(v);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String language(Element html) {
    if (html == null) {
      return null;
    }
    String lang = html.attr("lang").strip();
    if (lang.isEmpty()) {
      lang = html.attr("xml:lang").strip();
    }
    if (lang.isEmpty()) {
      return null;
    }
    String primary = lang.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /**
   * The content of the first {@code <meta>} whose property, name or itemprop is KEY, if not blank.
   */
  private static String meta(Document doc, String key) {
    for (Element e : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(e.attr("property"))
          || key.equalsIgnoreCase(e.attr("name"))
          || hasWord(e.attr("itemprop"), key)) {
        String v = e.attr("content").strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  private static boolean hasWord(String words, String word) {
    for (String w : words.split("\\s+")) {
      if (w.equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static String attr(Document doc, String css, String attribute) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.attr(attribute));
  }

  private static String firstText(Document doc, String css) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.text());
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http") ? null : s;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  // ---- JSON-LD

  /**
   * The JSON-LD object that describes the article: the first whose type is an article or a blog
   * post, else the first that has a publication date.
   */
  private static JsonNode jsonLdArticle(Document doc) {
    List<JsonNode> candidates = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (json.isBlank() || json.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      try {
        collect(LENIENT.readTree(json.strip()), candidates, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // a broken block says nothing; the others may still
      }
    }
    JsonNode dated = null;
    for (JsonNode n : candidates) {
      if (isArticleType(n.get("@type"))) {
        return n;
      }
      if (dated == null && n.hasNonNull("datePublished")) {
        dated = n;
      }
    }
    return dated;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > MAX_JSON_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collect(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      if (node.has("datePublished")
          || node.has("articleBody")
          || isArticleType(node.get("@type"))) {
        out.add(node);
      }
      collect(node.get("@graph"), out, depth + 1);
      collect(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) {
          return true;
        }
      }
      return false;
    }
    String t = type.asText("");
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report");
  }

  private static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v != null && v.isValueNode() ? blankToNull(v.asText()) : null;
  }

  /** A person or organisation: a name, an object with a name, or a list of those. */
  private static String name(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isValueNode()) {
      return notUrl(blankToNull(node.asText()));
    }
    if (node.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode n : node) {
        String s = name(n);
        if (s != null && !names.contains(s)) {
          names.add(s);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return name(node.get("name"));
  }
}
