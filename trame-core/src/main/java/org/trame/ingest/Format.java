package org.trame.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formats trame reads, told by content first: a file's name is only a hint, used when its first
 * bytes do not say (a {@code .jsonl} whose first line is broken is still JSON Lines).
 */
enum Format {
  WARC,
  FEED,
  HTML,
  JSON_LINES,
  TEXT;

  /** How many bytes (after decompression) detection looks at. */
  static final int SNIFF_BYTES = 8192;

  /** Elements, end tags, comments: this many in the first bytes is markup, not prose. */
  private static final int MANY_TAGS = 16;

  private static final Pattern TAG = Pattern.compile("<(?:/?[a-zA-Z][a-zA-Z0-9]*[\\s/>]|!--)");

  private static final Pattern XML_ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

  /**
   * @param head the first bytes of the content, decompressed
   * @param name the file name, lower case, without a {@code .gz} ending
   */
  static Format detect(byte[] head, int length, String name) {
    // Latin-1 keeps one char a byte: markup and magic are ASCII, whatever the encoding
    String start = new String(head, 0, length, StandardCharsets.ISO_8859_1);
    int at = skipBomAndSpace(start, 0);
    if (start.startsWith("WARC/1.", at) || start.startsWith("WARC/0.", at)) {
      return WARC;
    }
    if (start.startsWith("<", at)) {
      Format markup = markup(start, at);
      if (markup != null) {
        return markup;
      }
    }
    if (hasExtension(name, ".warc")) {
      return WARC;
    }
    if (hasExtension(name, ".html", ".htm", ".xhtml", ".shtml")) {
      return HTML;
    }
    if (hasExtension(name, ".xml", ".rss", ".atom", ".rdf")) {
      return FEED;
    }
    if (hasExtension(name, ".jsonl", ".ndjson", ".json")) {
      return JSON_LINES;
    }
    if (!hasExtension(name, ".txt") && start.startsWith("{", at)) {
      return JSON_LINES;
    }
    return manyTags(start) ? HTML : TEXT;
  }

  /** What markup starting at {@code at} is: a feed, a page, or null when it does not say. */
  private static Format markup(String s, int at) {
    int i = at;
    // the prolog: declarations, processing instructions, comments, a doctype
    while (i < s.length() && s.charAt(i) == '<') {
      if (s.startsWith("<?", i)) {
        i = after(s, i, "?>");
      } else if (s.startsWith("<!--", i)) {
        i = after(s, i, "-->");
      } else if (s.regionMatches(true, i, "<!doctype", 0, 9)) {
        if (s.regionMatches(true, skipBomAndSpace(s, i + 9), "html", 0, 4)) {
          return HTML;
        }
        i = after(s, i, ">");
      } else {
        break;
      }
      if (i < 0) {
        return null;
      }
      i = skipBomAndSpace(s, i);
    }
    Matcher root = XML_ROOT.matcher(s).region(i, s.length());
    if (!root.lookingAt()) {
      return null;
    }
    String element = root.group(1);
    String local = element.substring(element.indexOf(':') + 1);
    if (element.equals("rss") || local.equals("feed") || local.equals("RDF")) {
      return FEED;
    }
    String lower = element.toLowerCase(Locale.ROOT);
    if (lower.equals("html") || lower.equals("head") || lower.equals("body")) {
      return HTML;
    }
    // an XML prolog before an unknown root: XML, which only the feed reader can judge
    return s.startsWith("<?xml", at) ? FEED : null;
  }

  private static boolean manyTags(String s) {
    Matcher m = TAG.matcher(s);
    int count = 0;
    while (m.find()) {
      if (++count >= MANY_TAGS) {
        return true;
      }
    }
    return false;
  }

  private static int after(String s, int from, String end) {
    int found = s.indexOf(end, from);
    return found < 0 ? -1 : found + end.length();
  }

  private static int skipBomAndSpace(String s, int from) {
    int i = from;
    if (s.startsWith("\u00EF\u00BB\u00BF", i)) {
      i += 3;
    }
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean hasExtension(String name, String... extensions) {
    for (String e : extensions) {
      if (name.endsWith(e)) {
        return true;
      }
    }
    return false;
  }
}
