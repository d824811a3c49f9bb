package org.trame.analysis.ner;

import java.util.List;

/**
 * A silver training example for the type model: a candidate's features and the type the rules gave
 * it by strong evidence of their own.
 *
 * @param features what {@code CandidateFeatures} sees; those of the rules' own evidence start with
 *     {@link #EVIDENCE}
 * @param type PER, ORG, LOC or WORK, or {@code NONE} for no name ({@link NameTagger#NOT_A_NAME})
 */
public record TypeExample(List<String> features, String type) {

  /** Prefix of the features that come from the rules' own evidence (lists and cue words). */
  public static final String EVIDENCE = CandidateFeatures.EVIDENCE;

  public TypeExample {
    features = List.copyOf(features);
  }
}
