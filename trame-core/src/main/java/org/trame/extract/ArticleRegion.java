package org.trame.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Where a page's own article is, as opposed to the lists of other articles around it (related, most
 * read, teasers, recommendations), whose dates and bylines are not this article's. Decided by the
 * elements around a candidate and by how much of its block is links.
 */
final class ArticleRegion {

  /** Climbing further than this above a candidate looks at the page, not at the candidate. */
  private static final int MAX_ANCESTORS = 200;

  /** A block with fewer characters than this says nothing yet: look at the one around it. */
  private static final int MIN_BLOCK_CHARS = 30;

  private static final int MAX_BLOCK_LEVELS = 6;

  /** A link this long (non-space characters) is a headline, not a name or a section. */
  private static final int MIN_HEADLINE_LINK_CHARS = 20;

  /** How many article elements are weighed to find the main one. */
  private static final int MAX_ARTICLES = 50;

  private static final Set<String> FURNITURE_TAGS =
      Set.of("aside", "nav", "footer", "menu", "form", "figcaption");

  private static final Set<String> FURNITURE_ROLES =
      Set.of("complementary", "navigation", "contentinfo", "menu", "banner");

  /**
   * Class and id words of the lists of other articles, and of the site around the article (matched
   * at the start of a word: "related-posts", "teaserList").
   */
  private static final List<String> LIST_STEMS =
      List.of(
          ("related recommend teaser popular trending outbrain taboola sidebar widget promo similar suggest carousel slider connexe autres mostread lesplus breadcrumb comment newsletter sponsor masthead topbar")
              .split(" "));

  private static final Pattern FOOTER_NAME = Pattern.compile("(?i)footer");

  /** Two-word names of such lists. */
  private static final List<String> LIST_PAIRS =
      List.of("most-read", "plus-lus", "site-header", "read-next", "up-next", "lire-aussi");

  private static final Set<String> NEGATIONS = Set.of("no", "non", "not", "without", "sans");

  /** Short words that name such lists only as whole words. */
  private static final Set<String> LIST_WORDS =
      Set.of("more", "also", "aussi", "next", "rail", "feed", "nav", "menu", "aside");

  /** Elements whose words are not the article's date line. */
  private static final Set<String> SKIPPED_IN_TEXT =
      Set.of("a", "script", "style", "noscript", "figure", "picture", "template", "select");

  /** Class and id words of pictures and their captions, whose dates are the picture's. */
  private static final List<String> MEDIA_STEMS =
      List.of(
          "caption", "legend", "credit", "photo", "diapo", "gallery", "slide", "media", "image");

  /** Elements whose surroundings are the page, not the article. */
  private static final Set<String> CONTAINERS = Set.of("article", "main", "body");

  private static final Set<String> BLOCK_TAGS =
      Set.of("li", "article", "div", "section", "td", "dd", "p", "header", "tr");

  /** The page's headline: the first {@code <h1>} outside furniture. */
  final Element headline;

  /**
   * The {@code <article>} that is this page's article: the one holding the headline, else the one
   * with the most text; null when the page has none.
   */
  final Element mainArticle;

  private ArticleRegion(Element headline, Element mainArticle) {
    this.headline = headline;
    this.mainArticle = mainArticle;
  }

  /**
   * @param title what the page's metadata calls it ({@code og:title}, {@code <title>}), or null:
   *     the headline is the {@code <h1>} that matches it, since many sites put their logo in an h1
   */
  static ArticleRegion of(Document doc, String title) {
    Element headline = null;
    Element firstH1 = null;
    String wanted = title == null ? "" : squash(title);
    for (Element h1 : doc.getElementsByTag("h1")) {
      String text = squash(h1.text());
      if (text.isEmpty() || inFurniture(h1)) {
        continue;
      }
      if (firstH1 == null) {
        firstH1 = h1;
      }
      if (!wanted.isEmpty()
          && text.length() >= 8
          && (wanted.contains(text) || text.contains(wanted))) {
        headline = h1;
        break;
      }
    }
    if (headline == null) {
      headline = firstH1;
    }
    Element main = headline == null ? null : closest(headline, "article");
    if (main == null) {
      int most = 0;
      int seen = 0;
      for (Element a : doc.getElementsByTag("article")) {
        if (++seen > MAX_ARTICLES) {
          break;
        }
        int chars = a.text().length();
        if (chars > most && !inFurniture(a)) {
          most = chars;
          main = a;
        }
      }
    }
    return new ArticleRegion(headline, main);
  }

  /**
   * Whether E belongs to this page's article: not inside furniture or a list of other articles, not
   * inside another {@code <article>}, not a link, and not in a block made mostly of links.
   */
  boolean holds(Element e) {
    if (inFurniture(e)) {
      return false;
    }
    Element article = closest(e, "article");
    if (article != null && mainArticle != null && article != mainArticle) {
      return false;
    }
    if (closest(e, "a") != null) {
      return false;
    }
    Element block = e;
    for (int level = 0; level < MAX_BLOCK_LEVELS && block != null; level++) {
      if (BLOCK_TAGS.contains(block.normalName())) {
        int chars = nonSpace(block.text());
        if (chars >= MIN_BLOCK_CHARS) {
          return !madeOfLinks(block, chars);
        }
      }
      block = block.parent();
    }
    return true;
  }

  /** Whether an ancestor of E (or E) is page furniture or a list of other articles. */
  static boolean inFurniture(Element e) {
    Element current = e;
    for (int level = 0; level < MAX_ANCESTORS && current != null; level++) {
      String tag = current.normalName();
      if (tag.equals("body") || tag.equals("html")) {
        return false;
      }
      boolean footer = tag.equals("footer") || FOOTER_NAME.matcher(current.className()).find();
      if (footer && !isArticleFooter(current)
          || FURNITURE_TAGS.contains(tag) && !footer
          || FURNITURE_ROLES.contains(current.attr("role").toLowerCase(Locale.ROOT))
          || namesAList(current)
          || tag.equals("header") && isPageBanner(current)) {
        return true;
      }
      current = current.parent();
    }
    return false;
  }

  /**
   * The footer of an article says who wrote it and when; the page's footer, outside any article,
   * does not.
   */
  private static boolean isArticleFooter(Element footer) {
    Element parent = footer.parent();
    return parent != null && closest(parent, "article") != null;
  }

  /** The site's own header, outside any article: it shows today's date, not the article's. */
  private static boolean isPageBanner(Element header) {
    return closest(header, "article") == null
        && closest(header, "main") == null
        && header.getElementsByTag("h1").isEmpty();
  }

  private static boolean namesAList(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return false;
    }
    String[] parts =
        names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (part.isEmpty() || i > 0 && NEGATIONS.contains(parts[i - 1])) {
        continue; // "no-promo", "non-ad": a modifier that says what the element is not
      }
      if (LIST_WORDS.contains(part)) {
        return true;
      }
      for (String stem : LIST_STEMS) {
        if (part.startsWith(stem)) {
          return true;
        }
      }
    }
    // names that need two words: "most-read", "les-plus-lus", "site-header"
    String joined = String.join("-", parts);
    for (String pair : LIST_PAIRS) {
      if (joined.contains(pair)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesMedia(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    for (String stem : MEDIA_STEMS) {
      if (names.contains(stem)) {
        return true;
      }
    }
    return false;
  }

  /** The nearest element named TAG around E (E included), or null. */
  static Element closest(Element e, String tag) {
    Element current = e;
    for (int level = 0; level < MAX_ANCESTORS && current != null; level++) {
      if (current.normalName().equals(tag)) {
        return current;
      }
      current = current.parent();
    }
    return null;
  }

  /**
   * A teaser: mostly links, one of them as long as a headline. A byline is often half links too
   * (the author's page, the section), but short ones.
   */
  private static boolean madeOfLinks(Element block, int chars) {
    int links = 0;
    int longest = 0;
    for (Element a : block.getElementsByTag("a")) {
      if (closest(a.parent(), "a") == null) {
        int n = nonSpace(a.text());
        links += n;
        longest = Math.max(longest, n);
      }
    }
    return links > 0.8 * chars || links > 0.5 * chars && longest >= MIN_HEADLINE_LINK_CHARS;
  }

  private static int linkChars(Element block) {
    int n = 0;
    for (Element a : block.getElementsByTag("a")) {
      if (closest(a.parent(), "a") == null) { // a link inside a link counts once
        n += nonSpace(a.text());
      }
    }
    return n;
  }

  /**
   * The text of the nodes that follow E in document order, up to LIMIT characters, skipping links
   * and furniture. The words right after a headline: where its byline and date are written.
   */
  static String textAfter(Element e, int limit) {
    return text(nextSkippingChildren(e), limit);
  }

  /** The same as {@link #textAfter}, from the start of E's own text. */
  static String textFrom(Element e, int limit) {
    return text(e, limit);
  }

  private static String text(Node start, int limit) {
    StringBuilder out = new StringBuilder();
    Node node = start;
    while (node != null && out.length() < limit) {
      if (node instanceof Element el
          && (SKIPPED_IN_TEXT.contains(el.normalName())
              || FURNITURE_TAGS.contains(el.normalName())
              || namesAList(el)
              || namesMedia(el))) {
        node = nextSkippingChildren(node);
        continue;
      }
      if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
        out.append('\n');
      }
      if (node instanceof TextNode t) {
        out.append(t.text());
      }
      node = next(node);
    }
    return out.length() > limit ? out.substring(0, limit) : out.toString();
  }

  /**
   * The text of up to LIMIT characters of what comes just before E within its parent and
   * grandparent: a kicker or a date line above the headline.
   */
  static String textBefore(Element e, int limit) {
    StringBuilder out = new StringBuilder();
    Element current = e;
    for (int level = 0; level < 2 && current != null; level++) {
      // beside the article's own container is the page: its dates are not the article's
      if (CONTAINERS.contains(current.normalName())) {
        break;
      }
      for (Element sibling = current.previousElementSibling();
          sibling != null && out.length() < limit;
          sibling = sibling.previousElementSibling()) {
        String text = sibling.text();
        if (!namesAList(sibling)
            && !FURNITURE_TAGS.contains(sibling.normalName())
            && !(sibling.normalName().equals("header") && isPageBanner(sibling))
            && linkChars(sibling) <= 0.3 * nonSpace(text)) {
          out.insert(0, text + "\n");
        }
      }
      current = current.parent();
    }
    return out.length() > limit ? out.substring(out.length() - limit) : out.toString();
  }

  /** The next node in document order, children first. */
  private static Node next(Node node) {
    if (node.childNodeSize() > 0) {
      return node.childNode(0);
    }
    return nextSkippingChildren(node);
  }

  /** The next node in document order after NODE and all its children. */
  private static Node nextSkippingChildren(Node node) {
    Node current = node;
    while (current != null) {
      Node sibling = current.nextSibling();
      if (sibling != null) {
        return sibling;
      }
      current = current.parentNode();
    }
    return null;
  }

  /** Lower case, letters and digits only: "Storm: the pier closes" is "stormthepiercloses". */
  private static String squash(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
        n++;
      }
    }
    return n;
  }
}
