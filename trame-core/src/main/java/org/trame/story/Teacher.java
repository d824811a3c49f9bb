package org.trame.story;

/**
 * The gold labels of a training set, for {@link StoryEngine#training}: the engine places each
 * article where the gold says, over clusters kept pure, and hands over the evidence of every
 * candidate it weighed with whether the article truly belongs there. This is how the link models
 * are learned (Miranda et al. 2018 train their ranker the same way).
 */
public interface Teacher {

  /** The gold story ({@code level} "story") or event ("event") of an article, or null. */
  String label(String level, String articleId);

  /** One weighed candidate: its evidence and whether the article belongs to it. */
  void example(String level, String articleId, double[] features, boolean belongs);
}
