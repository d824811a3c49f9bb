package org.trame.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.trame.article.PublishedDate;

/**
 * Finds when a page's article was published, trusting first what the publisher declares for
 * machines (JSON-LD, meta tags, microdata), then what the page shows inside the article ({@code
 * <time>}), then its address, then a date written near the headline. A date that sits in a list of
 * other articles (related, most read, teasers) is never taken: see {@link ArticleRegion}.
 */
final class PublicationDates {

  /** A date and where it was read. */
  record Found(PublishedDate date, DateSource source) {}

  /** Meta names and properties that hold the publication date, most specific first. */
  private static final List<String> META_KEYS =
      List.of(
          "article:published_time",
          "og:published_time",
          "og:article:published_time",
          "article:published",
          "article.published",
          "published_time",
          "published-date",
          "publish-date",
          "publish_date",
          "publishdate",
          "publication_date",
          "pubdate",
          "dc.date.issued",
          "dcterms.issued",
          "dc.date.created",
          "dcterms.created",
          "dc.date",
          "dcterms.date",
          "sailthru.date",
          "parsely-pub-date",
          "article_date_original",
          "original-publish-date",
          "cxenseparse:recs:publishtime",
          "citation_publication_date",
          "citation_date",
          "og:pubdate",
          "datepublished",
          "date");

  /** How many candidate elements are looked at, so a page of ten thousand dates stays cheap. */
  private static final int MAX_CANDIDATES = 20;

  /** How much text after the headline may hold its date line. */
  private static final int TEXT_AFTER_HEADLINE = 600;

  private static final int TEXT_BEFORE_HEADLINE = 200;

  /** A line longer than this that holds a date is a sentence, not a date line. */
  private static final int MAX_DATE_LINE = 160;

  /** The same for a date no word calls published or updated. */
  private static final int MAX_BARE_DATE_LINE = 80;

  private static final Pattern URL_DAY =
      Pattern.compile("(?<!\\d)(\\d{4})([/_-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

  private static final Pattern URL_COMPACT_DAY =
      Pattern.compile("(?<![\\d])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![\\d])");

  private static final Pattern URL_MONTH = Pattern.compile("/(\\d{4})/(\\d{1,2})/");

  /** A {@code <time>} showing more text than this is not showing a date. */
  private static final int MAX_SHOWN_TIME_CHARS = 100;

  private static final Pattern UPDATED_NAMES =
      Pattern.compile("(?i)(updated|modified|update|modif|maj)");

  private static final Pattern PUBLISHED_NAMES = Pattern.compile("(?i)(publi|posted|pubdate)");

  private PublicationDates() {}

  /**
   * @param ldArticle the page's JSON-LD article, or null
   * @param metas the page's meta tags, by lower-case name or property (the first of each)
   * @param url the page's address (fetched, else canonical), or null
   * @param dayFirst how the page writes "03/04/2023" ({@link DateText#dayFirst})
   */
  static Found find(
      Document doc,
      JsonNode ldArticle,
      Map<String, String> metas,
      String url,
      Boolean dayFirst,
      ArticleRegion region) {
    PublishedDate d = ldArticle == null ? null : value(ldArticle.get("datePublished"), dayFirst);
    if (d != null) {
      return new Found(d, DateSource.JSON_LD);
    }
    for (String key : META_KEYS) {
      d = DateText.parseValue(metas.get(key), dayFirst);
      if (d != null) {
        return new Found(d, DateSource.META);
      }
    }
    d = microdata(doc, dayFirst, region);
    if (d != null) {
      return new Found(d, DateSource.MICRODATA);
    }
    d = timeElement(doc, dayFirst, region);
    if (d != null) {
      return new Found(d, DateSource.TIME_ELEMENT);
    }
    d = fromUrl(url);
    if (d != null) {
      return new Found(d, DateSource.URL);
    }
    d = nearHeadline(region, dayFirst);
    if (d != null) {
      return new Found(d, DateSource.TEXT);
    }
    return null;
  }

  /** A JSON-LD date: a string, or the first of a list of them. */
  private static PublishedDate value(JsonNode node, Boolean dayFirst) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      return node.isEmpty() ? null : value(node.get(0), dayFirst);
    }
    if (node.isObject()) {
      return value(node.get("@value"), dayFirst);
    }
    return node.isValueNode() ? DateText.parseValue(node.asText(), dayFirst) : null;
  }

  /**
   * {@code itemprop=datePublished}: in the head it speaks for the page; in the body only inside the
   * page's own article.
   */
  private static PublishedDate microdata(Document doc, Boolean dayFirst, ArticleRegion region) {
    int seen = 0;
    for (Element e : doc.select("[itemprop]")) {
      if (!hasWord(e.attr("itemprop"), "datePublished")) {
        continue;
      }
      if (++seen > MAX_CANDIDATES) {
        break;
      }
      boolean inHead = doc.head() != null && e.parents().contains(doc.head());
      if (!inHead && !region.holds(e)) {
        continue;
      }
      String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
      if (value.isBlank()) {
        value = e.text();
      }
      PublishedDate d = DateText.parseValue(value, dayFirst);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The {@code <time>} of the article: one marked as the publication ({@code pubdate}, a class or
   * itemprop that says published) first, else the first one not marked as an update, else the
   * first.
   */
  private static PublishedDate timeElement(Document doc, Boolean dayFirst, ArticleRegion region) {
    PublishedDate plain = null;
    PublishedDate updated = null;
    int seen = 0;
    for (Element t : doc.getElementsByTag("time")) {
      if (++seen > MAX_CANDIDATES) {
        break;
      }
      PublishedDate d = timeValue(t, dayFirst);
      if (d == null || !region.holds(t)) {
        continue;
      }
      String names = t.className() + " " + t.id() + " " + t.attr("itemprop");
      Element parent = t.parent();
      if (parent != null) {
        names += " " + parent.className();
      }
      if (t.hasAttr("pubdate") || PUBLISHED_NAMES.matcher(names).find()) {
        return d;
      }
      if (UPDATED_NAMES.matcher(names).find() || updatedByWords(t)) {
        updated = updated == null ? d : updated;
      } else if (plain == null) {
        plain = d;
      }
    }
    return plain != null ? plain : updated;
  }

  /**
   * The date of a {@code <time>}: the day it shows, if it shows a whole one, else its {@code
   * datetime}. The shown day is the one readers saw, in the publisher's zone; the attribute is
   * often in UTC, with or without saying so ({@code datetime="2019-11-20T00:53:52"} shown as "Nov
   * 19, 2019, 7:53pm EST").
   */
  private static PublishedDate timeValue(Element time, Boolean dayFirst) {
    String shown = time.text();
    List<DateText.Found> found =
        shown.length() > MAX_SHOWN_TIME_CHARS ? List.of() : DateText.find(shown, dayFirst);
    if (!found.isEmpty()) {
      return PublishedDate.day(found.get(0).date());
    }
    return DateText.parseValue(time.attr("datetime"), dayFirst);
  }

  /** "Mis à jour le <time>…": the words just before the element call it an update. */
  private static boolean updatedByWords(Element time) {
    Element parent = time.parent();
    if (parent == null) {
      return false;
    }
    String text = parent.text();
    int at = text.indexOf(time.text());
    String before = at < 0 ? "" : text.substring(Math.max(0, at - 40), at);
    return DateText.label(before) == DateText.Label.UPDATED;
  }

  /** {@code /2023/07/12/}, {@code 2023-07-12}, {@code 20230712}; {@code /2023/07/} is a month. */
  static PublishedDate fromUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String path;
    try {
      path = URI.create(url.strip()).getRawPath();
    } catch (IllegalArgumentException e) {
      path = url;
    }
    if (path == null || path.isEmpty()) {
      return null;
    }
    Matcher m = URL_DAY.matcher(path);
    while (m.find()) {
      var d =
          DateText.day(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)));
      if (d != null) {
        return PublishedDate.day(d);
      }
    }
    m = URL_COMPACT_DAY.matcher(path);
    while (m.find()) {
      var d =
          DateText.day(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (d != null) {
        return PublishedDate.day(d);
      }
    }
    m = URL_MONTH.matcher(path);
    while (m.find()) {
      int year = Integer.parseInt(m.group(1));
      int month = Integer.parseInt(m.group(2));
      if (DateText.plausibleYear(year) && month >= 1 && month <= 12) {
        return PublishedDate.month(java.time.YearMonth.of(year, month));
      }
    }
    return null;
  }

  /** The date line around the headline, the publication preferred over an update. */
  private static PublishedDate nearHeadline(ArticleRegion region, Boolean dayFirst) {
    Element anchor = region.headline;
    if (anchor == null) {
      // no headline: the first words of the article element, if the page has one
      if (region.mainArticle == null) {
        return null;
      }
      DateText.Found f =
          dateLine(ArticleRegion.textFrom(region.mainArticle, TEXT_AFTER_HEADLINE), dayFirst);
      return f == null ? null : PublishedDate.day(f.date());
    }
    DateText.Found f = dateLine(ArticleRegion.textAfter(anchor, TEXT_AFTER_HEADLINE), dayFirst);
    if (f == null || f.label() != DateText.Label.PUBLISHED) {
      DateText.Found above =
          dateLine(ArticleRegion.textBefore(anchor, TEXT_BEFORE_HEADLINE), dayFirst);
      if (above != null && (f == null || above.label().compareTo(f.label()) < 0)) {
        f = above;
      }
    }
    return f == null ? null : PublishedDate.day(f.date());
  }

  /**
   * The publication date among the dates of TEXT that stand on a line of their own: a date line or
   * a byline, not a sentence of the article ("since the zone opened on 1 July 2016…") nor a
   * caption. A date called published or updated may sit in a longer line than a bare one.
   */
  private static DateText.Found dateLine(String text, Boolean dayFirst) {
    List<DateText.Found> found = new ArrayList<>();
    for (DateText.Found f : DateText.find(text, dayFirst)) {
      int from = text.lastIndexOf('\n', f.start()) + 1;
      int to = text.indexOf('\n', f.end());
      int line = text.substring(from, to < 0 ? text.length() : to).strip().length();
      if (line <= (f.label() == DateText.Label.NONE ? MAX_BARE_DATE_LINE : MAX_DATE_LINE)) {
        found.add(f);
      }
    }
    return DateText.publication(found);
  }

  static boolean hasWord(String words, String word) {
    for (String w : words.split("\\s+")) {
      if (w.equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }
}
