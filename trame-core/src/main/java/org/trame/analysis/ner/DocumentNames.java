package org.trame.analysis.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trame.analysis.EntityMention;

/**
 * Reads an article's candidates as a whole, as a reader does: a name typed by strong evidence once
 * keeps that type where it comes back bare; a person's last name alone ("Cruise") is the person
 * named in full earlier or later ("Tom Cruise"), which becomes its canonical form. What stays
 * untyped is guessed: a run of several capitalized words is most often a person; a single word that
 * the language writes in lower case ("les Français") is no entity; other single words are kept as
 * MISC.
 */
final class DocumentNames {

  private static final String[] TYPES = {"PER", "LOC", "ORG", "WORK"};

  /** Evidence at or under this is overruled by what the rest of the article says. */
  private static final int WEAK = 2;

  private DocumentNames() {}

  static List<EntityMention> resolve(
      String text, List<Token> tokens, List<Candidate> candidates, Set<String> common) {
    Map<String, int[]> votes = new HashMap<>();
    Map<String, String> personByPart = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.type == null || c.score <= WEAK) {
        continue;
      }
      String surface = c.surface(text, tokens);
      votes.computeIfAbsent(surface, k -> new int[TYPES.length])[index(c.type)] += c.score;
      if (c.type.equals("PER") && c.words(tokens) >= 2) {
        String lastWord = tokens.get(c.last - 1).text(text);
        String known = personByPart.get(lastWord);
        if (known == null || known.length() < surface.length()) {
          personByPart.put(lastWord, surface);
        }
      }
    }
    List<EntityMention> mentions = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      String surface = c.surface(text, tokens);
      int words = c.words(tokens);
      String type = c.type;
      if (type == null || c.score <= WEAK) {
        int[] v = votes.get(surface);
        if (v != null) {
          type = TYPES[argmax(v)];
        } else if (words == 1 && personByPart.containsKey(surface)) {
          type = "PER";
        }
      }
      if (type == null) {
        if (words == 1 && isCommon(surface, common)) {
          continue;
        } else {
          type = "MISC";
        }
      }
      String canonical = surface;
      if (type.equals("PER")) {
        String lastWord = tokens.get(c.last - 1).text(text);
        String full = personByPart.get(lastWord);
        if (full != null && full.length() > surface.length() && full.endsWith(surface)) {
          canonical = full;
        }
      }
      int start = c.start(tokens);
      if (type.equals("PER")) {
        start = withTitle(text, tokens, c.first, start);
      }
      int end = c.end(tokens);
      mentions.add(new EntityMention(text.substring(start, end), type, start, end, canonical));
    }
    return mentions;
  }

  /**
   * "M. Dupont", "Mme Curie": a French civil title belongs to the mention (as in HIPE's
   * guidelines), not to the canonical name.
   */
  private static int withTitle(String text, List<Token> tokens, int first, int start) {
    int j = first - 1;
    if (j >= 0
        && text.charAt(tokens.get(j).start()) == '.'
        && tokens.get(j).end() - tokens.get(j).start() == 1) {
      j--;
    }
    if (j >= 0 && CIVIL_TITLES.contains(tokens.get(j).text(text))) {
      return tokens.get(j).start();
    }
    return start;
  }

  private static final Set<String> CIVIL_TITLES =
      Set.of("M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr");

  private static boolean isCommon(String word, Set<String> common) {
    return common.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static int index(String type) {
    for (int i = 0; i < TYPES.length; i++) {
      if (TYPES[i].equals(type)) {
        return i;
      }
    }
    throw new IllegalArgumentException(type);
  }

  private static int argmax(int[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }
}
