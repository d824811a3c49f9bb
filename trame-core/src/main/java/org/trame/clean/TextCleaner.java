package org.trame.clean;

import java.util.List;

/**
 * One small step of text cleaning. Steps compose, as Lucene's token filters do: {@code
 * TextCleaner.chain(new NormalizeWhitespace(), new DropRepeatedParagraphs())}.
 */
@FunctionalInterface
public interface TextCleaner {

  String clean(String text);

  /** The steps applied in order. */
  static TextCleaner chain(TextCleaner... steps) {
    List<TextCleaner> list = List.of(steps);
    return text -> {
      String out = text;
      for (TextCleaner step : list) {
        out = step.clean(out);
      }
      return out;
    };
  }
}
