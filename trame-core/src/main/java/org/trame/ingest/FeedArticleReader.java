package org.trame.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jdom2.Attribute;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom feeds, one article an item: its title, link (also its id;
 * else its guid), author, date, and text from the full content ({@code content:encoded}, Atom
 * {@code content}), else the description or summary, HTML turned into paragraphs.
 *
 * <p>The feed streams: the XML is read with StAX, each item is built alone, with the feed's header,
 * into a small document that Rome maps, so memory does not grow with the feed. Dates go through
 * {@link FeedDates} first (Rome gives up on French dates), then Rome's own reading. An item larger
 * than the limit is rejected; XML that breaks off is rejected at the place it breaks, and the items
 * before are kept.
 */
public final class FeedArticleReader implements ArticleReader {

  /** The feed's header (title, link, language...) kept for each item's document, at most. */
  private static final int MAX_HEADER_CHARS = 64_000;

  private static final Set<String> ITEMS = Set.of("item", "entry");

  private static final List<String> DATE_ELEMENTS =
      List.of("pubDate", "published", "issued", "date", "created", "updated", "modified");

  private final long maxItemChars;

  /**
   * @param maxItemChars largest item, in characters of XML content, taken as one article
   */
  public FeedArticleReader(long maxItemChars) {
    this.maxItemChars = maxItemChars;
  }

  @Override
  public void read(InputFile input, InputStream in, ArticleSink sink) throws IOException {
    XMLStreamReader xml;
    try {
      xml = factory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      sink.reject(input.origin(), "not an XML feed: " + describe(e));
      return;
    }
    Walk walk = new Walk(input, sink);
    try {
      walk.feed(xml);
    } catch (XMLStreamException e) {
      if (e.getNestedException() instanceof IOException io
          && !(io instanceof CharConversionException)) {
        // the stream itself failed (gzip cut short): the caller names that; bytes that are not
        // in the feed's encoding are the feed's fault, said below with where they are
        throw io;
      }
      sink.reject(
          input.origin(),
          (walk.root == null ? "not an XML feed: " : "the feed breaks off: ")
              + describe(e)
              + walk.itemsBefore());
    } catch (RuntimeException e) {
      // JDOM refuses names and namespaces StAX lets through (IllegalNameException and kin): the
      // feed's own header is unreadable, as an item's would be (see build)
      sink.reject(input.origin(), "unreadable feed: " + e.getMessage() + walk.itemsBefore());
    } finally {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // nothing left to release
      }
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // no DTDs, no external entities: a feed from anywhere must not read local files (XXE)
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  private static String describe(XMLStreamException e) {
    Location at = e.getLocation();
    String message = e.getMessage() == null ? "" : e.getMessage();
    // the JDK puts the location in the message too: keep the words only
    int words = message.indexOf("Message: ");
    message = words >= 0 ? message.substring(words + 9) : message;
    message = message.length() > 200 ? message.substring(0, 200) + "…" : message;
    return at == null
        ? message
        : "not well-formed XML at line "
            + at.getLineNumber()
            + ", column "
            + at.getColumnNumber()
            + " ("
            + message.strip()
            + ")";
  }

  /** One pass over a feed. */
  private final class Walk {
    final InputFile input;
    final ArticleSink sink;
    Element root;
    Element channel;
    int headerChars;
    int items;
    int whole;

    Walk(InputFile input, ArticleSink sink) {
      this.input = input;
      this.sink = sink;
    }

    /** What was read before a problem that ends the feed, for its message. */
    String itemsBefore() {
      return whole == 0
          ? ""
          : whole == 1
              ? "; the item before was read"
              : "; the " + whole + " items before were read";
    }

    void feed(XMLStreamReader xml) throws XMLStreamException {
      while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
        // prolog
      }
      if (!xml.isStartElement()) {
        sink.reject(input.origin(), "not an XML feed: no root element");
        return;
      }
      root = shallow(xml);
      String name = root.getName();
      if (!name.equals("rss") && !name.equals("feed") && !name.equals("RDF")) {
        sink.reject(
            input.origin(),
            "XML, but not an RSS or Atom feed (its root element is <"
                + root.getQualifiedName()
                + ">)");
        root = null;
        return;
      }
      children(xml, root);
      if (items == 0) {
        sink.reject(input.origin(), "the feed has no items");
      }
    }

    /** The children of {@code parent}, until its end tag. */
    private void children(XMLStreamReader xml, Element parent) throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.END_ELEMENT) {
          return;
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String local = xml.getLocalName();
        if (ITEMS.contains(local)) {
          item(xml, parent);
        } else if (local.equals("channel") && parent == root) {
          channel = shallow(xml);
          root.addContent(channel);
          children(xml, channel);
        } else {
          Element header = build(xml, MAX_HEADER_CHARS - headerChars).element();
          if (header != null) {
            headerChars += header.getValue().length() + 64;
            parent.addContent(header);
          }
        }
      }
    }

    private void item(XMLStreamReader xml, Element parent) throws XMLStreamException {
      int number = ++items;
      String origin = input.origin() + ": item " + number;
      Built built = build(xml, maxItemChars);
      whole++;
      Element item = built.element();
      if (item == null) {
        sink.reject(
            origin,
            built.problem() != null
                ? "unreadable item: " + built.problem()
                : "item too large (more than "
                    + Texts.megabytes(maxItemChars)
                    + " of text), skipped");
        return;
      }
      Element feed = root.clone();
      Element container = parent == root ? feed : feed.getChild("channel", channel.getNamespace());
      container.addContent(item);
      SyndEntry entry;
      SyndFeed synd;
      try {
        synd = new SyndFeedInput().build(new Document(feed));
        if (synd.getEntries().isEmpty()) {
          sink.reject(origin, "an item Rome could not read");
          return;
        }
        entry = synd.getEntries().get(0);
      } catch (FeedException | RuntimeException e) {
        sink.reject(origin, "unreadable item: " + e.getMessage());
        return;
      }
      article(entry, synd, item, number, origin);
    }

    private void article(SyndEntry entry, SyndFeed synd, Element item, int number, String origin) {
      String text = "";
      for (SyndContent content : entry.getContents()) {
        text = textOf(content);
        if (!text.isBlank()) {
          break;
        }
      }
      if (text.isBlank() && entry.getDescription() != null) {
        text = textOf(entry.getDescription());
      }
      if (text.isBlank()) {
        sink.reject(origin, "no text in the item (no content, description or summary)");
        return;
      }
      String link = blankToNull(entry.getLink());
      String guid = blankToNull(entry.getUri());
      String id = link != null ? link : guid != null ? guid : input.id() + "#" + number;
      String title = entry.getTitle() == null ? null : HtmlText.of(entry.getTitle());
      sink.accept(
          new RawArticle(
              id,
              input.source(),
              link != null ? link : guid != null && guid.startsWith("http") ? guid : null,
              blankToNull(title),
              author(entry),
              text,
              published(entry, item),
              language(synd.getLanguage()),
              origin));
    }
  }

  private static String textOf(SyndContent content) {
    String value = content.getValue();
    if (value == null) {
      return "";
    }
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    return type.equals("text") || type.equals("text/plain") ? value.strip() : HtmlText.of(value);
  }

  private static String author(SyndEntry entry) {
    // several Atom authors come as a list, of which getAuthor() gives only the first
    String names =
        entry.getAuthors().stream()
            .map(SyndPerson::getName)
            .filter(n -> n != null && !n.isBlank())
            .map(String::strip)
            .collect(Collectors.joining(", "));
    return names.isEmpty() ? blankToNull(entry.getAuthor()) : names;
  }

  /** The item's own date as written, else Rome's reading of it, on the UTC day. */
  private static PublishedDate published(SyndEntry entry, Element item) {
    for (String name : DATE_ELEMENTS) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name)) {
          PublishedDate date = FeedDates.parse(child.getTextTrim());
          if (date != null) {
            return date;
          }
        }
      }
    }
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (date == null) {
      return null;
    }
    // Rome reads leniently: "01 Feb 2020111" is a date in the year 2020111 to it (found by
    // FeedArticleReaderFuzzTest); such an item is better undated than dated wrong
    LocalDate day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    return FeedDates.plausibleYear(day.getYear()) ? PublishedDate.day(day) : null;
  }

  private static String language(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? primary : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The element the reader stands on, without its content. */
  private static Element shallow(XMLStreamReader xml) {
    Element e = new Element(xml.getLocalName(), namespace(xml.getPrefix(), xml.getNamespaceURI()));
    for (int i = 0; i < xml.getNamespaceCount(); i++) {
      Namespace declared = namespace(xml.getNamespacePrefix(i), xml.getNamespaceURI(i));
      if (!declared.getPrefix().equals(e.getNamespacePrefix())) {
        e.addNamespaceDeclaration(declared);
      }
    }
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      String prefix = xml.getAttributePrefix(i);
      Namespace ns =
          prefix == null || prefix.isEmpty()
              ? Namespace.NO_NAMESPACE
              : namespace(prefix, xml.getAttributeNamespace(i));
      e.setAttribute(new Attribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i), ns));
    }
    return e;
  }

  private static Namespace namespace(String prefix, String uri) {
    String p = prefix == null ? "" : prefix;
    if (p.equals("xml")) {
      return Namespace.XML_NAMESPACE;
    }
    return Namespace.getNamespace(p, uri == null ? "" : uri);
  }

  /**
   * An element read whole, or null with the reason: {@code problem} when JDOM refused a name in it,
   * null when it held too much text.
   */
  private record Built(Element element, String problem) {}

  /**
   * The element the reader stands on, whole; or none, the reader past its end, when it holds more
   * than {@code maxChars} of text or a name JDOM refuses.
   */
  private static Built build(XMLStreamReader xml, long maxChars) throws XMLStreamException {
    Element top;
    try {
      top = shallow(xml);
    } catch (RuntimeException e) {
      skip(xml);
      return new Built(null, String.valueOf(e.getMessage()));
    }
    Element current = top;
    long chars = 0;
    // once set, the rest of the element is only walked through, to its end
    boolean tooLarge = false;
    String problem = null;
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          if (!tooLarge) {
            try {
              Element child = shallow(xml);
              current.addContent(child);
              current = child;
            } catch (RuntimeException e) {
              // an element or attribute name, or a namespace, that JDOM refuses
              tooLarge = true;
              problem = String.valueOf(e.getMessage());
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (!tooLarge && depth > 0) {
            current = current.getParentElement();
          }
        }
        case XMLStreamConstants.CHARACTERS,
            XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE -> {
          if (!tooLarge) {
            String text = xml.getText();
            chars += text.length();
            if (chars > maxChars) {
              tooLarge = true;
            } else {
              try {
                current.addContent(new Text(text));
              } catch (RuntimeException e) {
                // characters JDOM refuses in text
                tooLarge = true;
                problem = String.valueOf(e.getMessage());
              }
            }
          }
        }
        default -> {
          // comments and processing instructions carry no article text
        }
      }
    }
    return tooLarge ? new Built(null, problem) : new Built(top, null);
  }

  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }
}
