package org.trame.eval.ner;

/**
 * An entity over tokens of a {@link HipeDocument}.
 *
 * @param type PER, ORG, LOC, WORK or TIME (HIPE's pers, org, loc, prod, time)
 * @param first index of its first token
 * @param last index of its last token (inclusive)
 */
public record TokenSpan(String type, int first, int last) {

  boolean overlaps(TokenSpan o) {
    return first <= o.last && o.first <= last;
  }
}
