package org.trame.eval.timex;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.trame.analysis.TimeMention;
import org.trame.article.PublishedDate;

/**
 * Reads ISO-TimeML ({@code .tml}) files with the JDK's StAX parser: the plain text of {@code
 * <TEXT>}, the span, type and value of each TIMEX3 in it, and the creation time from {@code <DCT>}.
 */
public final class TimeMlReader {

  /** The date part of a DCT value such as {@code 1999-05-17} or {@code 1999-05-17T10:30}. */
  private static final Pattern DCT_DATE = Pattern.compile("^(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)");

  private TimeMlReader() {}

  /**
   * The {@code .tml} files directly in {@code dir}, by name, so that runs are repeatable.
   *
   * @throws IOException when {@code dir} cannot be listed
   */
  public static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p ->
              Files.isRegularFile(p)
                  && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tml"))
          .sorted()
          .toList();
    }
  }

  /**
   * @throws IOException naming the file when it cannot be read, is not well-formed XML, has no
   *     single {@code <TEXT>}, or has no usable creation time
   */
  public static TimeMlDocument read(Path file) throws IOException {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String fallbackId = dot > 0 ? name.substring(0, dot) : name;
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, fallbackId);
    } catch (IOException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * @param fallbackId the id when the document has no {@code <DOCID>}
   * @throws IOException when the XML is not well-formed or not a usable TimeML document
   */
  public static TimeMlDocument read(InputStream in, String fallbackId) throws IOException {
    XMLStreamReader r;
    try {
      r = factory().createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    try {
      return parse(r, fallbackId);
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    } finally {
      try {
        r.close();
      } catch (XMLStreamException e) {
        // closing a reader over a stream we close ourselves: nothing left to release
      }
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    // a DOCTYPE naming a DTD must neither be fetched from the network nor change the text
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    // &amp; and &#233; come back as the characters they stand for, in one text event
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /** A TIMEX3 whose start tag has been read but not yet its end tag. */
  private record Open(String type, String value, int start, boolean creationTime) {}

  private static TimeMlDocument parse(XMLStreamReader r, String fallbackId)
      throws XMLStreamException, IOException {
    StringBuilder text = new StringBuilder();
    List<TimeMention> gold = new ArrayList<>();
    // a stack, so that a TIMEX3 inside another (not valid TimeML, but seen in corpora) still
    // closes against its own start
    Deque<Open> open = new ArrayDeque<>();
    String id = null;
    String dctValue = null;
    int texts = 0;
    int nonConsuming = 0;
    boolean inText = false;
    boolean inDct = false;
    while (r.hasNext()) {
      switch (r.next()) {
        case XMLStreamConstants.START_ELEMENT -> {
          String element = r.getLocalName();
          if (element.equals("TEXT") && !inText) {
            inText = true;
            texts++;
          } else if (element.equals("DCT")) {
            inDct = true;
          } else if (element.equals("DOCID") && !inText && id == null) {
            id = r.getElementText().strip();
          } else if (element.equals("TIMEX3")) {
            boolean creationTime =
                inDct || "CREATION_TIME".equals(r.getAttributeValue(null, "functionInDocument"));
            if (creationTime && dctValue == null) {
              dctValue = r.getAttributeValue(null, "value");
            }
            if (inText) {
              open.push(
                  new Open(
                      r.getAttributeValue(null, "type"),
                      r.getAttributeValue(null, "value"),
                      text.length(),
                      creationTime));
            }
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (inText) {
            text.append(r.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          String element = r.getLocalName();
          if (element.equals("TEXT")) {
            inText = false;
          } else if (element.equals("DCT")) {
            inDct = false;
          } else if (element.equals("TIMEX3") && inText) {
            Open o = open.pop();
            // whitespace at either edge is not part of the expression (TempEval-3 compares
            // tokens): trim it, so that strict matching does not hinge on it
            int start = o.start();
            int end = text.length();
            while (start < end && blank(text.charAt(start))) {
              start++;
            }
            while (end > start && blank(text.charAt(end - 1))) {
              end--;
            }
            // a creation time inside <TEXT> is the anchor, not a mention to find
            if (!o.creationTime()) {
              if (start == end) {
                nonConsuming++;
              } else {
                gold.add(
                    new TimeMention(text.substring(start, end), o.type(), o.value(), start, end));
              }
            }
          }
        }
        default -> {
          // comments, processing instructions, the DTD: not part of the text
        }
      }
    }
    if (texts != 1) {
      throw new IOException(
          texts == 0 ? "no <TEXT> element" : texts + " <TEXT> elements, expected one");
    }
    if (dctValue == null) {
      throw new IOException("no document creation time (<DCT><TIMEX3 value=…/></DCT>)");
    }
    Matcher m = DCT_DATE.matcher(dctValue.strip());
    if (!m.find()) {
      throw new IOException("document creation time is not a date: '" + dctValue + "'");
    }
    // gold mentions sorted by position: nested TIMEX3 close inner first
    gold.sort(
        Comparator.comparingInt(TimeMention::start)
            .thenComparing(TimeMention::end, Comparator.reverseOrder()));
    PublishedDate dct;
    try {
      dct = PublishedDate.parse(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new IOException("document creation time is not a date: '" + dctValue + "'", e);
    }
    return new TimeMlDocument(
        id == null || id.isEmpty() ? fallbackId : id, dct, text.toString(), gold, nonConsuming);
  }

  /** Whitespace, including the no-break spaces of French typography. */
  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
