package org.trame.eval.ner;

import java.util.ArrayList;
import java.util.List;
import org.trame.analysis.EntityMention;
import org.trame.analysis.EntityTagger;

/** Finds entities in a HIPE document, over its tokens: a tagger of text, or a peer of tokens. */
@FunctionalInterface
public interface DocumentTagger {

  List<TokenSpan> tag(HipeDocument doc);

  /** A tagger of text, whose character spans are mapped back to the tokens they cover. */
  static DocumentTagger of(EntityTagger tagger, String language) {
    return doc -> {
      List<EntityMention> mentions = tagger.tag(doc.text(), language);
      List<TokenSpan> spans = new ArrayList<>(mentions.size());
      for (EntityMention m : mentions) {
        int[] t = doc.tokensOf(m.start(), m.end());
        if (t != null) {
          spans.add(new TokenSpan(m.type(), t[0], t[1]));
        }
      }
      return spans;
    };
  }
}
