package org.trame.app.cli;

import java.util.Locale;
import org.trame.article.PublishedDate;
import org.trame.story.Story;

/** How the command line writes things for people. */
final class Text {

  private Text() {}

  static String storyLine(Story s) {
    return String.format(
        Locale.ROOT,
        "%-6s %-17s %3d article%s %3d event%s  %s",
        s.id(),
        span(s.first(), s.last()),
        s.articleIds().size(),
        s.articleIds().size() == 1 ? " " : "s",
        s.eventIds().size(),
        s.eventIds().size() == 1 ? " " : "s",
        shorten(s.title(), 90));
  }

  static String span(PublishedDate first, PublishedDate last) {
    if (first == null) {
      return "undated";
    }
    if (last == null || last.iso().equals(first.iso())) {
      return first.iso();
    }
    return first.iso() + "→" + last.iso();
  }

  /** A date at its precision, "~" before an estimate, "undated" for none. */
  static String date(PublishedDate d) {
    if (d == null) {
      return "undated";
    }
    return (d.estimated() ? "~" : "") + d.iso();
  }

  /** At most {@code max} characters, cut at a word, with an ellipsis when cut. */
  static String shorten(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    return s.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }
}
