package org.trame.eval.ner;

import java.util.List;

/**
 * One document of a HIPE-2022 TSV file, rebuilt as text.
 *
 * @param id its {@code hipe2022:document_id}
 * @param text the tokens joined by a space, except after a token marked {@code NoSpaceAfter}
 * @param tokens the words as the file gives them
 * @param starts offset of each token in {@code text}
 * @param sentenceEnds index of the last token of each sentence ({@code EndOfSentence})
 * @param gold the entities of the coarse literal column (NE-COARSE-LIT)
 */
public record HipeDocument(
    String id,
    String text,
    List<String> tokens,
    int[] starts,
    List<Integer> sentenceEnds,
    List<TokenSpan> gold) {

  public HipeDocument {
    tokens = List.copyOf(tokens);
    sentenceEnds = List.copyOf(sentenceEnds);
    gold = List.copyOf(gold);
  }

  public int end(int token) {
    return starts[token] + tokens.get(token).length();
  }

  /**
   * The tokens a character span covers, or -1 when it covers none.
   *
   * @return {first, last} (inclusive)
   */
  public int[] tokensOf(int start, int end) {
    int first = -1;
    int last = -1;
    // binary search for the first token ending after start
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (end(mid) <= start) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (int i = lo; i < tokens.size() && starts[i] < end; i++) {
      if (first < 0) {
        first = i;
      }
      last = i;
    }
    return first < 0 ? null : new int[] {first, last};
  }
}
