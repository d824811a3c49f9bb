package org.trame.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an HTML fragment (a feed item's content or summary): one paragraph per block,
 * separated by a blank line, line breaks kept, scripts and styles dropped.
 */
final class HtmlText {

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "header",
          "footer",
          "aside",
          "main",
          "nav",
          "blockquote",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "table",
          "tr",
          "figure",
          "figcaption",
          "hr",
          "address",
          "details",
          "summary",
          "form",
          "fieldset");

  private HtmlText() {}

  static String of(String fragment) {
    if (fragment == null || fragment.isBlank()) {
      return "";
    }
    if (fragment.indexOf('<') < 0) {
      // plain text, perhaps with entities left escaped once more
      return Parser.unescapeEntities(fragment, false).strip();
    }
    Document doc = Jsoup.parseBodyFragment(fragment);
    doc.select("script, style, noscript, iframe, object, embed, svg, template").remove();
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              current.append(text.text());
            } else if (node instanceof Element e) {
              if (e.normalName().equals("br")) {
                current.append('\n');
              } else if (BLOCKS.contains(e.normalName())) {
                flush(current, paragraphs);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              flush(current, paragraphs);
            }
          }
        },
        doc.body());
    flush(current, paragraphs);
    return String.join("\n\n", paragraphs);
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    StringBuilder lines = new StringBuilder();
    for (String line : current.toString().split("\n")) {
      String l = line.replaceAll("[ \\t\\r]+", " ").strip();
      if (!l.isEmpty()) {
        if (!lines.isEmpty()) {
          lines.append('\n');
        }
        lines.append(l);
      }
    }
    if (!lines.isEmpty()) {
      paragraphs.add(lines.toString());
    }
    current.setLength(0);
  }
}
