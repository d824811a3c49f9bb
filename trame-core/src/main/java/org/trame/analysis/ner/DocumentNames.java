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
 * untyped is guessed: a single word that the language writes in lower case ("les Français") is no
 * entity; the type model ({@link TypeModel}, summed over the name's mentions) may type the rest, or
 * say it is no name; what remains is MISC.
 */
final class DocumentNames {

  private static final String[] TYPES = {"PER", "LOC", "ORG", "WORK"};

  /** Evidence at or under this is overruled by what the rest of the article says. */
  private static final int WEAK = 2;

  /**
   * The types the model may give a name the rules leave untyped. It learned a class for what is no
   * name (NONE, from the words the corpus writes in lower case), and WORK; both leave the name
   * MISC.
   */
  private static final Set<String> MODEL_TYPES = Set.of("PER", "ORG", "LOC");

  /**
   * How far the model's guess must lead its next one, over the name's mentions, before a name the
   * rules leave untyped takes it. News, where the model learns, says "de Paris" far more often than
   * "de Descartes", so places and organisations need the larger margin. Chosen on the development
   * sets, where WikiNEuRal and HIPE agreed (docs/architecture.md, "The sixth round"): persons 0, 2,
   * 5, 8, 12, 20 gave WikiNEuRal 0.827, 0.828, 0.830, 0.830, 0.829, 0.826; places and organisations
   * 3, 6, 10, 15, 25 gave 0.824, 0.826, 0.826, 0.827, 0.826.
   */
  private static final float PERSON_MARGIN = 6;

  private static final float PLACE_OR_ORG_MARGIN = 15;

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
    Map<String, float[]> modelVotes = modelVotes(text, tokens, candidates, votes, personByPart);
    String[] types = new String[candidates.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = typeOf(text, tokens, candidates.get(i), votes, personByPart, modelVotes, common);
    }
    boolean[] guessed = new boolean[types.length];
    for (int i = 0; i < types.length; i++) {
      Candidate c = candidates.get(i);
      String surface = c.surface(text, tokens);
      guessed[i] =
          types[i] != null
              && c.type == null
              && !votes.containsKey(surface)
              && !personByPart.containsKey(surface);
    }
    shareTypeInLists(text, tokens, candidates, types, guessed);
    List<EntityMention> mentions = new ArrayList<>(candidates.size());
    for (int i = 0; i < types.length; i++) {
      Candidate c = candidates.get(i);
      String type = types[i];
      if (type == null) {
        continue;
      }
      String surface = c.surface(text, tokens);
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
   * "Steinfort, Habscht et Koerich", "Arrien, Plutarque et Quinte-Curce": names listed together are
   * of one kind, so a name left MISC takes the type of its neighbour in the list, and so does a
   * name the type model guessed ({@code guessed}) beside one the rules typed.
   */
  private static void shareTypeInLists(
      String text,
      List<Token> tokens,
      List<Candidate> candidates,
      String[] types,
      boolean[] guessed) {
    for (int pass = 0; pass < 2; pass++) {
      boolean forward = pass == 0;
      for (int n = 0; n < types.length; n++) {
        int i = forward ? n : types.length - 1 - n;
        int k = forward ? i - 1 : i + 1;
        if (k < 0 || k >= types.length || types[k] == null) {
          continue;
        }
        boolean open = "MISC".equals(types[i]) || (guessed[i] && !guessed[k]);
        if (!open) {
          continue;
        }
        if (!LISTED_TYPES.contains(types[k])) {
          continue;
        }
        Candidate a = candidates.get(Math.min(i, k));
        Candidate b = candidates.get(Math.max(i, k));
        if (b.first - a.last == 1 && LIST_JOINS.contains(tokens.get(a.last).text(text))) {
          types[i] = types[k];
        }
      }
    }
  }

  private static final Set<String> LISTED_TYPES = Set.of("PER", "LOC");

  private static final Set<String> LIST_JOINS = Set.of(",", "et", "ou");

  /** A candidate's type after the rest of the article; null when it is no name; else MISC. */
  private static String typeOf(
      String text,
      List<Token> tokens,
      Candidate c,
      Map<String, int[]> votes,
      Map<String, String> personByPart,
      Map<String, float[]> modelVotes,
      Set<String> common) {
    {
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
          return null;
        }
        float[] v = modelVotes.get(surface);
        if (v != null) {
          int best = argmax(v);
          String guess = TypeModel.DEFAULT.types().get(best);
          if (v[best] > 0
              && MODEL_TYPES.contains(guess)
              && v[best] - second(v, best)
                  > (guess.equals("PER") ? PERSON_MARGIN : PLACE_OR_ORG_MARGIN)) {
            type = guess;
          }
        }
        if (type == null) {
          type = "MISC";
        }
      }
      return type;
    }
  }

  /**
   * The type model's scores for what the rules and the rest of the article leave untyped, summed
   * over each name's mentions in the article (a name keeps one type in an article).
   */
  private static Map<String, float[]> modelVotes(
      String text,
      List<Token> tokens,
      List<Candidate> candidates,
      Map<String, int[]> votes,
      Map<String, String> personByPart) {
    TypeModel model = TypeModel.DEFAULT;
    if (model.isEmpty()) {
      return Map.of();
    }
    Map<String, float[]> out = new HashMap<>();
    for (Candidate c : candidates) {
      if (c.type != null && c.score > WEAK) {
        continue;
      }
      String surface = c.surface(text, tokens);
      if (votes.containsKey(surface) || personByPart.containsKey(surface)) {
        continue;
      }
      float[] s = model.scores(CandidateFeatures.of(text, tokens, c));
      float[] sum = out.get(surface);
      if (sum == null) {
        out.put(surface, s);
      } else {
        for (int i = 0; i < s.length; i++) {
          sum[i] += s[i];
        }
      }
    }
    return out;
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

  private static int argmax(float[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  private static float second(float[] v, int best) {
    float s = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < v.length; i++) {
      if (i != best) {
        s = Math.max(s, v[i]);
      }
    }
    return s;
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
