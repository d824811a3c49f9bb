package org.trame.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the first copy of a paragraph that a page repeats (scraped pages often render a block
 * twice). Paragraphs are compared on their letters and digits only; short lines ("Vidéo") are not
 * paragraphs and are left alone. Expects text from {@link NormalizeText}.
 */
public final class DropRepeatedParagraphs implements TextCleaner {

  private static final int MIN_CHARS = 80;

  @Override
  public String clean(String text) {
    Set<String> seen = new HashSet<>();
    StringBuilder out = new StringBuilder(text.length());
    for (String paragraph : text.split("\n\n")) {
      String key = paragraph.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
      if (key.length() >= MIN_CHARS && !seen.add(key)) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(paragraph);
    }
    return out.toString();
  }
}
