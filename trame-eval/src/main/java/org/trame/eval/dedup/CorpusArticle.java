package org.trame.eval.dedup;

import org.trame.article.RawArticle;

/**
 * An article of an evaluation corpus, with the raw body its JSON line held apart from the lead (the
 * duplicate groups of OrangeSum say which field was identical, so pairs are told apart by it).
 *
 * @param article the article as trame reads it (lead before the text)
 * @param body the {@code text} field alone
 */
public record CorpusArticle(RawArticle article, String body) {

  public String id() {
    return article.id();
  }

  /** The key the groups file names an article by: its id's last segment, without extension. */
  public static String groupKey(String id) {
    String last = id.substring(id.lastIndexOf('/') + 1);
    int dot = last.indexOf('.');
    return dot > 0 ? last.substring(0, dot) : last;
  }
}
