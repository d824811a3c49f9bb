package org.trame.analysis.ner;

import java.util.List;

/** A run of tokens that may name an entity, typed as evidence comes in. */
final class Candidate {

  /** First token, and the token after the last. */
  int first;

  int last;

  /**
   * The type a lower-case head word gave it ("l'université de …": ORG), or a model number ("Ariane
   * 6": WORK), or null.
   */
  String headType;

  /** PER, ORG, LOC, WORK, or null while nothing says. */
  String type;

  /** How much evidence the type has: 0 for none. */
  int score;

  /** The longer name this one is short for, or null. */
  String canonical;

  Candidate(int first, int last) {
    this.first = first;
    this.last = last;
  }

  int start(List<Token> tokens) {
    return tokens.get(first).start();
  }

  int end(List<Token> tokens) {
    return tokens.get(last - 1).end();
  }

  String surface(String text, List<Token> tokens) {
    return text.substring(start(tokens), end(tokens));
  }

  int words(List<Token> tokens) {
    int n = 0;
    for (int i = first; i < last; i++) {
      if (tokens.get(i).word()) {
        n++;
      }
    }
    return n;
  }
}
