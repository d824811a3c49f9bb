package org.trame.claim;

import java.util.ArrayList;
import java.util.List;

/** Cuts a text into sentences, as spans of offsets, so that offsets of mentions still apply. */
final class Sentences {

  /** A sentence: {@code text.substring(start, end)}. */
  record Span(int start, int end) {
    boolean contains(int offset) {
      return offset >= start && offset < end;
    }
  }

  private Sentences() {}

  /**
   * Ends a sentence at a line break, and at {@code .}, {@code !}, {@code ?} or {@code …} followed
   * by a space, unless the word before the point is one letter long (an initial: "J.J. Abrams", "M.
   * Dupont").
   */
  static List<Span> of(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean end = c == '\n';
      if ((c == '.' || c == '!' || c == '?' || c == '…')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        end = c != '.' || !initial(text, i);
      }
      if (end) {
        add(spans, text, start, i + 1);
        start = i + 1;
      }
    }
    add(spans, text, start, text.length());
    return spans;
  }

  private static boolean initial(String text, int point) {
    int i = point - 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return point - 1 - i == 1 && Character.isUpperCase(text.charAt(point - 1));
  }

  private static void add(List<Span> spans, String text, int start, int end) {
    if (!text.substring(start, end).isBlank()) {
      spans.add(new Span(start, end));
    }
  }
}
