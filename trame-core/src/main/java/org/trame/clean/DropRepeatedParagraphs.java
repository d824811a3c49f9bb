package org.trame.clean;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps the first copy of a paragraph that a page repeats (scraped pages often render a block
 * twice). Scraped text marks paragraphs with a line break as often as with a blank line, so each
 * line is a unit; lines are compared on their letters and digits only, and short lines ("Vidéo")
 * are not paragraphs and are left alone. Expects text from {@link NormalizeText}.
 */
public final class DropRepeatedParagraphs implements TextCleaner {

  private static final int MIN_CHARS = 80;

  @Override
  public String clean(String text) {
    Set<String> seen = new HashSet<>();
    StringBuilder out = new StringBuilder(text.length());
    for (String block : text.split("\n\n")) {
      StringBuilder kept = new StringBuilder(block.length());
      for (String line : block.split("\n")) {
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        if (key.length() >= MIN_CHARS && !seen.add(key)) {
          continue;
        }
        if (!kept.isEmpty()) {
          kept.append('\n');
        }
        kept.append(line);
      }
      if (kept.isEmpty()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(kept);
    }
    return out.toString();
  }
}
