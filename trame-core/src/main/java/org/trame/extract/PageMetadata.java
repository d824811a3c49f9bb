package org.trame.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.trame.article.PublishedDate;

/**
 * The metadata of a page: what its head, its JSON-LD, its microdata and its byline say, and its
 * publication date ({@link PublicationDates}). Read before the page is cleaned, since JSON-LD lives
 * in script elements and dates in the furniture that cleaning removes.
 */
record PageMetadata(
    String title,
    String canonicalUrl,
    String siteName,
    String author,
    String language,
    PublishedDate published,
    DateSource dateSource,
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

  /** A byline longer than this is a sentence or a block of furniture, not names. */
  private static final int MAX_BYLINE_CHARS = 80;

  /** How many byline candidates are looked at. */
  private static final int MAX_BYLINES = 10;

  /**
   * Between a headline and the site's name in a page title: "Headline | Site", "Site - Headline".
   */
  private static final Pattern TITLE_SEPARATOR =
      Pattern.compile("\\s+[|\\-–—:·•»/]+\\s+|\\s*[|·•»]\\s*");

  /** The word before the names in a byline. */
  private static final Pattern BYLINE_LEAD =
      Pattern.compile(
          "(?iU)^(par|de|by|written by|auteur|auteurs|author|authors|texte|source|propos"
              + " recueillis par)\\s*:?\\s+");

  /** Where a byline goes on to something else: a date, a role, a separator. */
  private static final Pattern BYLINE_END =
      Pattern.compile(
          "(?iU)(\\s*[|•·]|,?\\s+(publié|mis à jour|le \\d|updated|published|posted|on \\p{L}+"
              + " \\d)|\\s+\\d{1,2}[ /.]|\\s*\\n).*$",
          Pattern.DOTALL);

  static PageMetadata read(Document doc, String url) {
    List<JsonNode> ld = jsonLd(doc);
    JsonNode article = jsonLdArticle(ld);
    Map<String, String> metas = metas(doc);
    ArticleRegion region =
        ArticleRegion.of(
            doc,
            first(
                metas.get("og:title"),
                metas.get("twitter:title"),
                text(article, "headline"),
                doc.title()));
    String site =
        first(
            metas.get("og:site_name"),
            name(article == null ? null : article.get("publisher")),
            metas.get("application-name"),
            siteFromLd(ld));
    String headline = region.headline == null ? null : blankToNull(region.headline.text());
    String title =
        withoutSiteName(
            first(
                metas.get("og:title"),
                metas.get("twitter:title"),
                text(article, "headline"),
                doc.title(),
                headline),
            site,
            headline);
    String canonical =
        first(
            doc.select("link[rel=canonical][href]").stream()
                .map(e -> e.absUrl("href"))
                .filter(s -> !s.isBlank())
                .findFirst()
                .orElse(null),
            metas.get("og:url"),
            url);
    String author = notSite(author(article, metas, doc, region), site);
    String lang = language(doc.selectFirst("html"), metas);
    String rawLang = rawLanguage(doc.selectFirst("html"), metas);
    String where = url == null || url.isBlank() || !url.contains("/") ? canonical : url;
    PublicationDates.Found date =
        PublicationDates.find(doc, article, metas, where, DateText.dayFirst(rawLang), region);
    String body = text(article, "articleBody");
    return new PageMetadata(
        title,
        canonical,
        site,
        author,
        lang,
        date == null ? null : date.date(),
        date == null ? null : date.source(),
        body);
  }

  /**
   * Parses the date part of an ISO-8601 value at the precision it is written with. The day is the
   * one written, in the publisher's own offset, not converted to UTC: that is the day readers saw.
   */
  static PublishedDate parseDate(String value) {
    return DateText.parseValue(value, null);
  }

  // ---- title

  /**
   * The title less the site's name that pages add to it ("Headline | Site", "Site - Headline").
   * When the site's name is unknown, the headline of the page tells which part to keep.
   */
  static String withoutSiteName(String title, String site, String headline) {
    if (title == null) {
      return null;
    }
    Matcher m = TITLE_SEPARATOR.matcher(title);
    List<int[]> cuts = new ArrayList<>();
    while (m.find()) {
      cuts.add(new int[] {m.start(), m.end()});
    }
    if (cuts.isEmpty()) {
      return title;
    }
    String normSite = site == null ? null : normalize(site);
    String normHeadline = headline == null ? null : normalize(headline);
    int[] last = cuts.get(cuts.size() - 1);
    int[] firstCut = cuts.get(0);
    String tail = title.substring(last[1]);
    String head = title.substring(0, firstCut[0]);
    if (normSite != null && !normSite.isEmpty()) {
      if (sameName(normalize(tail), normSite)) {
        return title.substring(0, last[0]).strip();
      }
      if (sameName(normalize(head), normSite)) {
        return title.substring(firstCut[1]).strip();
      }
    }
    if (normHeadline != null && !normHeadline.isEmpty()) {
      String beforeLast = title.substring(0, last[0]).strip();
      String afterFirst = title.substring(firstCut[1]).strip();
      if (normalize(beforeLast).equals(normHeadline)) {
        return beforeLast;
      }
      if (normalize(afterFirst).equals(normHeadline)) {
        return afterFirst;
      }
    }
    return title;
  }

  /** "Le Monde.fr" is "Le Monde"; "lemonde.fr" too. */
  private static boolean sameName(String part, String site) {
    if (part.isEmpty()) {
      return false;
    }
    String a = part.replaceAll("\\.(fr|com|net|org|co\\.uk|be|ch|ca)$", "").replace(" ", "");
    String b = site.replaceAll("\\.(fr|com|net|org|co\\.uk|be|ch|ca)$", "").replace(" ", "");
    return a.equals(b) || a.length() >= 4 && (b.startsWith(a) || a.startsWith(b));
  }

  private static String normalize(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  // ---- author

  private static String author(
      JsonNode article, Map<String, String> metas, Document doc, ArticleRegion region) {
    String declared =
        first(
            name(article == null ? null : article.get("author")),
            name(article == null ? null : article.get("creator")),
            byline(metas.get("author")),
            byline(metas.get("article:author")),
            byline(metas.get("parsely-author")),
            byline(metas.get("sailthru.author")),
            byline(metas.get("dc.creator")),
            byline(metas.get("dcterms.creator")),
            byline(metas.get("byl")));
    if (declared != null) {
      return declared;
    }
    int seen = 0;
    for (Element e :
        doc.select(
            "[itemprop~=(?i)^author$], [rel=author], .byline, .byline-author, .author, .auteur,"
                + " .article-author, .post-author, .signature, [class*=byline]")) {
      if (++seen > MAX_BYLINES) {
        break;
      }
      if (!region.holds(e) && ArticleRegion.inFurniture(e)) {
        continue;
      }
      Element named = e.selectFirst("[itemprop=name]");
      String candidate =
          named != null
              ? named.hasAttr("content") ? named.attr("content") : named.text()
              : e.hasAttr("content") ? e.attr("content") : e.text();
      String name = byline(candidate);
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /** The names of a byline: "Par Jeanne Dupont, publié le…" is "Jeanne Dupont". */
  static String byline(String text) {
    if (text == null) {
      return null;
    }
    String s = text.strip();
    s = BYLINE_LEAD.matcher(s).replaceFirst("");
    s = BYLINE_END.matcher(s).replaceFirst("").strip();
    s = s.replaceAll("[,;:]+$", "").strip();
    if (s.isEmpty()
        || s.length() > MAX_BYLINE_CHARS
        || !s.matches("(?sU).*\\p{L}.*")
        || s.startsWith("http")
        || s.contains("@")) {
      return null;
    }
    return s;
  }

  private static String notSite(String author, String site) {
    return author != null && site != null && author.equalsIgnoreCase(site) ? null : author;
  }

  /** The primary language subtag: {@code <html lang>}, else {@code og:locale}, else the meta. */
  private static String language(Element html, Map<String, String> metas) {
    String tag = rawLanguage(html, metas);
    if (tag == null) {
      return null;
    }
    String primary = tag.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  /** The language tag as the page writes it ({@code fr-FR}, {@code en_US}), or null. */
  private static String rawLanguage(Element html, Map<String, String> metas) {
    String lang = html == null ? "" : html.attr("lang").strip();
    if (lang.isEmpty() && html != null) {
      lang = html.attr("xml:lang").strip();
    }
    if (lang.isEmpty()) {
      lang = first(metas.get("og:locale"), metas.get("content-language"), metas.get("language"));
      // "fr, en" in content-language: the first is the page's
      lang = lang == null ? "" : lang.split("[,;\\s]", 2)[0];
    }
    return lang.isEmpty() || !lang.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*") ? null : lang;
  }

  /**
   * The page's meta tags by lower-case name, property or http-equiv; the first non-blank value of
   * each wins.
   */
  private static Map<String, String> metas(Document doc) {
    Map<String, String> out = new HashMap<>();
    for (Element e : doc.getElementsByTag("meta")) {
      String v = e.attr("content").strip();
      if (v.isEmpty()) {
        continue;
      }
      for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("http-equiv")}) {
        if (!key.isBlank()) {
          out.putIfAbsent(key.strip().toLowerCase(Locale.ROOT), v);
        }
      }
    }
    return out;
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

  /** The objects of the page's JSON-LD blocks, {@code @graph} and {@code mainEntity} opened. */
  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data();
      if (json.isBlank() || json.length() > MAX_JSON_LD_CHARS) {
        continue;
      }
      try {
        collect(LENIENT.readTree(json.strip()), nodes, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // a broken block says nothing; the others may still
      }
    }
    return nodes;
  }

  /**
   * The JSON-LD object that describes the article: the first whose type is an article or a blog
   * post, else the first that has a publication date.
   */
  private static JsonNode jsonLdArticle(List<JsonNode> nodes) {
    JsonNode dated = null;
    for (JsonNode n : nodes) {
      if (isArticleType(n.get("@type"))) {
        return n;
      }
      if (dated == null && n.hasNonNull("datePublished")) {
        dated = n;
      }
    }
    return dated;
  }

  /** The name of the JSON-LD {@code WebSite}, or of the {@code Organization}, if any. */
  private static String siteFromLd(List<JsonNode> nodes) {
    String organization = null;
    for (JsonNode n : nodes) {
      String type = n.path("@type").asText("");
      if (type.equals("WebSite")) {
        String name = text(n, "name");
        if (name != null) {
          return name;
        }
      } else if (organization == null
          && (type.equals("Organization") || type.equals("NewsMediaOrganization"))) {
        organization = text(n, "name");
      }
    }
    return organization;
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
      out.add(node);
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
    return name(node, 0);
  }

  private static String name(JsonNode node, int depth) {
    if (node == null || node.isNull() || depth > MAX_JSON_DEPTH) {
      return null;
    }
    if (node.isValueNode()) {
      return notUrl(blankToNull(node.asText()));
    }
    if (node.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode n : node) {
        String s = name(n, depth + 1);
        if (s != null && !names.contains(s)) {
          names.add(s);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return name(node.get("name"), depth + 1);
  }
}
