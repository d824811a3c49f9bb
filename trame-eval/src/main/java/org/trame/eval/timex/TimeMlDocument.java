package org.trame.eval.timex;

import java.util.List;
import java.util.Objects;
import org.trame.analysis.TimeMention;
import org.trame.article.PublishedDate;

/**
 * One ISO-TimeML document, reduced to what temporal-expression scoring needs.
 *
 * @param id the {@code <DOCID>}, else the file name without its extension
 * @param dct the document creation time, the anchor a tagger resolves relative expressions against
 * @param text the character data of {@code <TEXT>} with every tag removed and entities decoded:
 *     exactly the string a tagger is given, so that gold and system offsets index the same thing
 * @param gold the consuming TIMEX3 of {@code <TEXT>}, in document order, offsets into {@code text}
 *     (Java {@code char} indices, as {@link java.util.regex.Matcher} reports them); the DCT is not
 *     among them
 * @param nonConsuming TIMEX3 of {@code <TEXT>} with no text of their own (ISO-TimeML's implicit
 *     times, e.g. the start point of a duration): left out of {@code gold}, since no tagger can
 *     find a span that is not there, and counted here so that the omission is visible
 */
public record TimeMlDocument(
    String id, PublishedDate dct, String text, List<TimeMention> gold, int nonConsuming) {

  public TimeMlDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dct, "dct");
    Objects.requireNonNull(text, "text");
    gold = List.copyOf(gold);
  }
}
