package org.trame.analysis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.trame.analysis.EntityMention;
import org.trame.analysis.EntityTagger;

/**
 * Typed named entities (PER, ORG, LOC, WORK) in French and English text, by rules a reader would
 * use: runs of capitalized words are the candidates (joined by name particles, "Ludwig van
 * Beethoven", and by "de" after a head word, "Tour de France", "Université de Lyon"); a sentence's
 * first word is dropped when the language writes it in lower case elsewhere; each candidate is
 * typed by the evidence it carries (a known first name, a country or town, an organisation word,
 * "Pictures", "FC") and the word before it ("l'actrice", "à", "la société", "le film"). Then the
 * article is read as a whole ({@link DocumentNames}): a name seen typed once keeps its type, and
 * "Cruise" after "Tom Cruise" is the same person; a name still untyped may be typed by the type
 * model ({@link TypeModel}) trained on the rules' confident output.
 */
public final class NameTagger implements EntityTagger {

  private static final NameTagger FRENCH = new NameTagger(Lexicon.COMMON_FR);
  private static final NameTagger ENGLISH = new NameTagger(Lexicon.COMMON_EN);

  private final Set<String> common;

  private NameTagger(Set<String> common) {
    this.common = common;
  }

  /** The tagger for French text, also used when the language is not known. */
  public static NameTagger french() {
    return FRENCH;
  }

  public static NameTagger english() {
    return ENGLISH;
  }

  @Override
  public List<EntityMention> tag(String text) {
    return FRENCH.tagAs(text);
  }

  @Override
  public List<EntityMention> tag(String text, String language) {
    return ("en".equals(language) ? ENGLISH : FRENCH).tagAs(text);
  }

  /**
   * The mentions whose type rests on strong evidence of their own (a list, a cue word, a head
   * word), before the article is read as a whole and without guesses: what a silver name list is
   * counted from (scripts/ner-lexicon).
   */
  public List<EntityMention> confidentMentions(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<EntityMention> out = new ArrayList<>();
    for (Candidate c : candidates(text, tokens)) {
      classify(text, tokens, c);
      if (c.type != null && c.score >= CONFIDENT) {
        String s = c.surface(text, tokens);
        out.add(new EntityMention(s, c.type, c.start(tokens), c.end(tokens)));
      }
    }
    return out;
  }

  /**
   * The silver examples the type model is trained on (scripts/ner-lexicon/type-model.sh): each
   * candidate the rules type by strong evidence of their own, with its features.
   */
  public List<TypeExample> typeExamples(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<TypeExample> out = new ArrayList<>();
    for (Candidate c : candidates(text, tokens)) {
      classify(text, tokens, c);
      if (c.type != null && c.score >= CONFIDENT) {
        out.add(new TypeExample(CandidateFeatures.of(text, tokens, c), c.type));
      }
    }
    return out;
  }

  /** The type of the type model's negative examples: no entity, or none of its types. */
  public static final String NOT_A_NAME = "NONE";

  /**
   * The type model's negative silver examples: each one-word candidate that the rules leave untyped
   * and that the corpus mostly writes in lower case mid-sentence ({@code writtenLowerCase}, given
   * the word in lower case), so that the model learns what is no name.
   */
  public List<TypeExample> negativeExamples(
      String text, java.util.function.Predicate<String> writtenLowerCase) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<TypeExample> out = new ArrayList<>();
    for (Candidate c : candidates(text, tokens)) {
      classify(text, tokens, c);
      if (c.type == null
          && c.words(tokens) == 1
          && writtenLowerCase.test(c.surface(text, tokens).toLowerCase(Locale.ROOT))) {
        out.add(new TypeExample(CandidateFeatures.of(text, tokens, c), NOT_A_NAME));
      }
    }
    return out;
  }

  /**
   * Counts, for each word in lower case, how often {@code text} writes it in lower case and how
   * often capitalized, away from a sentence's start: {@code counts[0]} lower, {@code counts[1]}
   * capitalized.
   */
  public static void countCase(String text, Map<String, int[]> counts) {
    WordCase.count(text, Tokenizer.tokenize(text), counts, false);
  }

  /** Evidence at or above this types a name on its own. */
  static final int CONFIDENT = 4;

  private List<EntityMention> tagAs(String text) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<Candidate> candidates = candidates(text, tokens);
    for (Candidate c : candidates) {
      classify(text, tokens, c);
    }
    return DocumentNames.resolve(text, tokens, candidates, common);
  }

  /** Runs of capitalized words, with what may join them. */
  private List<Candidate> candidates(String text, List<Token> tokens) {
    List<Candidate> found = new ArrayList<>();
    WordCase wordCase = new WordCase(text, tokens);
    int n = tokens.size();
    int i = 0;
    while (i < n) {
      if (!nameWord(text, tokens, i)) {
        i++;
        continue;
      }
      int last = i;
      int j = i + 1;
      boolean team = false;
      while (j < n) {
        Token t = tokens.get(j);
        if (t.sentenceStart()) {
          break;
        }
        if (nameWord(text, tokens, j)) {
          last = j;
          j++;
          continue;
        }
        if (!t.word()
            && text.charAt(t.start()) == '.'
            && tokens.get(last).end() - tokens.get(last).start() == 1
            && nameWord(text, tokens, j + 1)) {
          // "J.J. Abrams", "George W. Bush": the period of an initial
          last = j + 1;
          j += 2;
          continue;
        }
        if (!t.word() || j + 1 >= n) {
          if (t.end() - t.start() == 1
              && text.charAt(t.start()) == '&'
              && nameWord(text, tokens, j + 1)) {
            last = j + 1;
            j += 2;
            continue;
          }
          break;
        }
        String w = t.text(text);
        if (last == j - 1 && romanNumeral(w)) {
          // "Louis XIV", "Jean-Paul II": a regnal number, though English lists "xiv" as a word
          last = j;
          j++;
          continue;
        }
        if (last == i
            && EPITHET_ARTICLES.contains(w)
            && Lexicon.firstName(tokens.get(i).text(text))
            && nameWord(text, tokens, j + 1)
            && commonWord(text, tokens.get(j + 1))
            && !nameWord(text, tokens, j + 2)) {
          // "Alexandre le Grand", "Charles le Chauve": a first name with its epithet
          last = j + 1;
          j += 2;
          continue;
        }
        if (Lexicon.PARTICLES.contains(w) && nameWord(text, tokens, j + 1)) {
          last = j + 1;
          j += 2;
          continue;
        }
        if (Lexicon.OF_WORDS.contains(w) && joinsByOf(text, tokens, i, last)) {
          int k = j + 1;
          if (k < n
              && (tokens.get(k).text(text).equals("la") || tokens.get(k).text(text).equals("l'"))) {
            k++;
          }
          if (nameWord(text, tokens, k)) {
            last = k;
            j = k + 1;
            continue;
          }
        }
        if (Lexicon.OF_WORDS.contains(w)) {
          // "Amérique du Nord", "Allemagne de l'Ouest": a point of the compass is part of a name
          int k = j + 1;
          if (k < n
              && (tokens.get(k).text(text).equals("l'") || tokens.get(k).text(text).equals("l’"))) {
            k++;
          }
          if (k < n && COMPASS.contains(tokens.get(k).text(text))) {
            last = k;
            j = k + 1;
            continue;
          }
        }
        if (Lexicon.OF_WORDS.contains(w) && !team && teamName(text, tokens, i, last)) {
          int place = placeAfter(text, tokens, j + 1);
          if (place > 0) {
            team = true;
            last = place - 1;
            j = place;
            continue;
          }
        }
        break;
      }
      Candidate c = trimSentenceStart(text, tokens, wordCase, i, last + 1);
      if (c != null) {
        if (team && c.first == i) {
          c.headType = "ORG";
        }
        dropLeadingWord(text, tokens, c);
        extendToKnownPlace(text, tokens, c);
        extendWithAdjective(text, tokens, c);
        extendWithAdjective(text, tokens, c);
        extendWithOfNoun(text, tokens, c);
        extendWithLowerHead(text, tokens, c);
        if (modelNumberAfter(text, tokens, c)) {
          c.last++;
          c.headType = "WORK";
        }
        found.add(c);
        last = Math.max(last, c.last - 1);
      }
      i = last + 1;
    }
    return found;
  }

  private static final Set<String> EPITHET_ARTICLES = Set.of("le", "la");

  private static boolean romanNumeral(String w) {
    return w.length() <= 5 && w.matches("(X{0,3})(IX|IV|V?I{0,3})") && !w.isEmpty();
  }

  /**
   * "Arabie saoudite", "République tchèque", "Émirats arabes unis": a place the lists name with
   * lower-case words after its capitalized ones.
   */
  private static void extendToKnownPlace(String text, List<Token> tokens, Candidate c) {
    int start = tokens.get(c.first).start();
    for (int end = Math.min(tokens.size(), c.last + 3); end > c.last; end--) {
      boolean lower = true;
      for (int k = c.last; k < end && lower; k++) {
        Token t = tokens.get(k);
        lower = t.word() && Character.isLowerCase(text.charAt(t.start()));
      }
      if (lower) {
        String name = text.substring(start, tokens.get(end - 1).end());
        // the country list capitalizes every word ("Arabie Saoudite")
        StringBuilder capitalized =
            new StringBuilder(text.substring(start, tokens.get(c.last - 1).end()));
        for (int k = c.last; k < end; k++) {
          String w = tokens.get(k).text(text);
          capitalized.append(text, tokens.get(k - 1).end(), tokens.get(k).start());
          capitalized.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        if (Lexicon.KNOWN_PLACES.contains(name)
            || Lexicon.PLACES.contains(name)
            || Lexicon.COUNTRIES.contains(capitalized.toString())) {
          c.last = end;
          return;
        }
      }
    }
  }

  private static final Set<String> COMPASS =
      Set.of(
          "Nord",
          "Sud",
          "Est",
          "Ouest",
          "Nord-Est",
          "Nord-Ouest",
          "Sud-Est",
          "Sud-Ouest",
          "Centre");

  /**
   * "l'Autrichien Karl Schranz", "Capitaine Walter Primrose": a common word before a first name is
   * a title or a nationality, not part of the name.
   */
  private void dropLeadingWord(String text, List<Token> tokens, Candidate c) {
    if (c.last - c.first >= 2
        && commonWord(text, tokens.get(c.first))
        && !Lexicon.firstName(tokens.get(c.first).text(text))
        && nameWord(text, tokens, c.first + 1)
        && Lexicon.firstName(tokens.get(c.first + 1).text(text))) {
      c.first++;
    }
  }

  /**
   * "Parti socialiste", "Assemblée nationale", "Afrique subsaharienne": a name with a head word (or
   * a known place) takes the lower-case adjective after it.
   */
  private static void extendWithAdjective(String text, List<Token> tokens, Candidate c) {
    if (c.last >= tokens.size()) {
      return;
    }
    Token next = tokens.get(c.last);
    if (!next.word()
        || next.start() - tokens.get(c.last - 1).end() != 1
        || !Character.isLowerCase(text.charAt(next.start()))
        || !adjective(next.text(text))
        || NOT_NAME_ADJECTIVES.contains(next.text(text))) {
      return;
    }
    boolean head = Lexicon.KNOWN_PLACES.contains(c.surface(text, tokens));
    for (int i = c.first; i < c.last && !head; i++) {
      String w = tokens.get(i).text(text).toLowerCase(Locale.ROOT);
      head =
          Lexicon.ORG_WORDS.contains(w)
              || Lexicon.PLACE_WORDS.contains(w)
              || Lexicon.EVENT_WORDS.contains(w)
              || w.equals("empire")
              || w.equals("nations")
              || w.equals("front");
    }
    if (head) {
      c.last++;
    }
  }

  /**
   * "Ligue nationale de hockey", "Fédération togolaise de football", "Tribunal arbitral du sport":
   * an institution's name goes on with "de" and the common noun of its field.
   */
  private static void extendWithOfNoun(String text, List<Token> tokens, Candidate c) {
    int of = c.last;
    int noun = of + 1;
    if (noun >= tokens.size()
        || !INSTITUTION_OF.contains(tokens.get(of).text(text))
        || !tokens.get(noun).word()) {
      return;
    }
    String w = tokens.get(noun).text(text);
    if (w.length() < 4
        || !Character.isLowerCase(w.charAt(0))
        || !Lexicon.COMMON_FR.contains(w)
        || Lexicon.PLACE_CUES.contains(w)
        || nameWord(text, tokens, noun + 1)) {
      return;
    }
    boolean institution = false;
    for (int i = c.first; i < c.last && !institution; i++) {
      institution = Lexicon.ORG_WORDS.contains(tokens.get(i).text(text).toLowerCase(Locale.ROOT));
    }
    if (institution && Character.isUpperCase(text.charAt(tokens.get(c.first).start()))) {
      c.last = noun + 1;
    }
  }

  /**
   * Words with an adjective's ending that do not close a name: conjunctions and pronouns ("la Chine
   * mais", "à Bogota elle"), and what says when or whose a place is ("le Liban actuel", "sa ville
   * natale").
   */
  private static final Set<String> NOT_NAME_ADJECTIVES =
      Set.of(
          "mais",
          "jamais",
          "elle",
          "elles",
          "celle",
          "celles",
          "quelle",
          "quelles",
          "laquelle",
          "lesquelles",
          "auxquelles",
          "actuel",
          "actuelle",
          "actuels",
          "actuelles",
          "natal",
          "natale",
          "natals",
          "natales",
          "ancien",
          "ancienne",
          "anciens",
          "anciennes");

  private static final Set<String> INSTITUTION_OF = Set.of("de", "du", "d'", "d’");

  private static boolean adjective(String w) {
    if (w.length() < 4) {
      return false;
    }
    for (String ending : Lexicon.ADJECTIVE_ENDINGS) {
      if (w.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "l'université de Princeton", "la mer du Nord", "la mosquée Al-Azhar": a lower-case head word
   * right before the name, or before "de" and the name, opens it and types it.
   */
  private static void extendWithLowerHead(String text, List<Token> tokens, Candidate c) {
    int j = c.first - 1;
    boolean of = false;
    if (j >= 0 && Lexicon.OF_WORDS.contains(tokens.get(j).text(text))) {
      j--;
      of = true;
    } else if (j >= 1
        && (tokens.get(j).text(text).equals("la") || tokens.get(j).text(text).equals("l'"))
        && tokens.get(j - 1).text(text).equals("de")) {
      j -= 2;
    }
    if (j < 0 || !tokens.get(j).word()) {
      return;
    }
    String type = Lexicon.LOWER_HEADS.get(tokens.get(j).text(text));
    if (type != null
        && j >= 2
        && tokens.get(j).text(text).equals("place")
        && tokens.get(j - 1).text(text).equals("la")
        && tokens.get(j - 2).text(text).equals("à")) {
      type = null; // "à la place de Nolan Roux": instead of, no square
    }
    if (type != null
        && of
        && OF_A_PLACE_HEADS.contains(tokens.get(j).text(text))
        && knownPlace(c.surface(text, tokens))) {
      c.headType = type; // "l'île de Sumatra", "la vallée du Rhône": the place is named alone
    } else if (type != null) {
      c.first = j;
      c.headType = type;
    }
  }

  /** Head words of a part of a place that is named after it ("la vallée du Rhône"). */
  private static final Set<String> OF_A_PLACE_HEADS =
      Set.of("île", "îles", "vallée", "rivière", "fleuve");

  private static boolean knownPlace(String name) {
    return Lexicon.KNOWN_PLACES.contains(name)
        || Lexicon.PLACES.contains(name)
        || "LOC".equals(Lexicon.WORDNET_NAMES.get(name))
        || "LOC".equals(Lexicon.NEWS_NAMES.get(name));
  }

  /**
   * "Canadiens de Montréal", "Lakers de Los Angeles", "Penguins de Pittsburgh": one or two names
   * that are no French word, first name nor place, then "de" and a known place, name a team or a
   * firm after its town (French puts the town last where English puts it first).
   */
  private boolean teamName(String text, List<Token> tokens, int first, int last) {
    if (last - first > 1) {
      return false;
    }
    for (int i = first; i <= last; i++) {
      Token t = tokens.get(i);
      String w = t.text(text);
      if (!t.word()
          || w.length() < 3
          || acronym(w)
          || (commonWord(text, t) && !nickname(w))
          || Lexicon.firstName(w)
          || Lexicon.PLACES.contains(w)
          || Lexicon.KNOWN_PLACES.contains(w)
          || "PER".equals(Lexicon.NEWS_NAMES.get(w))
          || "LOC".equals(Lexicon.NEWS_NAMES.get(w))
          || Lexicon.PERSON_CUES.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Pirates de Pittsburgh", "Nordiques de Québec", "Flyers de Philadelphie": a capitalized plural
   * before "de" and a town is a team's nickname, even when it is a common word.
   */
  private static boolean nickname(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return w.length() >= 4
        && w.endsWith("s")
        && !Lexicon.ORG_WORDS.contains(lower)
        && !Lexicon.PLACE_WORDS.contains(lower)
        && !Lexicon.EVENT_WORDS.contains(lower);
  }

  /**
   * The token after a known place's name that starts at {@code from} ("la Nouvelle-Orléans", "Los
   * Angeles"), or -1 when no place starts there.
   */
  private static int placeAfter(String text, List<Token> tokens, int from) {
    int k = from;
    if (k < tokens.size()
        && (tokens.get(k).text(text).equals("la") || tokens.get(k).text(text).equals("l'"))) {
      k++;
    }
    int end = k;
    while (end < tokens.size() && end - k < 3 && nameWord(text, tokens, end)) {
      end++;
    }
    for (int e = end; e > k; e--) {
      String name = text.substring(tokens.get(k).start(), tokens.get(e - 1).end());
      if (Lexicon.KNOWN_PLACES.contains(name) || Lexicon.PLACES.contains(name)) {
        return e;
      }
    }
    return -1;
  }

  /** "Tour de France", "Université de Lyon", "Charles de Gaulle": a head or a first name. */
  private static boolean joinsByOf(String text, List<Token> tokens, int first, int last) {
    String head = tokens.get(last).text(text);
    String lower = head.toLowerCase(Locale.ROOT);
    if (Lexicon.ORG_WORDS.contains(lower)
        || Lexicon.PLACE_WORDS.contains(lower)
        || Lexicon.EVENT_WORDS.contains(lower)
        || head.equals("Tour")) {
      return true;
    }
    return first == last && Lexicon.firstName(head);
  }

  /**
   * A sentence's first word says nothing by its capital: it is dropped when the language writes it
   * in lower case ("Selon Tom Cruise" → "Tom Cruise"; "Certaines" → nothing), or when the text
   * itself does and never capitalizes it inside a sentence: the words of a language the lexicons do
   * not hold ("Los rebeldes…" where "los" comes again, "Dopo la caduta…" and "dopo").
   */
  private Candidate trimSentenceStart(
      String text, List<Token> tokens, WordCase wordCase, int from, int to) {
    int start = from;
    while (start < to
        && atSentenceStart(text, tokens, start)
        && (anyCommonWord(text, tokens.get(start))
            || wordCase.onlyLowerInside(tokens.get(start).text(text)))
        && !firstNameBeforeName(text, tokens, start, to)) {
      start++;
      // what follows a dropped word is no longer at a sentence start, but must be a name itself
      while (start < to && !nameWord(text, tokens, start)) {
        start++;
      }
    }
    return start < to ? new Candidate(start, to) : null;
  }

  /**
   * "John Travolta", "Jack Lowden" opening a sentence: a first name that English also writes in
   * lower case ("john", "jack") is kept when a name follows it, unless French writes it in lower
   * case too.
   */
  private static boolean firstNameBeforeName(String text, List<Token> tokens, int start, int to) {
    String w = tokens.get(start).text(text);
    return start + 1 < to
        && Lexicon.firstName(w)
        && !Lexicon.COMMON_FR.contains(w.toLowerCase(Locale.ROOT))
        && nameWord(text, tokens, start + 1);
  }

  private static boolean atSentenceStart(String text, List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.sentenceStart()) {
      return true;
    }
    // « Le film … or "The film…: the quote opens the sentence
    int j = i - 1;
    while (j >= 0 && !tokens.get(j).word()) {
      char c = text.charAt(tokens.get(j).start());
      if (c != '«' && c != '"' && c != '“' && c != '(' && c != '-' && c != '—' && c != '–') {
        return false;
      }
      j--;
    }
    return j < 0 || (j + 1 < tokens.size() && tokens.get(j + 1).sentenceStart());
  }

  /** French articles quote English and the reverse: a sentence may open in either language. */
  private static boolean anyCommonWord(String text, Token t) {
    String lower = t.text(text).toLowerCase(Locale.ROOT);
    return Lexicon.COMMON_FR.contains(lower) || Lexicon.COMMON_EN.contains(lower);
  }

  boolean commonWord(String text, Token t) {
    String w = t.text(text);
    String lower = w.toLowerCase(Locale.ROOT);
    return common.contains(lower) || (w.length() > 2 && common.contains(lower.replace('’', '\'')));
  }

  /** A capitalized word that may be part of a name. */
  private static boolean nameWord(String text, List<Token> tokens, int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    if (!t.word() || !Character.isUpperCase(text.charAt(t.start()))) {
      return false;
    }
    int len = t.end() - t.start();
    if (len == 1
        || (len == 2 && (text.charAt(t.end() - 1) == '\'' || text.charAt(t.end() - 1) == '’'))) {
      // an initial ("J. K. Rowling"), never a title ("M.") nor an elision ("L'")
      return len == 1
          && !Lexicon.TITLE_ABBREVIATIONS.contains(t.text(text))
          && i + 2 < tokens.size()
          && text.charAt(tokens.get(i + 1).start()) == '.'
          && tokens.get(i + 1).start() == t.end()
          && Character.isUpperCase(text.charAt(tokens.get(i + 2).start()));
    }
    if (len <= 4 && Lexicon.TITLE_ABBREVIATIONS.contains(t.text(text))) {
      return false;
    }
    if (Character.isUpperCase(text.charAt(t.end() - 1)) && len > 1 && allCapsCommon(text, t)) {
      return false; // a headline in capitals ("FAITS DIVERS")
    }
    return !Lexicon.NOT_NAMES.contains(t.text(text).toLowerCase(Locale.ROOT));
  }

  private static boolean allCapsCommon(String text, Token t) {
    for (int i = t.start(); i < t.end(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return false;
      }
    }
    String lower = t.text(text).toLowerCase(Locale.ROOT);
    return Lexicon.COMMON_FR.contains(lower) || Lexicon.COMMON_EN.contains(lower);
  }

  /** Types one candidate by the evidence it carries and the word before it. */
  private void classify(String text, List<Token> tokens, Candidate c) {
    int per = 0;
    int org = 0;
    int loc = 0;
    int work = 0;
    String full = c.surface(text, tokens);
    Token firstToken = tokens.get(c.first);
    String first = firstToken.text(text);
    String firstLower = first.toLowerCase(Locale.ROOT);
    String last = tokens.get(c.last - 1).text(text);
    int words = c.words(tokens);
    String learned = Lexicon.NEWS_NAMES.get(full);
    if (learned == null) {
      learned = Lexicon.WRITTEN_NAMES.get(full);
    }
    if (learned != null) {
      switch (learned) {
        case "PER" -> per += 3;
        case "ORG" -> org += 3;
        case "LOC" -> loc += 3;
        default -> work += 3;
      }
    }
    String reference = Lexicon.WORDNET_NAMES.get(full);
    if (reference != null && !Lexicon.KNOWN_PLACES.contains(full)) {
      int weight = 2;
      switch (reference) {
        case "PER" -> per += weight;
        case "ORG" -> org += weight;
        default -> loc += weight;
      }
    }
    if (Lexicon.KNOWN_PLACES.contains(full)
        || (words >= 2
            && COMPASS.contains(last)
            && (Lexicon.KNOWN_PLACES.contains(first) || Lexicon.PLACES.contains(first)))) {
      loc += 5;
    } else if (Lexicon.PLACES.contains(full)) {
      loc += 2;
    }
    if (words >= 2
        && Lexicon.firstName(first)
        && (!commonWord(text, firstToken) || Lexicon.LAST_NAMES.contains(last))) {
      // "Gare", "Monde", "La" are in the first-name lists too; "Rose Byrne" keeps its last name
      per += 3;
    }
    if (words >= 2 && Lexicon.LAST_NAMES.contains(last)) {
      per += 1;
    }
    if (words == 1
        && (Lexicon.LAST_NAMES.contains(first)
            || (Lexicon.firstName(first) && !commonWord(text, firstToken)))
        && !firstToken.sentenceStart()) {
      per += 1;
    }
    for (int i = c.first; i < c.last; i++) {
      Token t = tokens.get(i);
      if (t.word() && Lexicon.ORG_WORDS.contains(t.text(text).toLowerCase(Locale.ROOT))) {
        org += 4;
        break;
      }
    }
    String previous = wordBefore(text, tokens, c.first);
    if (("du".equals(previous) || "au".equals(previous)) && knownPlace("Le " + full)) {
      loc += 5; // "du Caire", "au Havre": Le Caire, Le Havre
    }
    if (words == 1
        && placeEnding(first)
        && !Lexicon.LAST_NAMES.contains(first)
        && !Lexicon.firstName(first)) {
      loc += 2; // "Buckinghamshire", "Ouzbékistan", "Hyderabad"
    }
    if (riverBefore(text, tokens, c.first)) {
      loc += 3; // "un affluent de la Dendre", "se jette dans l'Alzette"
    }
    if (full.contains(" & ")) {
      org += 4; // "Procter & Gamble", "Babcock & Wilcox": partners' names make a firm
    }
    if (clubAfterItsTown(text, tokens, c, full, first, last, words)) {
      org += 3;
    }
    if (words >= 2 && Lexicon.PLACE_LAST_WORDS.contains(last.toLowerCase(Locale.ROOT))) {
      loc += 5;
    }
    if (Lexicon.PLACE_WORDS.contains(firstLower)) {
      loc += 3;
    } else if (first.startsWith("Saint-") || first.startsWith("Sainte-")) {
      loc += 2;
    }
    if (first.equals("Tour") && words > 1) {
      work += 5;
    }
    for (int i = c.first; i < c.last; i++) {
      if (Lexicon.EVENT_WORDS.contains(tokens.get(i).text(text).toLowerCase(Locale.ROOT))) {
        work += 5;
        break;
      }
    }
    if (quoted(text, tokens, c)) {
      work += 4; // a short quotation holding a name is most often a title
    }
    if (titleAroundAColon(text, tokens, c)) {
      work += 6; // "Top Gun: Maverick", "Mission: Impossible"
    }
    if ("ORG".equals(c.headType)) {
      org += 6;
    } else if ("LOC".equals(c.headType)) {
      loc += 6;
    }
    if (words == 1 && acronym(first) && !commonWord(text, firstToken)) {
      org += 2;
    }
    String cueBeforeComma =
        c.first > 1 && tokens.get(c.first - 1).text(text).equals(",")
            ? cueBefore(text, tokens, c.first - 1)
            : null;
    if (cueBeforeComma != null && Lexicon.PERSON_CUES.contains(cueBeforeComma)) {
      per += 2; // "le président américain, Barack Obama,", "son époux, Kalev": in apposition
    }
    if (c.last < tokens.size()
        && tokens.get(c.last).word()
        && ONLY_A_PERSON_AFTER.contains(tokens.get(c.last).text(text).toLowerCase(Locale.ROOT))) {
      per += 2; // "Suétone note que", "Marie-Victorin meurt en 1944"
    }
    String before = cueBefore(text, tokens, c.first);
    if (before != null) {
      if (Lexicon.PERSON_CUES.contains(before)) {
        per += 3;
      } else if (before.equals("selon") && words == 1) {
        per += 1; // "selon X": a person more often than a paper or a body
      }
      if (Lexicon.ORG_CUES.contains(before)) {
        org += 3;
      }
      if (Lexicon.WORK_CUES.contains(before)) {
        work += 3;
      }
      if (Lexicon.PLACE_CUES.contains(before)) {
        loc += before.length() <= 4 ? 2 : 3;
      } else if (Lexicon.OF_WORDS.contains(before)) {
        // "la ville de X", "the city of X"
        String noun = wordBefore(text, tokens, previousWord(tokens, c.first));
        if (noun != null && Lexicon.PLACE_CUES.contains(noun) && noun.length() > 4) {
          loc += 3;
        } else if (noun != null && ONLY_A_PERSONS.contains(noun)) {
          per += 3; // "le frère de X", "la veuve de X"
        }
      }
    }
    if ("WORK".equals(c.headType)) {
      per = 0; // "Ariane 6" is a rocket, though Ariane is a first name
      work += 6;
    }
    int best = Math.max(Math.max(per, org), Math.max(loc, work));
    c.score = best;
    if (best == 0) {
      c.type = null;
    } else if (per == best) {
      c.type = "PER";
    } else if (loc == best) {
      c.type = "LOC";
    } else if (org == best) {
      c.type = "ORG";
    } else {
      c.type = "WORK";
    }
  }

  /**
   * "Bayern Munich", "Ajax Amsterdam", "VfB Stuttgart", "Dinamo Zagreb": a word that is no first
   * name, place word nor French word, then a town, names a club or a firm in the German and English
   * order (French puts "de" between: {@link #teamName}); "Mitt Romney" is kept out by the last-name
   * list, "North Bridge" and "Fort Worth" by the words that open place names.
   */
  private boolean clubAfterItsTown(
      String text,
      List<Token> tokens,
      Candidate c,
      String full,
      String first,
      String last,
      int words) {
    if (words != 2 || c.last - c.first != 2) {
      return false;
    }
    // a known town or a club's acronym ("VfB", "KRC"): "Barack Obama" and "Yoshihiko Noda" end
    // with the names of small towns
    boolean town =
        Lexicon.KNOWN_PLACES.contains(last)
            || (Lexicon.PLACES.contains(last) && capitals(first) >= 2);
    return town
        && !Lexicon.PLACES.contains(full)
        && !Lexicon.KNOWN_PLACES.contains(full)
        && !Lexicon.LAST_NAMES.contains(last)
        && !Lexicon.firstName(first)
        && !Lexicon.PLACES.contains(first)
        && !Lexicon.KNOWN_PLACES.contains(first)
        && !Lexicon.PLACE_WORDS.contains(first.toLowerCase(Locale.ROOT))
        && !PLACE_OPENERS.contains(first)
        && !commonWord(text, tokens.get(c.first));
  }

  /**
   * The word before the name at {@code first}, or the cue a few words before it when only
   * nationalities and a kind stand between: "le président américain X", "l'historien persan X", "le
   * groupe de rock anglais X".
   */
  private static String cueBefore(String text, List<Token> tokens, int first) {
    String before = wordBefore(text, tokens, first);
    int at = first;
    for (int skipped = 0; skipped < 3 && before != null; skipped++) {
      boolean between =
          Lexicon.NATIONALITIES.contains(before)
              || adjective(before)
              || Lexicon.CUE_COMPLEMENTS.contains(before);
      if (!between) {
        return before;
      }
      at = previousWord(tokens, at);
      String next = wordBefore(text, tokens, at);
      if (next != null && Lexicon.OF_WORDS.contains(next)) {
        at = previousWord(tokens, at); // "groupe de rock": over the "de" too
        next = wordBefore(text, tokens, at);
      }
      if (next == null
          || !(Lexicon.PERSON_CUES.contains(next)
              || Lexicon.ORG_CUES.contains(next)
              || Lexicon.WORK_CUES.contains(next)
              || Lexicon.NATIONALITIES.contains(next)
              || adjective(next)
              || Lexicon.CUE_COMPLEMENTS.contains(next))) {
        return before;
      }
      before = next;
    }
    return before;
  }

  private static boolean placeEnding(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    for (String ending : PLACE_ENDINGS) {
      if (lower.endsWith(ending) && lower.length() > ending.length() + 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Endings of place names in many languages, rarely of anything else's; a listed first or last
   * name with one of them ("Tristan", "Gainsbourg") is left alone.
   */
  private static final List<String> PLACE_ENDINGS =
      List.of(
          "shire", "istan", "abad", "grad", "gorod", "stadt", "dorf", "heim", "hausen", "pur",
          "polis");

  /** Whether a river's words come just before the name ("affluent de la X", "jette dans la X"). */
  private static boolean riverBefore(String text, List<Token> tokens, int first) {
    int j = first - 1;
    for (int words = 0; j >= 0 && words < 4; j--) {
      Token t = tokens.get(j);
      if (!t.word()) {
        continue;
      }
      words++;
      String w = t.text(text).toLowerCase(Locale.ROOT);
      if (RIVER_WORDS.contains(w)) {
        return true;
      }
      if (!Lexicon.OF_WORDS.contains(w) && !RIVER_LINKS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> RIVER_WORDS =
      Set.of(
          "affluent",
          "affluents",
          "sous-affluent",
          "confluent",
          "confluence",
          "embouchure",
          "rive",
          "rives",
          "berges",
          "jette",
          "jettent");

  private static final Set<String> RIVER_LINKS =
      Set.of("la", "le", "l'", "l’", "les", "dans", "avec", "gauche", "droite");

  /** Words right after a name that only a person takes: verbs of a life or a pen, "lui-même". */
  private static final Set<String> ONLY_A_PERSON_AFTER =
      Set.of(
          "meurt",
          "mourut",
          "naît",
          "naquit",
          "épouse",
          "épousa",
          "décède",
          "décéda",
          "écrit",
          "écrivit",
          "raconte",
          "raconta",
          "note",
          "nota",
          "souligne",
          "souligna",
          "pense",
          "pensait",
          "croit",
          "croyait",
          "lui-même",
          "elle-même",
          "s'éteint",
          "succède",
          "succéda",
          "abdique",
          "abdiqua",
          "épousait",
          "meurent",
          "died",
          "wrote",
          "married");

  /**
   * Words for a person's kin and circle, and for what only a person has (a reign, a death, a
   * cabinet), which "de X" follows with a person's name.
   */
  private static final Set<String> ONLY_A_PERSONS =
      Set.of(
          "frère",
          "sœur",
          "fils",
          "fille",
          "père",
          "mère",
          "épouse",
          "époux",
          "mari",
          "veuve",
          "veuf",
          "oncle",
          "tante",
          "neveu",
          "nièce",
          "cousin",
          "cousine",
          "petit-fils",
          "petite-fille",
          "grand-père",
          "grand-mère",
          "demi-frère",
          "demi-sœur",
          "beau-frère",
          "belle-sœur",
          "beau-père",
          "belle-mère",
          "gendre",
          "bru",
          "héritier",
          "héritière",
          "successeur",
          "prédécesseur",
          "disciple",
          "élève",
          "maître",
          "biographe",
          "compagnon",
          "compagne",
          "amant",
          "maîtresse",
          "favorite",
          "favori",
          "précepteur",
          "conseiller",
          "meurtrier",
          "assassin",
          "règne",
          "mort",
          "décès",
          "naissance",
          "funérailles",
          "assassinat",
          "biographie",
          "tombe",
          "tombeau",
          "statue",
          "buste",
          "portrait",
          "vie",
          "gouvernement",
          "cabinet",
          "présidence",
          "mandat");

  private static int capitals(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static final Set<String> PLACE_OPENERS =
      Set.of(
          "North",
          "South",
          "East",
          "West",
          "Northern",
          "Southern",
          "Eastern",
          "Western",
          "Grand",
          "Big",
          "Upper",
          "Lower",
          "Fort",
          "Port",
          "Sankt",
          "Saint",
          "Sainte",
          "San",
          "Santa",
          "New",
          "Old",
          "Bad",
          "Haute",
          "Basse",
          "Nouvelle");

  /** A one-word name followed by a model number: a product ("Ariane 6", "Windows 10"). */
  private static boolean modelNumberAfter(String text, List<Token> tokens, Candidate c) {
    if (c.words(tokens) != 1 || c.last >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(c.last);
    if (!next.word() || next.start() - tokens.get(c.last - 1).end() != 1) {
      return false;
    }
    int before = c.first - 1;
    if (before > 0
        && !tokens.get(before).word()
        && text.charAt(tokens.get(before).start()) == ':') {
      before--; // "Mission: Impossible 7"
    }
    if (before >= 0
        && tokens.get(before).word()
        && Character.isUpperCase(text.charAt(tokens.get(before).start()))) {
      return false; // the end of a longer name: cut at a sentence's start, or at a title's colon
    }
    String n = next.text(text);
    if (n.length() > 3 || !n.chars().allMatch(Character::isDigit)) {
      return false;
    }
    // not a dateline ("LONDRES 11 décembre", "Lausanne 1er octobre") nor an address
    String name = tokens.get(c.first).text(text);
    Token after = c.last + 1 < tokens.size() ? tokens.get(c.last + 1) : null;
    String afterWord = after == null ? "" : after.text(text).toLowerCase(Locale.ROOT);
    return !Lexicon.PLACES.contains(name)
        && !Lexicon.KNOWN_PLACES.contains(name)
        && !acronym(name)
        && !Lexicon.NOT_NAMES.contains(afterWord)
        && !afterWord.equals("er")
        && !afterWord.equals("e");
  }

  /**
   * A name that opens a short quotation is most often a title (« Mission impossible », "Les Sims
   * 2"); one inside a longer quotation is speech, and says nothing.
   */
  /**
   * Whether the name is one side of a title written the English way, the colon right after the
   * first part and a capital after it ("Top Gun: Maverick"); French sets its colon apart ("Macron :
   * « … »"), so a headline's speaker stays a person.
   */
  private static boolean titleAroundAColon(String text, List<Token> tokens, Candidate c) {
    if (c.last + 1 < tokens.size()) {
      Token colon = tokens.get(c.last);
      Token next = tokens.get(c.last + 1);
      if (isTitleColon(text, tokens.get(c.last - 1), colon, next)) {
        return true;
      }
    }
    if (c.first >= 2) {
      Token colon = tokens.get(c.first - 1);
      return isTitleColon(text, tokens.get(c.first - 2), colon, tokens.get(c.first));
    }
    return false;
  }

  private static boolean isTitleColon(String text, Token before, Token colon, Token after) {
    return !colon.word()
        && text.charAt(colon.start()) == ':'
        && before.word()
        && before.end() == colon.start()
        && after.word()
        && after.start() > colon.end()
        && Character.isUpperCase(text.charAt(before.start()))
        && Character.isUpperCase(text.charAt(after.start()));
  }

  private static boolean quoted(String text, List<Token> tokens, Candidate c) {
    if (c.first > 0 && quote(text, tokens.get(c.first - 1))) {
      for (int i = c.last; i < tokens.size() && i < c.last + 6; i++) {
        if (quote(text, tokens.get(i))) {
          return true;
        }
      }
    }
    // a title's last words: « Rhapsody in Blue », « Waiting for the Worms »; not a name after
    // "de" or "à" (« le Roman d'Alexandre », « Astérix chez les Belges » aside)
    String before = c.first > 0 ? tokens.get(c.first - 1).text(text) : "";
    if (c.last < tokens.size()
        && quote(text, tokens.get(c.last))
        && !Lexicon.OF_WORDS.contains(before)
        && !Lexicon.PLACE_CUES.contains(before)) {
      for (int i = c.first - 1; i >= 0 && i >= c.first - 6; i--) {
        if (quote(text, tokens.get(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean quote(String text, Token t) {
    if (t.word()) {
      return false;
    }
    char ch = text.charAt(t.start());
    return ch == '"' || ch == '«' || ch == '»' || ch == '“' || ch == '”';
  }

  private static boolean acronym(String w) {
    if (w.length() < 2 || w.length() > 6) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isUpperCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int previousWord(List<Token> tokens, int i) {
    int j = i - 1;
    while (j >= 0 && !tokens.get(j).word()) {
      j--;
    }
    return j < 0 ? 0 : j;
  }

  /**
   * The lower-cased word before token {@code i}, over an opening quote and a title's period ("M.
   * Dupont" → "m"), or null at the start.
   */
  private static String wordBefore(String text, List<Token> tokens, int i) {
    int j = i - 1;
    boolean period = false;
    while (j >= 0 && !tokens.get(j).word()) {
      char c = text.charAt(tokens.get(j).start());
      if (c == '.') {
        period = true;
      } else if (c != '«' && c != '"' && c != '“') {
        return null;
      }
      j--;
    }
    if (j < 0 || j >= i) {
      return null;
    }
    String w = tokens.get(j).text(text);
    if (period && !Lexicon.TITLE_ABBREVIATIONS.contains(w)) {
      return null;
    }
    return w.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
