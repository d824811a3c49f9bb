package org.trame.story;

import java.util.Arrays;
import java.util.List;
import org.trame.analysis.EntityMention;
import org.trame.analysis.ner.NameAliases;
import org.trame.article.PublishedDate;

/**
 * What the story engine compares of a new article: its term weights, the entities it names, its
 * date. Entities are the bridge between languages, since names are mostly written alike.
 *
 * @param normalizedWeights term weights, L2-normalized
 * @param entities keys of the canonical names it mentions ({@link #entityKey}) and of the months
 *     its dates name, ascending, distinct
 * @param published its publication date, or null
 */
public record ArticleSignals(
    TermWeights normalizedWeights, long[] entities, PublishedDate published) {

  public static ArticleSignals of(
      TermWeights weights, List<EntityMention> mentions, PublishedDate published) {
    long[] keys =
        mentions.stream()
            .map(EntityMention::canonical)
            .mapToLong(ArticleSignals::entityKey)
            .filter(k -> k != 0)
            .distinct()
            .sorted()
            .toArray();
    return new ArticleSignals(weights, keys, published);
  }

  /**
   * A canonical name folded (case, accents and punctuation ignored: "Ingrid Bétancourt" is "ingrid
   * betancourt"), one for all its French and English aliases ({@link NameAliases}: "Norway" is
   * "norvege"), and hashed to 64 bits; 0 for a name with no letter or digit.
   */
  public static long entityKey(String canonical) {
    String folded = NameAliases.standard().key(canonical);
    if (folded.isEmpty()) {
      return 0;
    }
    // FNV-1a, 64 bits
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < folded.length(); i++) {
      h ^= folded.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleSignals s
        && normalizedWeights.equals(s.normalizedWeights)
        && Arrays.equals(entities, s.entities)
        && java.util.Objects.equals(published, s.published);
  }

  @Override
  public int hashCode() {
    return normalizedWeights.hashCode() * 31 + Arrays.hashCode(entities);
  }

  @Override
  public String toString() {
    return "ArticleSignals[" + normalizedWeights + ", " + entities.length + " entities]";
  }
}
