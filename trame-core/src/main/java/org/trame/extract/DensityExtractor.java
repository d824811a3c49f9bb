package org.trame.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Main text by text density: the page is cleaned of what is never article text (by tag, and by
 * class or id names such as comments, sharing, related, newsletter, ads, captions, unless that
 * would take most of the prose), each paragraph gives points (for its length and its commas) to the
 * elements around it, and the container with the most points once link text is discounted is the
 * article. It is widened while its parents hold much more prose (long articles come cut into
 * sections), and its paragraphs, headings, list items and quotes are kept in order, less the ones
 * made of links or of site labels and date lines.
 *
 * <p>Markup that says where the article is ({@code itemprop=articleBody}, the longest {@code
 * <article>}) is trusted when it holds enough text and agrees with the density, and the JSON-LD
 * {@code articleBody} is the fallback when the page's own markup gives much less.
 *
 * <p>Work is bounded: pages longer than {@link #MAX_HTML_CHARS} are cut, and every pass over the
 * tree is linear.
 */
public final class DensityExtractor implements Extractor {

  /** Past this, the rest of a page is scripts and markup, not the article; cut it. */
  static final int MAX_HTML_CHARS = 5_000_000;

  /** Deeper than this, a page's elements are replaced by their text ({@link #flattenBelow}). */
  static final int MAX_DEPTH = 512;

  /** A paragraph shorter than this says nothing about where the article is. */
  private static final int MIN_PARAGRAPH_CHARS = 25;

  /** A paragraph this long (non-space characters) and not made of links is surely prose. */
  private static final int MIN_PROSE_CHARS = 100;

  /** Less text than this under a marked-up article element, and the markup is not trusted. */
  private static final int MIN_MARKED_CHARS = 250;

  /** How many levels above the best scored element the container may be. */
  private static final int MAX_WIDENING = 6;

  /** How much more prose an enclosing element must hold to be taken instead. */
  private static final double WIDEN_RATIO = 1.3;

  /** Elements that never hold article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, iframe, svg, canvas, template, object, embed, video, audio, map,"
          + " button, select, input, textarea, dialog, link, meta, figcaption";

  /**
   * Page furniture by tag. A broken page may leave one of these unclosed around the whole article,
   * so they are dropped only while they hold a minor part of the text.
   */
  private static final String FURNITURE =
      "nav, header, footer, aside, form, menu, [role=navigation], [role=complementary],"
          + " [role=banner], [role=contentinfo], [role=dialog], [role=menu]";

  /**
   * Elements hidden from readers. A page captured while a script or a dialog hid the whole content
   * still has its article, so these too go only while they hold a minor part of the text.
   */
  private static final String HIDDEN = "[hidden], [aria-hidden=true]";

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(display\\s*:\\s*none|visibility\\s*:\\s*hidden)", Pattern.CASE_INSENSITIVE);

  /** Class and id words that mean site furniture (matched at the start of a word). */
  private static final List<String> NEGATIVE_STEMS =
      List.of(
          ("comment share sharing social related newsletter sidebar menu footer nav promo recommend subscri popup modal cookie breadcrumb widget outbrain taboola sponsor advert banner masthead trending popular signup disqus paywall byline author toolbar pagination pager skip hidden teaser caption credit gallery slide carousel lightbox")
              .split(" "));

  /**
   * Short class and id words that mean furniture only as whole words ({@code ad}, not {@code add}).
   */
  private static final Set<String> NEGATIVE_WORDS =
      Set.of("ad", "ads", "adv", "dfp", "gpt", "rail", "tags", "tag", "meta", "more", "print");

  /** Class and id words that mean article text. */
  private static final List<String> POSITIVE_STEMS =
      List.of("article", "body", "content", "entry", "main", "post", "story", "text", "prose");

  private static final Set<String> BLOCK_TAGS =
      Set.of(
          ("p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr td th tbody thead figure figcaption hr center address details summary body")
              .split(" "));

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** Blocks that are a site's buttons and labels, whatever the page. */
  private static final Pattern FURNITURE_TEXT =
      Pattern.compile(
          "(?i)(advertisement|advertising|advert|ad|sponsored|share|share this( article| story)?"
              + "|tweet|(previous|next|older|newer)( post| article| story)?|"
              + "email|print|comments?|read more.*|continue reading.*|related( articles| stories)?"
              + "|sign up.*|subscribe.*|follow us.*|click here.*|loading.*|skip to.*|caption|close)"
              + "[.:!]?");

  /**
   * A line that only dates the page: "Updated 5:27 am, November 20, 2019", "AFP, publié le dimanche
   * 24 mai 2020 à 16h15".
   */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?iU)([\\p{L} .-]{0,25},\\s*)?(updated|published|posted|last modified|modified"
              + "|publié|mis à jour|modifié|publicado|actualizado|pubblicato|aggiornato"
              + "|veröffentlicht|aktualisiert)\\b.{0,70}"
              // a bare date, "September 15, 2014", "Tue, 02 Ago 2017", "2019-11-20", "20.11.2019"
              + "|(\\p{L}{2,9}\\.?,?\\s+)?(\\p{L}{3,9}\\.?\\s+\\d{1,2}(st|nd|rd|th)?"
              + "|\\d{1,2}\\.?\\s+\\p{L}{3,9}\\.?),?\\s+\\d{4}([,\\s]+\\d{1,2}[:.]\\d{2}.{0,12})?"
              + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}");

  /**
   * The start of a byline or a date line: "Par Jeanne Morel, publié le…", "By Sam Ortiz |
   * Updated…".
   */
  private static final Pattern BYLINE_START =
      Pattern.compile(
          "(?iU)^(par|by|publié|publiée|posté|mis en ligne|mis à jour|mise à jour|updated"
              + "|published|posted)\\b");

  /** A time of day: "17:27:46", "10h05", "7:53 pm". */
  private static final Pattern CLOCK =
      Pattern.compile("(?i)\\b\\d{1,2}([:h]\\d{2}){0,2}\\s*(am|pm|a\\.m\\.|p\\.m\\.)?(?!\\w)");

  /** Small words between a name and a date: "by", "par", "on", "le". */
  private static final Set<String> CONNECTORS =
      Set.of("by", "par", "de", "du", "on", "at", "le", "la", "à", "et", "and", "von", "am");

  /** How far into a date line its date may start: a name or two and a label. */
  private static final int MAX_BYLINE_LEAD = 70;

  private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");

  @Override
  public Extraction extract(String html, String url) {
    return extractWithDateSource(html, url).extraction();
  }

  /** The same as {@link #extract}, saying where the publication date was read. */
  public DatedExtraction extractWithDateSource(String html, String url) {
    if (html == null || html.isBlank()) {
      return new DatedExtraction(Extraction.empty(url), null);
    }
    try {
      String page = html.length() > MAX_HTML_CHARS ? html.substring(0, MAX_HTML_CHARS) : html;
      Document doc = Jsoup.parse(page, url == null ? "" : url);
      flattenBelow(doc, MAX_DEPTH);
      PageMetadata meta = PageMetadata.read(doc, url);
      String text = mainText(doc, meta);
      return new DatedExtraction(
          new Extraction(
              meta.title(),
              text,
              meta.canonicalUrl(),
              meta.siteName(),
              meta.author(),
              meta.language(),
              meta.published()),
          meta.dateSource());
    } catch (RuntimeException | StackOverflowError e) {
      // the contract is to never throw on a page: one that defeats the parser has no text
      return new DatedExtraction(Extraction.empty(url), null);
    }
  }

  /**
   * Replaces what lies deeper than MAX_DEPTH levels by its text. No page is laid out for reading
   * that deep; a hostile one would make every later walk up the tree long.
   */
  static void flattenBelow(Document doc, int maxDepth) {
    List<Element> deepest = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (depth >= maxDepth && node instanceof Element e && e.childNodeSize() > 0) {
              deepest.add(e);
              return FilterResult.SKIP_CHILDREN;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        doc);
    for (Element e : deepest) {
      String text = e.wholeText();
      e.empty();
      e.appendText(text);
    }
  }

  private static String mainText(Document doc, PageMetadata meta) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    clean(body);
    Map<Element, Stats> stats = Stats.of(body);
    removeFurnitureByName(body, stats);
    stats = Stats.of(body);

    List<Element> containers = containers(body, stats);
    // repeated paragraphs stay: recipes, lists and tables repeat lines on purpose
    List<String> paragraphs = new ArrayList<>();
    for (Element c : containers) {
      paragraphs.addAll(paragraphs(c, meta.title()));
    }
    String text = String.join("\n\n", paragraphs);
    String ld = jsonLdText(meta.jsonLdBody());
    // the JSON-LD body is the publisher's own copy of the text: when the markup gave much less, the
    // markup was read wrong (or the text is loaded by script)
    if (ld.length() >= MIN_MARKED_CHARS && ld.length() > 2 * text.length()) {
      return ld;
    }
    return text;
  }

  // ---- cleaning

  private static void clean(Element body) {
    body.select(NEVER_TEXT).remove();
    Map<Element, Stats> stats = Stats.of(body);
    int total = Math.max(1, stats.get(body).text);
    List<Element> doomed = new ArrayList<>(body.select(FURNITURE + ", " + HIDDEN));
    for (Element e : body.select("[style]")) {
      if (HIDDEN_STYLE.matcher(e.attr("style")).find()) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      Stats s = stats.get(e);
      if (s != null && s.text < 0.4 * total) {
        e.remove();
      }
    }
  }

  /**
   * Removes elements whose class or id names them furniture (comments, sharing, related links…),
   * unless they also name article text, or hold most of the page's text (then the name is about a
   * layout, not about what is inside).
   */
  private static void removeFurnitureByName(Element body, Map<Element, Stats> stats) {
    Stats all = stats.get(body);
    // elements around a marked article body: computed once, not searched again under each element
    Set<Element> aroundMarkedBody = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element marked : body.select("[itemprop=articleBody]")) {
      Element up = marked;
      // each ancestor once: the walk stops where an earlier one already went
      while (up != null && aroundMarkedBody.add(up)) {
        up = up.parent();
      }
    }
    List<Element> doomed = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e) || e == body) {
              return FilterResult.CONTINUE;
            }
            int weight = nameWeight(e);
            if (weight >= 0) {
              return FilterResult.CONTINUE;
            }
            Stats s = stats.get(e);
            if (s == null
                || s.text > 0.4 * all.text && s.prose >= 0.4 * all.prose
                || aroundMarkedBody.contains(e)) {
              return FilterResult.CONTINUE;
            }
            doomed.add(e);
            return FilterResult.SKIP_ENTIRELY;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        body);
    doomed.forEach(Element::remove);
  }

  /** Negative when the class or id says furniture more than article, positive the other way. */
  static int nameWeight(Element e) {
    String names = e.className() + " " + e.id();
    if (names.isBlank()) {
      return 0;
    }
    int negative = 0;
    int positive = 0;
    // split camelCase too: "relatedLinks" is "related links"
    for (String word :
        names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (NEGATIVE_WORDS.contains(word) || startsWithAny(word, NEGATIVE_STEMS)) {
        negative++;
      } else if (startsWithAny(word, POSITIVE_STEMS)) {
        positive++;
      }
    }
    return positive - negative;
  }

  private static boolean startsWithAny(String word, List<String> stems) {
    for (String s : stems) {
      if (word.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  // ---- choosing the container

  private static List<Element> containers(Element body, Map<Element, Stats> stats) {
    Element marked = longest(body.select("[itemprop=articleBody]"), stats);
    if (marked != null && stats.get(marked).text >= MIN_MARKED_CHARS) {
      return List.of(marked);
    }
    Map<Element, Double> scores = score(body, stats);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        top = e.getKey();
      }
    }
    if (top == null) {
      return List.of(body);
    }
    top = widen(top, body, stats);
    top = preferArticle(top, body, stats);
    if (top.normalName().equals("article")) {
      return List.of(top); // the publisher's bounds: what is beside it is not the article
    }
    return withSiblings(top, scores, stats, best);
  }

  /**
   * The publisher's own bounds, the longest {@code <article>}, win over the best scored element
   * when they agree with it (one inside the other, holding much of its text) or when the article
   * holds at least half as much prose: density alone can prefer a long block of site text.
   */
  private static Element preferArticle(Element top, Element body, Map<Element, Stats> stats) {
    Element article = longest(body.select("article"), stats);
    if (article == null || article == top || stats.get(article).text < MIN_MARKED_CHARS) {
      return top;
    }
    Stats a = stats.get(article);
    Stats t = stats.get(top);
    boolean around = top.parents().contains(article);
    boolean inside = article.parents().contains(top);
    if (around && a.prose <= WIDEN_RATIO * t.prose
        || inside && (a.text >= 0.6 * t.text || a.prose >= 0.4 * t.prose)
        || !around && !inside && a.prose >= 0.5 * t.prose) {
      return article;
    }
    return top;
  }

  /**
   * Long articles are often cut into sections (between images, pull quotes, ads), and the best
   * scored one is only part of the text: go up while the enclosing element holds much more prose
   * and is not made of links.
   */
  private static Element widen(Element top, Element body, Map<Element, Stats> stats) {
    Element current = top;
    for (int level = 0; level < MAX_WIDENING && current.parent() != null; level++) {
      Element parent = current.parent();
      Stats up = stats.get(parent);
      Stats here = stats.get(current);
      if (parent == body || up == null || here == null) {
        break;
      }
      if (up.prose > WIDEN_RATIO * here.prose && up.linkDensity() < 0.3) {
        current = parent;
      } else if (up.prose > here.prose) {
        break;
      } else {
        // same prose: a mere wrapper, look one level higher
        current = parent;
      }
    }
    // climbing through wrappers only gains nothing: keep the tightest element with that prose
    Element tight = current;
    while (tight != top && stats.get(tight).prose == stats.get(top).prose) {
      tight =
          tight.children().stream()
              .filter(c -> top == c || top.parents().contains(c))
              .findFirst()
              .orElse(top);
    }
    return tight;
  }

  private static Element longest(Elements elements, Map<Element, Stats> stats) {
    Element best = null;
    int most = -1;
    for (Element e : elements) {
      Stats s = stats.get(e);
      if (s != null && s.text > most) {
        most = s.text;
        best = e;
      }
    }
    return best;
  }

  /**
   * Each paragraph gives its parent its score, its grandparent half and the next two levels less; a
   * container's total is then discounted by the share of its text that is links.
   */
  private static Map<Element, Double> score(Element body, Map<Element, Stats> stats) {
    Map<Element, Double> raw = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      boolean paragraphLike =
          tag.equals("p")
              || tag.equals("pre")
              || tag.equals("td")
              || tag.equals("blockquote")
              || tag.equals("dd")
              || ((tag.equals("div") || tag.equals("section") || tag.equals("article"))
                  && ownTextChars(e) >= MIN_PARAGRAPH_CHARS);
      if (!paragraphLike) {
        continue;
      }
      Stats s = stats.get(e);
      String text = tag.equals("p") || tag.equals("pre") ? e.text() : e.ownText();
      if (text.length() < MIN_PARAGRAPH_CHARS || s == null || s.linkDensity() > 0.5) {
        continue;
      }
      double points = 1 + punctuation(text) + Math.min(text.length() / 100.0, 3);
      Element ancestor = tag.equals("p") || tag.equals("pre") ? e.parent() : e;
      double[] shares = {1, 0.5, 1 / 6.0, 1 / 9.0};
      for (int level = 0; level < shares.length && ancestor != null; level++) {
        raw.merge(ancestor, points * shares[level], Double::sum);
        if (ancestor == body) {
          break;
        }
        ancestor = ancestor.parent();
      }
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Map.Entry<Element, Double> e : raw.entrySet()) {
      Element el = e.getKey();
      Stats s = stats.get(el);
      double base = tagWeight(el) + 25 * Integer.signum(nameWeight(el));
      scores.put(el, (e.getValue() + base) * (1 - (s == null ? 0 : s.linkDensity())));
    }
    return scores;
  }

  private static int punctuation(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  private static int tagWeight(Element e) {
    return switch (e.normalName()) {
      case "article" -> 10;
      case "main" -> 8;
      case "div", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "ol", "ul", "dl", "li", "form" -> -3;
      case "body" -> -5;
      default -> 0;
    };
  }

  private static int ownTextChars(Element e) {
    int n = 0;
    for (TextNode t : e.textNodes()) {
      n += t.text().strip().length();
    }
    return n;
  }

  /**
   * The container and those of its siblings that look like more of the same article: well scored,
   * or plain paragraphs of prose. Articles are often split by ads or images into sibling blocks.
   */
  private static List<Element> withSiblings(
      Element top, Map<Element, Double> scores, Map<Element, Stats> stats, double best) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, best * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double score = scores.getOrDefault(sibling, 0.0);
      if (!sibling.className().isEmpty() && sibling.className().equals(top.className())) {
        score += best * 0.2;
      }
      Stats s = stats.get(sibling);
      if (s == null || s.text == 0) {
        continue;
      }
      boolean prose = false;
      if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        prose =
            (text.length() > 80 && s.linkDensity() < 0.25)
                || (s.linkDensity() == 0 && text.matches("(?s).*[.!?]\\W*$"));
      }
      if (score >= threshold || prose) {
        out.add(sibling);
      }
    }
    return out;
  }

  // ---- emitting the text

  /** A run of text under one block element, with how much of it is link text. */
  private record Block(String tag, String text, int linkChars) {
    double linkDensity() {
      return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    boolean heading() {
      return HEADINGS.contains(tag);
    }
  }

  private static List<String> paragraphs(Element container, String title) {
    List<Block> blocks = blocks(container);
    List<Block> kept = new ArrayList<>();
    String normTitle = title == null ? "" : title.toLowerCase(Locale.ROOT);
    for (Block b : blocks) {
      String t = b.text();
      double ld = b.linkDensity();
      if (ld > 0.5 && b.text().length() - b.linkChars() < 60) {
        continue;
      }
      if (t.length() < 40 && FURNITURE_TEXT.matcher(t).matches()
          || t.length() < 80 && DATE_LINE.matcher(t).matches()
          || isBylineWithDate(t)
          || !HAS_WORD.matcher(t).find()) {
        continue;
      }
      if (b.tag().equals("h1")
          && !normTitle.isEmpty()
          && normTitle.contains(t.toLowerCase(Locale.ROOT))) {
        continue; // the headline is the title, not the text
      }
      kept.add(b);
    }
    // headings with no text after them introduced something that was dropped
    int end = kept.size();
    while (end > 0 && kept.get(end - 1).heading()) {
      end--;
    }
    List<String> out = new ArrayList<>();
    for (Block b : kept.subList(0, end)) {
      out.add(b.text());
    }
    return out;
  }

  /**
   * A short line that names the author or says when, with a date in it, and is no sentence: "Par
   * Jeanne Morel, publié le 12 juillet 2023 à 10h05", "AFP, publié le mardi 2 juin 2020 à 09h07",
   * "By Sam Ortiz | Updated July 3, 2021".
   */
  static boolean isBylineWithDate(String t) {
    if (t.length() >= 160 || t.endsWith(".")) {
      return false;
    }
    List<DateText.Found> dates = DateText.find(t, true);
    if (dates.isEmpty()) {
      return false;
    }
    if (BYLINE_START.matcher(t).find()) {
      return true;
    }
    // a name, then the date called published or updated: "Orange avec AFP, publié le…"
    DateText.Found first = dates.get(0);
    if (first.label() != DateText.Label.NONE && first.start() <= MAX_BYLINE_LEAD) {
      return true;
    }
    // a name and a date only: "Marcus Dela Cruz 2019-11-20 17:27:46"
    StringBuilder rest = new StringBuilder();
    int at = 0;
    for (DateText.Found d : dates) {
      rest.append(t, at, d.start()).append(' ');
      at = d.end();
    }
    rest.append(t.substring(at));
    String[] words = CLOCK.matcher(rest).replaceAll(" ").strip().split("[\\s|•·,-]+");
    if (words.length > 5) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !CONNECTORS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static List<Block> blocks(Element container) {
    List<Block> out = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          final StringBuilder buf = new StringBuilder();
          final ArrayList<String> open = new ArrayList<>();
          int links;
          int linkDepth;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText();
              buf.append(s);
              if (linkDepth > 0) {
                links += SPACES.matcher(s).replaceAll(" ").strip().length();
              }
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("a")) {
                linkDepth++;
              } else if (tag.equals("br")) {
                buf.append('\n');
              } else if (BLOCK_TAGS.contains(tag)) {
                flush();
                open.add(tag);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("a")) {
                linkDepth--;
              } else if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!open.isEmpty()) {
                  open.remove(open.size() - 1);
                }
              }
            }
          }

          void flush() {
            String text = SPACES.matcher(buf).replaceAll(" ").strip();
            if (!text.isEmpty()) {
              String tag = open.isEmpty() ? container.normalName() : open.get(open.size() - 1);
              out.add(new Block(tag, text, Math.min(links, text.length())));
            }
            buf.setLength(0);
            links = 0;
          }
        },
        container);
    return out;
  }

  private static String jsonLdText(String body) {
    if (body == null || body.isBlank()) {
      return "";
    }
    String text = body.contains("<") ? Jsoup.parse(body).body().wholeText() : body;
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\\n\\s*")) {
      String s = SPACES.matcher(p).replaceAll(" ").strip();
      if (!s.isEmpty()) {
        paragraphs.add(s);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  // ---- text statistics

  /** Characters of text under an element, and how many of them are inside links. */
  static final class Stats {
    int text;
    int links;

    /**
     * Characters inside long paragraphs ({@code <p>}) that are not links: prose, as opposed to
     * labels, captions and teasers.
     */
    int prose;

    double linkDensity() {
      return text == 0 ? 0 : (double) links / text;
    }

    /** One pass, bottom up: each element's figures are its children's plus its own text. */
    static Map<Element, Stats> of(Element root) {
      Map<Element, Stats> stats = new IdentityHashMap<>();
      NodeTraversor.traverse(
          new NodeVisitor() {
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
              if (node instanceof Element e) {
                stats.put(e, new Stats());
                if (e.normalName().equals("a")) {
                  linkDepth++;
                }
              } else if (node instanceof TextNode t && node.parent() instanceof Element p) {
                int n = nonSpace(t.getWholeText());
                Stats s = stats.get(p);
                if (s != null) {
                  s.text += n;
                  if (linkDepth > 0) {
                    s.links += n;
                  }
                }
              }
            }

            @Override
            public void tail(Node node, int depth) {
              if (node instanceof Element e) {
                if (e.normalName().equals("a")) {
                  linkDepth--;
                }
                Stats s = stats.get(e);
                if (e.normalName().equals("p")
                    && s.text >= MIN_PROSE_CHARS
                    && s.linkDensity() < 0.3) {
                  s.prose = s.text;
                }
                if (e != root && e.parent() != null) {
                  Stats up = stats.get(e.parent());
                  if (up != null) {
                    up.text += s.text;
                    up.links += s.links;
                    up.prose += s.prose;
                  }
                }
              }
            }
          },
          root);
      return stats;
    }

    private static int nonSpace(String s) {
      int n = 0;
      for (int i = 0; i < s.length(); i++) {
        if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') {
          n++;
        }
      }
      return n;
    }
  }
}
