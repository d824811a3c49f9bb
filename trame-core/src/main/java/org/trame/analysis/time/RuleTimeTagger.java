package org.trame.analysis.time;

import static org.trame.analysis.time.TimeLexicon.EN_MONTH;
import static org.trame.analysis.time.TimeLexicon.EN_ORDINAL;
import static org.trame.analysis.time.TimeLexicon.EN_SEASON;
import static org.trame.analysis.time.TimeLexicon.EN_WEEKDAY;
import static org.trame.analysis.time.TimeLexicon.ES_MONTH;
import static org.trame.analysis.time.TimeLexicon.ES_WEEKDAY;
import static org.trame.analysis.time.TimeLexicon.FR_MONTH;
import static org.trame.analysis.time.TimeLexicon.FR_ORDINAL;
import static org.trame.analysis.time.TimeLexicon.FR_SEASON;
import static org.trame.analysis.time.TimeLexicon.FR_WEEKDAY;
import static org.trame.analysis.time.TimeLexicon.IT_MONTH;
import static org.trame.analysis.time.TimeLexicon.IT_WEEKDAY;
import static org.trame.analysis.time.TimeLexicon.NUMBER;
import static org.trame.analysis.time.TimeLexicon.UNIT;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.analysis.TimeMention;
import org.trame.analysis.TimeTagger;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;

/**
 * A rule-based temporal tagger for French and English news, in the manner of HeidelTime: each rule
 * is a precompiled pattern with a normalization function. The text is scanned once per rule; where
 * candidates overlap the longest wins; the survivors are then normalized in text order, against the
 * publication date (deictics: "hier", "ce lundi", "l'an dernier") or against the last day the text
 * named (anaphora: "la veille", "le lendemain", "à 14 h").
 *
 * <p>Spans follow French TimeBank: the article and weekday are part of a date ("le samedi 5 juin"),
 * a preposition that only links it ("en", "depuis", "pendant", "à") is not. A publication date
 * known only to the month never yields an invented day: expressions that need the day ("hier", "ce
 * lundi", "cette semaine") then get no value.
 */
public final class RuleTimeTagger implements TimeTagger {

  /** What a rule makes of its match: null when the match is not a temporal expression after all. */
  @FunctionalInterface
  private interface Normalizer {
    Timex apply(MatchResult m, Context c);
  }

  private record Timex(String type, String value, LocalDate day) {
    static Timex date(String value) {
      return new Timex("DATE", value, null);
    }

    static Timex day(LocalDate day) {
      return new Timex("DATE", day == null ? null : day.toString(), day);
    }
  }

  /**
   * @param triggers words of which the lower-cased text must hold one for the rule to be tried at
   *     all: a cheap filter before the pattern's scan
   */
  private record Rule(
      String[] triggers,
      int gate,
      Pattern pattern,
      Pattern folded,
      Starts starts,
      Normalizer normalizer,
      boolean excludesPrefix,
      int whitespaceRuns) {

    /**
     * Whether the rule's matches may be looked for near its triggers only: each match then holds
     * one of the triggers (lower-cased), and is at most {@link #LOCAL_LENGTH} characters long
     * besides its runs of white space, of which the pattern has {@code whitespaceRuns}.
     */
    boolean local() {
      return whitespaceRuns >= 0;
    }

    boolean worthTrying(String text, String lowerText, String folded, byte[] gates) {
      boolean any = false;
      for (String t : triggers) {
        if (lowerText.contains(t)) {
          any = true;
          break;
        }
      }
      return any && passesGate(text, folded, gates);
    }

    /** Whether the text holds what the rule's gate, if any, looks for. */
    boolean passesGate(String text, String folded, byte[] gates) {
      if (gate < 0) {
        return true;
      }
      if (gates[gate] == 0) {
        gates[gate] = GATES.get(gate).holds(text, folded) ? (byte) 1 : (byte) 2;
      }
      return gates[gate] == 1;
    }
  }

  /**
   * Patterns that several rules need to find before they are worth a scan of their own: a month
   * name, a unit of time as a word. Found once per text.
   */
  private static final List<Gate> GATES = new ArrayList<>();

  /**
   * @param folded the pattern, case-sensitive for the lower-cased text ({@link FoldedText}); null
   *     when the pattern tells case
   * @param starts strings of which every match begins with one (lower-cased when {@code folded} is
   *     not null): the pattern is only tried where they are
   */
  private record Gate(Pattern pattern, Pattern folded, String[] starts) {

    boolean holds(String text, String foldedText) {
      if (folded != null && foldedText == null) {
        return pattern.matcher(text).find();
      }
      String in = folded != null ? foldedText : text;
      Matcher m =
          (folded != null ? folded : pattern)
              .matcher(in)
              .useTransparentBounds(true)
              .useAnchoringBounds(false);
      for (String start : starts) {
        for (int o = in.indexOf(start); o >= 0; o = in.indexOf(start, o + 1)) {
          // a match at o is the one find() would try there
          if (m.region(o, in.length()).lookingAt()) {
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * @param length of the whole match, the words left out of the span included: "à 14 heures" (a
   *     time) outweighs "14 heures" (a duration)
   */
  private record Candidate(int start, int end, int length, int rule, MatchResult match) {}

  private static final String B = "(?<![\\p{L}\\p{N}])";
  private static final String E = "(?![\\p{L}\\p{N}])";
  private static final String APOS = "['’]";
  private static final String YEAR = "(?:1[5-9]|20)\\d\\d";
  private static final String PART =
      "matin|soir|apr[èe]s-midi|midi|soir[ée]e|matin[ée]e|nuit|morning|afternoon|evening|night";
  private static final String REL =
      "derni[eè]re?s?|prochaine?s?|pass[ée]e?s?|suivante?s?|pr[ée]c[ée]dente?s?";

  /** Words that may follow a year: beyond them, "1500 euros" is a quantity, not a year. */
  private static final Set<String> AFTER_YEAR =
      Set.copyOf(
          List.of(
              "et",
              "à",
              "a",
              "au",
              "aux",
              "ou",
              "puis",
              "avec",
              "contre",
              "pour",
              "par",
              "dans",
              "en",
              "quand",
              "lorsque",
              "alors",
              "il",
              "elle",
              "ils",
              "elles",
              "on",
              "le",
              "la",
              "les",
              "l",
              "un",
              "une",
              "des",
              "du",
              "de",
              "d",
              "ce",
              "cette",
              "ces",
              "son",
              "sa",
              "ses",
              "leur",
              "leurs",
              "nous",
              "vous",
              "je",
              "qui",
              "que",
              "qu",
              "où",
              "sur",
              "sous",
              "selon",
              "après",
              "avant",
              "depuis",
              "jusqu",
              "mais",
              "donc",
              "n",
              "ne",
              "se",
              "s",
              "est",
              "était",
              "sont",
              "fut",
              "a",
              "avait",
              "ont",
              "the",
              "and",
              "in",
              "on",
              "to",
              "of",
              "for",
              "with",
              "he",
              "she",
              "it",
              "they",
              "was",
              "were",
              "is",
              "are",
              "had",
              "has",
              "when",
              "after",
              "before",
              "but",
              "as",
              "at",
              "by",
              "from",
              "that",
              "which",
              "this",
              "his",
              "her",
              "their",
              "we",
              "i",
              "you",
              "an",
              "dernier",
              "dernière",
              "prochain",
              "prochaine"));

  /** Future tenses and words of what is to come ("sera", "tiendra", "verra", "suivra", "will"). */
  private static final Pattern FUTURE =
      Pattern.compile(
          "(?iu)"
              + B
              + "(?:sera|seront|aura|auront|ira|iront|fera|feront|devra|devront|pourra|pourront"
              + "|va|vont|prévue?s?|prochaine?|devrait|devraient|doit|doivent|rendez-vous|will|shall|\\p{L}{2,}(?:era|eront|ira|iront)"
              // the future of a past report: "ne circulerait jeudi", "aucun train ne partirait"
              + "|\\p{L}{3,}(?:erait|eraient|irait|iraient)"
              + "|d['’]ici"
              // -dre, -oir and -vre verbs, not the Italian and Spanish nouns that end alike
              // ("guerra", "squadra", "Alessandra")
              + "|\\p{L}*(?:ien|en|on|er|ou|au)dr(?:a|ont)|(?:ver|pour|enver|cour|mour)r(?:a|ont)"
              + "|\\p{L}*(?:cev|suiv|viv)r(?:a|ont))"
              + E);

  private static final Pattern STREET =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:rue|avenue|av\\.|boulevard|bd|place|quai|all[ée]e|impasse|square"
              + "|pont|cours|esplanade|parvis|rond-point|stade|lyc[ée]e|coll[èe]ge|[ée]cole|cit[ée])"
              + "\\s+(?:du\\s+|des\\s+|de\\s+la\\s+)?$");

  /** "à 65 ans", "a 50 ans": an age when the number is an adult's. */
  private static final Pattern AGE_AT =
      Pattern.compile("(?iu)(?<!\\p{L})(?<!['’]|ici\\s)[àa]\\s*$");

  private static final Pattern AGE =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:[âa]g[ée]e?s?|l"
              + APOS
              + "[âa]ge|(?:les|aux|des)\\s+(?:moins|plus)|(?:homme|femme|fille|gar[çc]on|enfant|adolescente?"
              + "|jeune|b[ée]b[ée]|victime|retrait[ée]e?|conducteur|conductrice|aged|age)s?)"
              + "(?:\\s+de)?\\s*$");

  /** The last word before a weekday, when it says the sentence is in the past ("a démissionné"). */
  private static final Pattern PAST_BEFORE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}-])(?:\\p{L}+(?:é|ée|és|ées)|hier|a|ont|avait|avaient)\\s*,?\\s*$");

  /**
   * Auxiliaries of a past tense and "hier", French and English. The English article "a" reads as
   * the French auxiliary, which only keeps the past reading of before.
   */
  private static final String PAST_WORDS =
      "a|ont|avait|avaient|était|étaient|fut|furent|hier|has|have|had|was|were|did|yesterday";

  /** Words of a headline that put it in the past: auxiliaries, "hier", participles. */
  private static final Pattern PAST_IN_HEADLINE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}-])(?:"
              + PAST_WORDS
              + "|est|sont|\\p{L}{2,}(?:é|ée|és|ées|ed))(?![\\p{L}-])");

  /** "jusqu'à", "until" right before a weekday. */
  private static final Pattern UNTIL =
      Pattern.compile("(?iu)(?<!\\p{L})(?:jusqu['’]\\s*(?:à|au)|until|till)\\s+$");

  /**
   * Words of a sentence that put a state that lasts until a weekday in the past: auxiliaries of a
   * past tense, the imperfect, "hier", and "est resté", "sont demeurés". Not "est" nor a participle
   * alone, which as often tell a present state ("la ligne est fermée jusqu'à lundi").
   */
  private static final Pattern PAST_OF_STATE =
      Pattern.compile(
          "(?iu)(?<![\\p{L}-])(?:"
              + PAST_WORDS
              + "|\\p{L}{2,}aient|\\p{L}{3,}ait|(?:est|sont)\\s+(?:rest|demeur)\\p{L}*)(?![\\p{L}-])");

  /** What comes before the second weekday of a span: "de mercredi (soir) à", "from Monday to". */
  private static final Pattern WEEKDAY_RANGE_START =
      Pattern.compile(
          "(?iu)(?<!\\p{L})(?:de|du|from)\\s+(?:"
              + FR_WEEKDAY
              + "|"
              + EN_WEEKDAY
              + ")(?:\\s+(?:matin|midi|soir|morning|evening))?\\s+(?:à|au|jusqu['’]à|to|until)\\s+$");

  /**
   * Capitalized words other than months and seasons that a year may follow as a date (folded):
   * holidays, and the year itself.
   */
  private static final Set<String> DATED_NAMES =
      Set.of(
          "noel",
          "paques",
          "toussaint",
          "pentecote",
          "ascension",
          "christmas",
          "easter",
          "halloween",
          "thanksgiving",
          "ramadan",
          "hanoucca",
          "hanukkah",
          "an",
          "annee",
          "year");

  private static final List<Rule> RULES = new ArrayList<>();

  private static final String FR_MONTH_KEYS =
      "janv|févr|fevr|mars|avril|mai|juin|juil|août|aout|sept|octob|novem|décem|decem";
  private static final String EN_MONTH_KEYS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
  private static final String UNIT_KEYS =
      "ans|an |an,|an.|anné|anne|mois|semaine|jour|heure|minute|seconde|décenn|decenn|siècle"
          + "|siecle|year|month|week|day|hour|decade|centur";

  /**
   * The longest a match of a {@linkplain #localRule local rule} may be, its runs of white space
   * left out; the longest of them is about half of it.
   */
  private static final int LOCAL_LENGTH = 100;

  private static void rule(String triggers, String regex, Normalizer n) {
    rule(triggers, regex, n, -1);
  }

  /**
   * A rule whose every match holds one of its triggers, and is at most {@link #LOCAL_LENGTH}
   * characters long besides its runs of white space: it is only tried near its triggers.
   */
  private static void localRule(String triggers, String regex, Normalizer n) {
    int runs = 0;
    for (int i = regex.indexOf("\\s"); i >= 0; i = regex.indexOf("\\s", i + 1)) {
      runs++;
    }
    rule(triggers, regex, n, runs);
  }

  private static void rule(String triggers, String regex, Normalizer n, int whitespaceRuns) {
    int gate = -1;
    if (triggers.equals(FR_MONTH_KEYS)) {
      gate = 0;
    } else if (triggers.equals(EN_MONTH_KEYS)) {
      gate = 1;
    } else if (triggers.equals(UNIT_KEYS)) {
      gate = 2;
    }
    Pattern pattern = Pattern.compile(regex);
    Pattern folded = FoldedText.caseSensitive(regex);
    RULES.add(
        new Rule(
            triggers.split("\\|"),
            gate,
            pattern,
            folded,
            Starts.of(regex, pattern, folded),
            n,
            regex.contains("(?<x>"),
            whitespaceRuns));
  }

  private static void gate(String starts, String regex) {
    GATES.add(
        new Gate(Pattern.compile(regex), FoldedText.caseSensitive(regex), starts.split("\\|")));
  }

  static {
    // every alternative of each gate begins with one of its starts
    gate(FR_MONTH_KEYS, "(?iu)" + B + "(?:" + FR_MONTH + ")" + E);
    gate("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", "(?u)" + B + "(?:" + EN_MONTH + ")");
    gate(
        "an|mois|semaine|jour|heure|minute|second|décenn|decenn|siècle|siecle|year|month|week|day"
            + "|hour|decade|centur",
        "(?iu)" + B + "(?:" + UNIT + ")" + E);
    String dayNumber = "(?<d>1er|1st|premier|[0-3]?\\d)";
    // --- French calendar dates: "le samedi 5 juin 1999", "1er septembre prochain", "le 10 mai 93"
    localRule(
        FR_MONTH_KEYS,
        "(?iu)"
            + B
            + "(?:(?<x>(?:du|au)\\s+)|(?:le|ce)\\s+)?(?:(?<wd>"
            + FR_WEEKDAY
            + ")\\s*,?\\s+)?"
            + dayNumber
            + "\\s+(?<mo>"
            + FR_MONTH
            + ")"
            + E
            + "(?:\\s+(?<y>"
            + YEAR
            + ")"
            + E
            + "|\\s+(?<y2>\\d\\d)(?=\\s*[.,;:)]|\\s*$)|\\s+(?<rel>"
            + REL
            + ")"
            + E
            + ")?",
        RuleTimeTagger::dayOfMonth);
    // --- English: "Monday, July 14, 2023", "14 July 2023", "the 4th of July"
    rule(
        EN_MONTH_KEYS,
        "(?u)"
            + B
            + "(?:(?<wd>"
            + EN_WEEKDAY
            + "),?\\s+)?(?<mo>"
            + EN_MONTH
            + ")\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?"
            + E
            + "(?:(?:\\s*,\\s*|\\s+)(?<y>"
            + YEAR
            + ")"
            + E
            + ")?",
        RuleTimeTagger::dayOfMonth);
    rule(
        EN_MONTH_KEYS,
        "(?u)"
            + B
            + "(?:(?<wd>"
            + EN_WEEKDAY
            + "),?\\s+)?(?:the\\s+)?(?<d>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mo>"
            + EN_MONTH
            + ")"
            + "(?:(?:\\s*,\\s*|\\s+)(?<y>"
            + YEAR
            + ")"
            + E
            + ")?",
        RuleTimeTagger::dayOfMonth);
    // --- numeric: 12/07/2023, 12.07.2023, 2023-07-12
    localRule(
        "19|20",
        B + "(?<d>[0-3]?\\d)[/.](?<m>[01]?\\d)[/.](?<y>(?:19|20)\\d\\d)" + E,
        RuleTimeTagger::numeric);
    localRule(
        "19|20",
        B + "(?<y>(?:19|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)" + E,
        RuleTimeTagger::numeric);
    // --- month and year: "fin septembre 2000", "le mois de mai 1988", "early March 2021"
    localRule(
        FR_MONTH_KEYS,
        "(?iu)"
            + B
            + "(?:(?<mod>d[ée]but|fin|mi|courant|early|late|mid)[- ]\\s*|(?:le\\s+)?mois\\s+d"
            + APOS
            + "?e?\\s*)?(?<mo>"
            + FR_MONTH
            + ")\\s+(?<y>"
            + YEAR
            + ")"
            + E,
        RuleTimeTagger::monthYear);
    rule(
        EN_MONTH_KEYS,
        "(?u)"
            + B
            + "(?:(?<mod>[Ee]arly|[Ll]ate|[Mm]id)[- ]\\s*)?(?<mo>"
            + EN_MONTH
            + "),?\\s+(?<y>"
            + YEAR
            + ")"
            + E,
        RuleTimeTagger::monthYear);
    // --- a month alone, when something says it is one: "en mai", "début octobre", "juin dernier"
    localRule(
        FR_MONTH_KEYS,
        "(?iu)"
            + B
            + "(?:(?<x>(?:en|depuis|d[èe]s|jusqu"
            + APOS
            + "en|d"
            + APOS
            + "ici|avant|apr[èe]s|pour|courant|de|du|au|d"
            + APOS
            + ")\\s*)(?:le\\s+)?(?:mois\\s+d"
            + APOS
            + "?e?\\s*)?|(?<mod>d[ée]but|fin|mi|courant)[- ]\\s*"
            + "|(?:le\\s+)?mois\\s+d"
            + APOS
            + "?e?\\s*)(?<mo>"
            + FR_MONTH
            + ")"
            + E
            + "(?:\\s+(?<rel>"
            + REL
            + ")"
            + E
            + ")?",
        RuleTimeTagger::monthAlone);
    localRule(
        FR_MONTH_KEYS,
        "(?iu)" + B + "(?<mo>" + FR_MONTH + ")\\s+(?<rel>" + REL + ")" + E,
        RuleTimeTagger::monthAlone);
    rule(
        EN_MONTH_KEYS,
        "(?u)"
            + B
            + "(?:(?<x>(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom)\\s+)|(?<rel>last|next|this)\\s+"
            + "|(?<mod>early|late|mid)[- ]\\s*)(?<mo>"
            + EN_MONTH
            + ")"
            + E
            // "from June 15": a day, which the shorter "June 15" would otherwise lose to "from
            // June"; "in May 15 days later" is the month still
            + "(?!\\s+[0-3]?\\d(?:st|nd|rd|th)?"
            + E
            + "(?!\\s+(?i:"
            + UNIT
            + ")"
            + E
            + "))",
        RuleTimeTagger::monthAlone);
    // --- a year: "1999", "en 2021", "fin 2001", "l'an 2000"
    localRule(
        "15|16|17|18|19|20",
        "(?iu)"
            + B
            + "(?:(?<mod>d[ée]but|fin|mi|courant|early|late|mid)[- ]\\s*|l"
            + APOS
            + "an(?:n[ée]e)?\\s+|the\\s+year\\s+)?(?<y>"
            + YEAR
            + ")"
            + E,
        RuleTimeTagger::year);
    // --- decades and centuries: "les années 60", "début des années 1980", "the 1990s", "XIXe
    // siècle"
    rule(
        "années|annees",
        "(?iu)"
            + B
            + "(?:(?<x>au\\s+)?(?:d[ée]but|fin|milieu)\\s+des\\s+|les\\s+)?ann[ée]es\\s+(?<dec>(?:19|20)?"
            + "[1-9]0|vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingts?"
            + "|quatre-vingt-dix)"
            + E,
        RuleTimeTagger::decade);
    rule(
        "0s|0's",
        "(?u)" + B + "(?:the\\s+)?(?:early\\s+|late\\s+|mid-)?(?<dec>(?:19|20)?[1-9]0)'?s" + E,
        RuleTimeTagger::decade);
    rule(
        "siècle|siecle|century",
        "(?u)"
            + B
            + "(?<c>[IVX]{1,5}|\\d{1,2})(?:e|è|ème|eme|th|st|nd|rd)\\s+(?:si[èe]cle|[Cc]entury)"
            + E,
        RuleTimeTagger::century);
    // --- weekdays: "mardi", "ce lundi", "mercredi dernier", "vendredi matin", "on Monday"
    localRule(
        "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
        "(?iu)"
            + B
            + "(?:(?<det>ce|cet|le|ce\\s+m[êe]me|le\\s+m[êe]me)\\s+)?(?<wd>"
            + FR_WEEKDAY
            + ")"
            + E
            + "(?:\\s+(?<part>"
            + PART
            + ")"
            + E
            + ")?(?:\\s+(?<rel>"
            + REL
            + ")"
            + E
            + ")?",
        RuleTimeTagger::weekday);
    localRule(
        "day",
        "(?u)"
            + B
            + "(?:(?<x>[Oo]n\\s+)|(?<det>[Tt]his|[Ll]ast|[Nn]ext)\\s+)?(?<wd>"
            + EN_WEEKDAY
            + ")"
            + E
            + "(?:\\s+(?<part>morning|afternoon|evening|night)"
            + E
            + ")?",
        RuleTimeTagger::weekday);
    // --- today, yesterday, tomorrow (with a part of the day)
    localRule(
        "hier|demain|aujourd|today|yesterday|tomorrow|the day",
        "(?iu)"
            + B
            + "(?<w>aujourd"
            + APOS
            + "hui|avant-hier|apr[èe]s-demain|hier|demain|today|yesterday|tomorrow"
            + "|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)"
            + E
            + "(?:\\s+(?<wd>"
            + FR_WEEKDAY
            + ")"
            + E
            + ")?(?:\\s+(?:(?<part>"
            + PART
            + ")|dans\\s+la\\s+(?<part2>soir[ée]e|matin[ée]e|nuit|journ[ée]e))"
            + E
            + ")?",
        RuleTimeTagger::deicticDay);
    localRule(
        "matin|soir|midi|nuit|morning|afternoon|evening|tonight",
        "(?iu)"
            + B
            + "(?:ce|cet|cette|this)\\s+(?:(?<part>matin|soir|apr[èe]s-midi|midi|soir[ée]e|matin[ée]e"
            + "|nuit|morning|afternoon|evening)|(?<tonight>tonight))"
            + E,
        RuleTimeTagger::thisPartOfDay);
    localRule("tonight", "(?iu)" + B + "(?<tonight>tonight)" + E, RuleTimeTagger::thisPartOfDay);
    // --- parts of the day of the day in question: "dans la soirée", "le matin même"
    localRule(
        "soir|matin|nuit|journ|midi",
        "(?iu)"
            + B
            + "(?<x>(?:dans|pendant|durant|au\\s+cours\\s+de|en\\s+fin\\s+de|en\\s+d[ée]but\\s+de)"
            + "\\s+)(?:la\\s+(?<part>soir[ée]e|matin[ée]e|nuit|journ[ée]e)|l"
            + APOS
            + "(?<part2>apr[èe]s-midi))"
            + E,
        RuleTimeTagger::partOfReferenceDay);
    localRule(
        "même|meme",
        "(?iu)" + B + "le\\s+(?<part>matin|soir)\\s+m[êe]me" + E,
        RuleTimeTagger::partOfReferenceDay);
    // --- the day before / after the day in question
    localRule(
        "veille|lendemain|même|meme|day",
        "(?iu)"
            + B
            + "(?<w>la\\s+veille|l"
            + APOS
            + "avant-veille|le\\s+lendemain|le\\s+surlendemain|le\\s+m[êe]me\\s+jour"
            + "|le\\s+jour\\s+m[êe]me|the\\s+day\\s+before|the\\s+next\\s+day|the\\s+following\\s+day"
            + "|the\\s+same\\s+day)"
            + E
            + "(?:\\s+(?:au\\s+)?(?<part>matin|soir|apr[èe]s-midi))?"
            // "la veille de l'entrée en vigueur", "the day before the vote": the eve of a
            // happening the text does not date here, not of the last day it named ("de bonne
            // heure", "de grand matin" are times of that day)
            + "(?<anchored>(?=\\s+(?:de|du|des|d"
            + APOS
            + "|the|a|an|his|her|its|their)(?![\\p{L}\\p{N}])"
            + "(?!\\s+(?:bonne|grand|tr[èe]s)\\s)))?",
        RuleTimeTagger::anaphoricDay);
    // --- this / last / next week, month, year… : "l'an dernier", "cette semaine", "le mois
    // prochain"
    rule(
        "semaine|mois|an |an-|anné|annee|week|trimestre|semestre",
        "(?iu)"
            + B
            + "(?:(?<x>[àa]\\s+)?(?<mod>(?:la\\s+)?(?:fin|d[ée]but|milieu)\\s+(?:de\\s+)?))?"
            + "(?<det>cette|cet|ce|la|le|l"
            + APOS
            + "|du)\\s*(?<u>semaine|mois|ann[ée]e|an|week-end|trimestre|semestre)"
            + E
            + "(?<ci>-ci)?(?:\\s+(?<rel>derni[eè]re?|pass[ée]e?|prochaine?|pr[ée]c[ée]dente?"
            + "|suivante?|en\\s+cours)"
            + E
            + ")?",
        RuleTimeTagger::relativeUnit);
    rule(
        "week|month|year|quarter",
        "(?iu)"
            + B
            + "(?<det>this|last|next|the\\s+past|the\\s+coming|the\\s+previous|the\\s+following)"
            + "\\s+(?<u>week|month|year|weekend|quarter)"
            + E,
        RuleTimeTagger::relativeUnit);
    // --- ordinal quarters and halves: "le deuxième trimestre 2022", "au premier semestre de
    // l'année prochaine", "au 3e trimestre" (of the year of publication), "the first half of 2023"
    //
    // the year named from the publication: "de l'année prochaine", "de l'an dernier", "de cette
    // année"; "de l'année" alone is the publication's, unless what follows makes it another
    // ("précédente", "scolaire", "de son élection")
    String ofTheYear =
        "cette\\s+ann[ée]e|l"
            + APOS
            + "(?:ann[ée]e|an)"
            + E
            + "(?:\\s+(?:derni[eè]re?|pass[ée]e?|prochaine?|en\\s+cours)"
            + E
            + "|(?!\\s+(?:pr[ée]c[ée]dente|suivante|scolaire|universitaire|fiscale|budg[ée]taire|de|du"
            + "|des)"
            + E
            + "|\\s+d"
            + APOS
            + "))";
    localRule(
        "trimestre|semestre",
        "(?iu)"
            + B
            + "(?:(?<x>(?:au|du|en)\\s+)|(?<det>le|ce)\\s+)?(?<ord>"
            + FR_ORDINAL
            + ")\\s+(?<u>trimestre|semestre)"
            + E
            + "(?:\\s+(?:de\\s+(?:l"
            + APOS
            + "(?:ann[ée]e|an)\\s+)?)?(?<y>"
            + YEAR
            + ")"
            + E
            + "|\\s+de\\s+(?<yrel>"
            + ofTheYear
            + ")"
            // no year: "au premier trimestre de la grossesse", "du mandat", "de l'exercice",
            // "scolaire" count from something else than the year of publication
            + "|(?!\\s+(?:de|du|des|scolaire)"
            + E
            + "|\\s+d"
            + APOS
            + "))",
        RuleTimeTagger::ordinalPeriod);
    // a year always: without one, "in the first half" is mostly a game's
    localRule(
        "quarter|half",
        "(?iu)"
            + B
            + "(?:(?<x>(?:in|during)\\s+)?(?<det>the)\\s+)?(?<ord>"
            + EN_ORDINAL
            + ")(?:-|\\s+)(?<u>quarter|half)(?:(?:\\s+of)?\\s+(?<y>"
            + YEAR
            + ")"
            + E
            + "|\\s+of\\s+(?<yrel>this|next|last)\\s+year"
            + E
            + ")",
        RuleTimeTagger::ordinalPeriod);
    // as financial news abbreviate them: "Q2 2022", "T3 2021" (trimestre), "H1 2023"
    localRule(
        "q1|q2|q3|q4|t1|t2|t3|t4|h1|h2",
        "(?u)" + B + "(?:[QT](?<q>[1-4])|H(?<h>[12]))\\s+(?<y>" + YEAR + ")" + E,
        RuleTimeTagger::abbreviatedPeriod);
    // --- seasons: "l'été 2021", "cet hiver", "en été", "au printemps dernier", "last summer"
    rule(
        "printemps|été|ete|automne|hiver|spring|summer|autumn|fall|winter",
        "(?iu)"
            + B
            + "(?:(?<x>(?:en|au|in)\\s+)|(?<det>cet|ce|l"
            + APOS
            + "|le|les\\s+mois\\s+d"
            + APOS
            + "|this|last|next|the)\\s*)(?<s>"
            + FR_SEASON
            + "|"
            + EN_SEASON
            + ")"
            + E
            + "(?:\\s+(?<y>"
            + YEAR
            + ")"
            + E
            + "|\\s+(?<rel>derni[eè]r|prochain|pass[ée])"
            + E
            + ")?",
        RuleTimeTagger::season);
    // --- ago: "il y a deux ans", "il y a une semaine", "three days ago"
    rule(
        "il y a|voici|voilà|voila",
        "(?iu)"
            + B
            + "(?:il\\s+y\\s+a|voici|voil[àa])\\s+(?:(?:environ|pr[èe]s\\s+de|plus\\s+de|moins\\s+de)"
            + "\\s+)?(?<n>"
            + NUMBER
            + "|quelques|plusieurs)\\s+(?<u>"
            + UNIT
            + ")"
            + E,
        RuleTimeTagger::ago);
    rule(
        "ago",
        "(?iu)" + B + "(?<n>" + NUMBER + "|a|an|a\\s+few|several)\\s+(?<u>" + UNIT + ")\\s+ago" + E,
        RuleTimeTagger::ago);
    // --- durations: "trois jours", "près de 24 heures", "un an et demi", "ces dernières 24 heures"
    rule(
        UNIT_KEYS,
        "(?iu)"
            + B
            + "(?:(?:ces|les|the)\\s+(?:derni[eè]re?s|prochaine?s|last|past|next)\\s+"
            + "|(?:les|the)\\s+)?(?:(?:pr[èe]s\\s+de|environ|presque|plus\\s+de|moins\\s+de|au\\s+moins"
            + "|about|nearly|almost|more\\s+than|less\\s+than|at\\s+least|over)\\s+)?(?<n>"
            + NUMBER
            + "|quelques|plusieurs|a|an|a\\s+few|several)\\s+(?:(?:derni[eè]re?s|prochaine?s"
            + "|premi[eè]re?s|longue?s|bonne?s|petite?s|long|full|whole)\\s+)?(?<u>"
            + UNIT
            + ")"
            + E
            + "(?<half>\\s+et\\s+demie?"
            + E
            + "|\\s+and\\s+a\\s+half)?",
        RuleTimeTagger::duration);
    localRule(
        "demi|quart|half|quarter",
        "(?iu)"
            + B
            + "(?:une?\\s+|a\\s+|an\\s+)(?<w>demi-si[èe]cle|quart\\s+de\\s+si[èe]cle|demi-heure"
            + "|quart\\s+d"
            + APOS
            + "heure|half[- ]century|half[- ]hour|half\\s+an\\s+hour|quarter\\s+of\\s+an\\s+hour)"
            + E,
        RuleTimeTagger::namedDuration);
    localRule(
        "quinquennat|septennat|millénaire|millenaire",
        "(?iu)" + B + "(?<w>quinquennats?|septennats?|mill[ée]naires?)" + E,
        RuleTimeTagger::namedDuration);
    localRule(
        "aine",
        "(?iu)"
            + B
            + "(?:une\\s+|la\\s+)?(?<q>dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine"
            + "|cinquantaine|centaine)\\s+d"
            + APOS
            + "?e?\\s*(?<u>"
            + UNIT
            + ")"
            + E,
        RuleTimeTagger::approximateDuration);
    localRule(
        "derni|prochain|last|past|next|coming|recent",
        "(?iu)"
            + B
            + "(?:ces|les|the)\\s+(?:derni[eè]re?s|prochaine?s|last|past|next|coming|recent)\\s+"
            + "(?<u>ann[ée]es|mois|semaines|jours|heures|d[ée]cennies|si[èe]cles|years|months|weeks"
            + "|days|hours|decades)"
            + E,
        RuleTimeTagger::vagueDuration);
    // --- sets: "chaque année", "tous les jeudis", "toutes les deux semaines", "every Monday"
    localRule(
        "chaque|every|each",
        "(?iu)"
            + B
            + "(?:chaque|every|each)\\s+(?<u>jour|semaine|mois|ann[ée]e|an|matin|soir|nuit|week-end"
            + "|day|week|month|year|morning|evening|night|weekend|"
            + FR_WEEKDAY
            + "|"
            + EN_WEEKDAY
            + ")"
            + E,
        RuleTimeTagger::set);
    rule(
        "tous les|toutes les",
        "(?iu)"
            + B
            + "(?:tous|toutes)\\s+les\\s+(?:(?<n>"
            + NUMBER
            + ")\\s+)?(?<u>jours|semaines|mois|ann[ée]es|ans|matins|soirs|nuits|heures|week-ends|"
            + "(?:"
            + FR_WEEKDAY
            + ")s)"
            + E,
        RuleTimeTagger::set);
    rule(
        "annuel|quotidiennement|daily",
        "(?iu)"
            + B
            + "(?<w>quotidiennement|annuellement|mensuellement|hebdomadairement|(?-i:daily)"
            + "|annuel(?:le)?s?)"
            + E,
        RuleTimeTagger::set);

    // --- clock times: "14 h 30", "à 20 heures", "vers 0 h 40", "à midi", "3 p.m."
    localRule(
        "h",
        "(?iu)"
            + B
            + "(?:(?<appr>vers|aux\\s+alentours\\s+de|autour\\s+de)\\s+)?(?<h>[01]?\\d|2[0-4])\\s*h"
            + "(?:\\s*(?<mi>[0-5]\\d))?"
            + E,
        RuleTimeTagger::clock);
    localRule(
        "heure",
        "(?iu)"
            + B
            + "(?:(?<x>(?:[àa]|d[èe]s|jusqu"
            + APOS
            + "[àa]|avant|apr[èe]s|entre|et)\\s+)|(?<appr>vers)\\s+)(?<h>[01]?\\d|2[0-4])\\s+heures?"
            + "(?:\\s+(?<mi>[0-5]\\d))?"
            + E,
        RuleTimeTagger::clock);
    localRule(
        "midi|minuit",
        "(?iu)"
            + B
            + "(?:(?<x>(?:[àa]|d[èe]s|jusqu"
            + APOS
            + "[àa]|avant|apr[èe]s|vers)\\s+)|(?<appr2>ce|hier|demain)\\s+)(?<w>midi|minuit)"
            + E,
        RuleTimeTagger::noon);
    localRule(
        "am|pm|a.m|p.m",
        "(?iu)"
            + B
            + "(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm)(?!\\p{L})",
        RuleTimeTagger::clock);
    localRule(":", B + "(?<h>[01]?\\d|2[0-3]):(?<mi>[0-5]\\d)" + E, RuleTimeTagger::clock);
    // --- present, past and future references
    rule(
        "maintenant|actuellement|présent|present|désormais|desormais|nos jours|moment|currently|nowadays",
        "(?iu)"
            + B
            + "(?<!en\\s)(?<w>maintenant|actuellement|[àa]\\s+pr[ée]sent|d[ée]sormais|de\\s+nos\\s+jours"
            + "|pour\\s+le\\s+moment|en\\s+ce\\s+moment|currently|nowadays|at\\s+present)"
            + E,
        (m, c) -> new Timex("TIME", "PRESENT_REF", null));
    localRule(
        "actuel",
        "(?iu)" + B + "(?<w>actuel(?:le)?s?)" + E,
        (m, c) -> new Timex("TIME", "PRESENT_REF", null));
    localRule(
        "prochain|futur",
        "(?iu)" + B + "(?<w>prochaine?s?|futur(?:e|es|s)?)" + E,
        (m, c) -> new Timex("TIME", "FUTURE_REF", null));
    localRule(
        "précédent|precedent|précedent|precédent",
        "(?iu)" + B + "(?<!sans\\s)(?<w>pr[ée]c[ée]dente?s?)" + E,
        (m, c) -> new Timex("TIME", "PAST_REF", null));
    // the month, and year or "prochain", of the second day of a pair, ending the lookahead
    String secondDaysMonth =
        "\\s+(?<mo>"
            + FR_MONTH
            + ")"
            + E
            + "(?:\\s+(?<y>"
            + YEAR
            + ")"
            + E
            + "|\\s+(?<rel>"
            + REL
            + ")"
            + E
            + ")?)";
    rule(
        FR_MONTH_KEYS,
        "(?iu)"
            + B
            + "les\\s+(?<d>[0-3]?\\d)(?=\\s+(?:et|ou|au)\\s+(?:le\\s+)?[0-3]?\\d"
            + secondDaysMonth,
        RuleTimeTagger::dayOfMonth);
    // "du 3 au 5 mai 2024": the first day, bare, has the month and year of the second
    rule(
        FR_MONTH_KEYS,
        "(?iu)"
            + B
            + "(?<x>du\\s+)(?<d>1er|[0-3]?\\d)(?=\\s+au\\s+(?<d2>[0-3]?\\d)"
            + secondDaysMonth,
        RuleTimeTagger::firstDayOfMonth);
    localRule(
        "fin|début|debut",
        "(?iu)"
            + B
            + "(?<x>en\\s+)?(?:fin|d[ée]but)\\s+(?:d"
            + APOS
            + "(?<part2>apr[èe]s-midi)|de\\s+(?<part>matin[ée]e|soir[ée]e|journ[ée]e))"
            + E,
        RuleTimeTagger::partOfReferenceDay);
    localRule(
        "autrefois|jadis|auparavant|naguère|naguere|récemment|recemment|recently|formerly",
        "(?iu)"
            + B
            + "(?<w>autrefois|jadis|auparavant|nagu[èe]re|r[ée]cemment|recently|formerly)"
            + E,
        (m, c) -> new Timex("TIME", "PAST_REF", null));
    localRule(
        "avenir|futur|prochainement|future",
        "(?iu)" + B + "(?<w>l" + APOS + "avenir|le\\s+futur|prochainement|in\\s+the\\s+future)" + E,
        (m, c) -> new Timex("TIME", "FUTURE_REF", null));
    spanishAndItalian();
  }

  /**
   * Spanish and Italian calendar dates, weekdays and the days next to today: what dates a news
   * story in those languages ("el 3 de mayo de 2011", "marzo de 2012", "il 3 maggio", "lunedì",
   * "ayer"). Their month and weekday names are no French or English word, so French and English
   * texts are tagged as before.
   */
  private static void spanishAndItalian() {
    String esMonthKeys =
        "ener|febr|marz|abril|mayo|junio|julio|agost|septi|setie|octub|novie|dicie";
    String itMonthKeys = "genn|febb|marz|april|magg|giugn|lugl|agost|sett|ottob|novem|dicem";
    // "el jueves 3 de marzo de 2011", "12 de marzo del 2011", "el 3 de mayo"
    localRule(
        esMonthKeys,
        "(?iu)"
            + B
            + "(?:(?<x>(?:del|al|desde\\s+el|hasta\\s+el)\\s+)|el\\s+)?"
            + "(?:(?<rel>pasado|pr[óo]ximo)\\s+)?(?:(?<wd>"
            + ES_WEEKDAY
            + ")\\s*,?\\s+)?(?<d>[0-3]?\\d)\\s+(?:de\\s+)?(?<mo>"
            + ES_MONTH
            + ")"
            + E
            + "(?:\\s+de(?:l)?\\s+(?<y>"
            + YEAR
            + ")"
            + E
            + ")?",
        RuleTimeTagger::dayOfMonth);
    // "il 3 maggio 2011", "giovedì 3 marzo", "dal 15 febbraio"
    localRule(
        itMonthKeys,
        "(?iu)"
            + B
            + "(?:(?<x>(?:dal|al|del|nel|fino\\s+al)\\s+)|il\\s+|l"
            + APOS
            + ")?(?:(?:lo\\s+)?(?<rel>scorso|prossimo)\\s+)?(?:(?<wd>"
            + IT_WEEKDAY
            + ")\\s*,?\\s+)?(?<d>[0-3]?\\d)[°º]?\\s+(?<mo>"
            + IT_MONTH
            + ")"
            + E
            + "(?:\\s+(?<y>"
            + YEAR
            + ")"
            + E
            + "|\\s+(?<rel2>scorso|prossimo)"
            + E
            + ")?",
        RuleTimeTagger::dayOfMonth);
    // "marzo de 2012", "finales de enero de 2011", "marzo 2012", "maggio del 2011"
    localRule(
        esMonthKeys,
        "(?iu)"
            + B
            + "(?:(?<mod>principios|finales|mediados)\\s+de\\s+)?(?<mo>"
            + ES_MONTH
            + ")\\s+(?:de(?:l)?\\s+)?(?<y>"
            + YEAR
            + ")"
            + E,
        RuleTimeTagger::monthYear);
    localRule(
        itMonthKeys,
        "(?iu)"
            + B
            + "(?:(?<mod>inizio|fine|met[àa])\\s+)?(?<mo>"
            + IT_MONTH
            + ")\\s+(?:del\\s+)?(?<y>"
            + YEAR
            + ")"
            + E,
        RuleTimeTagger::monthYear);
    // a month alone after what says it is one: "en marzo", "desde enero", "a maggio", "nel mese di"
    localRule(
        esMonthKeys,
        "(?iu)"
            + B
            + "(?<x>(?:en|desde|hasta|el\\s+mes\\s+de|a\\s+partir\\s+de)\\s+)(?<mo>"
            + ES_MONTH
            + ")"
            + E,
        RuleTimeTagger::monthAlone);
    localRule(
        itMonthKeys,
        "(?iu)"
            + B
            + "(?<x>(?:a|ad|in|da|entro|fino\\s+a|nel\\s+mese\\s+di)\\s+)(?<mo>"
            + IT_MONTH
            + ")"
            + E,
        RuleTimeTagger::monthAlone);
    // weekdays: "el lunes", "este martes", "lunedì", "venerdì scorso"
    localRule(
        "lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo",
        "(?iu)" + B + "(?:(?:el|este|esta)\\s+)?(?<wd>" + ES_WEEKDAY + ")" + E,
        RuleTimeTagger::weekday);
    localRule(
        "lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato"
            + "|domenica",
        "(?iu)" + B + "(?<wd>" + IT_WEEKDAY + ")" + E,
        RuleTimeTagger::weekday);
    // today, yesterday, the day before: "ayer", "anteayer", "hoy", "ieri", "l'altro ieri", "oggi"
    localRule(
        "ayer|hoy|ieri|oggi|domani",
        "(?iu)" + B + "(?<w>anteayer|ayer|hoy|l" + APOS + "altro\\s+ieri|ieri|oggi|domani)" + E,
        RuleTimeTagger::deicticDay);
  }

  @Override
  public List<TimeMention> tag(String text, PublishedDate published) {
    List<Candidate> candidates = new ArrayList<>();
    // null when the lower-cased text cannot stand for the text
    String folded = FoldedText.lowerCase(text);
    String lower = folded != null ? folded : text.toLowerCase(Locale.ROOT);
    byte[] gates = new byte[GATES.size()];
    // the longest run of white space, or -1 when the lower-cased text cannot stand for the text
    int longestSpace = folded != null ? longestSpace(text) : -1;
    Occurrences occurrences = new Occurrences();
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      boolean onFolded = folded != null && rule.folded() != null;
      if (rule.local() && longestSpace >= 0) {
        if (!occurrences.find(rule.triggers(), lower) || !rule.passesGate(text, folded, gates)) {
          continue;
        }
        Matcher m = onFolded ? rule.folded().matcher(folded) : rule.pattern().matcher(text);
        findNearTriggers(
            rule,
            r,
            m,
            onFolded ? folded : text,
            onFolded ? text : null,
            occurrences,
            LOCAL_LENGTH + rule.whitespaceRuns() * longestSpace,
            candidates);
        continue;
      }
      if (!rule.worthTrying(text, lower, folded, gates)) {
        continue;
      }
      Matcher m = onFolded ? rule.folded().matcher(folded) : rule.pattern().matcher(text);
      if (rule.starts() == null) {
        while (m.find()) {
          addCandidate(rule, r, m, onFolded ? text : null, candidates);
        }
        continue;
      }
      // the starts find() would try and could succeed at: word starts with a possible first letter
      String in = onFolded ? folded : text;
      m.useTransparentBounds(true).useAnchoringBounds(false);
      for (int s = 0; s < in.length(); s++) {
        if (rule.starts().possible(in, s) && m.region(s, in.length()).lookingAt()) {
          addCandidate(rule, r, m, onFolded ? text : null, candidates);
          s = m.end() - 1; // matches are never empty
        }
      }
    }
    // longest first; at equal length, the earlier rule
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> -c.length()).thenComparingInt(Candidate::rule));
    boolean[] taken = new boolean[text.length()];
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      if (free(taken, c.start(), c.end())) {
        chosen.add(c);
        for (int i = c.start(); i < c.end(); i++) {
          taken[i] = true;
        }
      }
    }
    chosen.sort(Comparator.comparingInt(Candidate::start));
    Context context = new Context(text, published);
    List<TimeMention> found = new ArrayList<>(chosen.size());
    Candidate previous = null; // the last one found, and what was made of it
    Timex previousTimex = null;
    for (Candidate c : chosen) {
      Timex t;
      try {
        t = RULES.get(c.rule()).normalizer().apply(c.match(), context);
      } catch (DateTimeException | ArithmeticException e) {
        t = null; // "le 31 juin": not a date after all
      }
      if (t == null) {
        continue;
      }
      if (t.value() != null && (t.value().startsWith("-") || t.value().startsWith("+"))) {
        // a year before 0000 or after 9999, reached from a publication date at either end of the
        // calendar ("l'an dernier" in year 0000): TIMEX3 cannot write it, so the expression stays,
        // unresolved, and names no day to resolve the next ones against
        t = new Timex(t.type(), null, null);
      }
      Timex opening = previous == null ? null : rangeStart(text, previous, previousTimex, c, t);
      if (opening != null) {
        TimeMention p = found.get(found.size() - 1);
        found.set(
            found.size() - 1,
            new TimeMention(p.text(), p.type(), opening.value(), p.start(), p.end()));
        if (opening.day() != null) {
          context.reference = opening.day(); // the last day named: none has been since
        }
      }
      found.add(
          new TimeMention(
              text.substring(c.start(), c.end()), t.type(), t.value(), c.start(), c.end()));
      if (t.day() != null) {
        context.reference = t.day();
      }
      previous = c;
      previousTimex = t;
    }
    return found;
  }

  /**
   * What opens a range, right before its first end: "entre (le)", "du", "de", "d'", "between
   * (the)", "from (the)".
   */
  private static final Pattern RANGE_FROM =
      Pattern.compile(
          "(?iu)"
              + B
              + "(?:(?<w>entre|du|de|between|from)\\s+|(?<w2>d)"
              + APOS
              + ")(?:(?:le|the)\\s+)?$");

  /** All there is between the two ends of a range: "et (le)", "au", "à", "and (the)", "to"… */
  private static final Pattern RANGE_TO =
      Pattern.compile("(?iu)\\s+(?<w>et|au|à|and|to|until|through)\\s+(?:(?:le|the)\\s+)?");

  /** A value a range may have at either end: a month, a day, a quarter or a half. */
  private static final Pattern RANGE_END =
      Pattern.compile("(?<y>\\d{4}|XXXX)-(?<p>\\d\\d|Q[1-4]|H[12])(?:-(?<d>\\d\\d))?");

  /**
   * The first end of a range, when it writes no year and the second does: it is then of that year
   * ("entre le 15 juin et le 31 juillet 2024", "du 15 juin au 31 juillet 2024"), or of the year
   * before when it comes later in the calendar ("du 20 décembre au 5 janvier 2024"), not of the
   * publication's. Null when {@code first} and {@code second} make no such range.
   */
  private static Timex rangeStart(
      String text, Candidate first, Timex firstTimex, Candidate second, Timex secondTimex) {
    if (!"DATE".equals(firstTimex.type())
        || !"DATE".equals(secondTimex.type())
        || firstTimex.value() == null
        || secondTimex.value() == null
        || yearWritten(first)
        || !yearWritten(second)) {
      return null;
    }
    Matcher from = RANGE_END.matcher(firstTimex.value());
    Matcher to = RANGE_END.matcher(secondTimex.value());
    if (!from.matches() || !to.matches() || to.group("y").equals("XXXX")) {
      return null;
    }
    Matcher between = RANGE_TO.matcher(text).region(first.end(), second.start());
    Matcher before =
        RANGE_FROM
            .matcher(text)
            .region(Math.max(0, first.start() - 20), first.start())
            .useTransparentBounds(true);
    if (!between.matches() || !before.find()) {
      return null;
    }
    String opener = before.group("w") != null ? before.group("w") : before.group("w2");
    String closer = between.group("w").toLowerCase(Locale.ROOT);
    boolean paired =
        switch (opener.toLowerCase(Locale.ROOT)) {
          case "entre" -> closer.equals("et");
          case "du" -> closer.equals("au");
          case "de", "d" -> closer.equals("à");
          case "between" -> closer.equals("and");
          case "from" -> closer.equals("to") || closer.equals("until") || closer.equals("through");
          default -> false;
        };
    if (!paired) {
      return null;
    }
    int year = parse(to.group("y"));
    if (calendarOrder(from) > calendarOrder(to)) {
      year--;
    }
    String period = from.group("p");
    if (from.group("d") == null) {
      return Timex.date(String.format(Locale.ROOT, "%04d-%s", year, period));
    }
    try {
      return Timex.day(LocalDate.of(year, parse(period), parse(from.group("d"))));
    } catch (DateTimeException e) {
      return null; // "du 29 février au 3 mars 2023": not the range it seemed
    }
  }

  /** Whether the candidate's own text gives its year: "2024", "93", "de l'année prochaine". */
  private static boolean yearWritten(Candidate c) {
    MatchResult m = c.match();
    for (String group : new String[] {"y", "y2", "yrel"}) {
      if (m.namedGroups().containsKey(group)
          && m.start(group) >= c.start()
          && m.end(group) <= c.end()) {
        return true;
      }
    }
    return false;
  }

  /** Where a {@link #RANGE_END} value begins in its year, to tell which of two comes first. */
  private static int calendarOrder(Matcher value) {
    String p = value.group("p");
    int month =
        switch (p.charAt(0)) {
          case 'Q' -> 3 * (p.charAt(1) - '1') + 1;
          case 'H' -> 6 * (p.charAt(1) - '1') + 1;
          default -> parse(p);
        };
    return 100 * month + (value.group("d") == null ? 0 : parse(value.group("d")));
  }

  /**
   * @param original the text when {@code m} scans its lower-cased copy, whose groups the
   *     normalizers then read from the text as written; null when {@code m} scans the text
   */
  private static void addCandidate(
      Rule rule, int r, Matcher m, String original, List<Candidate> candidates) {
    int start = m.start();
    if (rule.excludesPrefix() && m.start("x") >= 0) {
      start = m.end("x");
    }
    if (m.end() > start) {
      MatchResult match = m.toMatchResult();
      candidates.add(
          new Candidate(
              start,
              m.end(),
              m.end() - m.start(),
              r,
              original == null ? match : new OnText(match, original)));
    }
  }

  /**
   * Finds the same matches as {@code while (m.find())} over the whole text, trying only the starts
   * from which a match of at most {@code longest} characters would hold a trigger.
   */
  private static void findNearTriggers(
      Rule rule,
      int r,
      Matcher m,
      String in,
      String original,
      Occurrences triggers,
      int longest,
      List<Candidate> candidates) {
    int length = in.length();
    int[] at = triggers.at;
    int count = triggers.count;
    m.useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0; // no match may start before: the last one ended there
    int k = 0;
    while (k < count) {
      // the starts from which a match would hold the trigger at at[k]: [at[k] - longest + 1,
      // at[k]]; overlapping or touching windows make one run
      int lo = Math.max(0, at[k] - longest + 1);
      int hi = at[k] + 1;
      k++;
      while (k < count && at[k] - longest + 1 <= hi) {
        hi = at[k] + 1;
        k++;
      }
      lo = Math.max(lo, from);
      // a match starting in [lo, hi) ends by hi - 1 + longest
      int limit = (int) Math.min(length, (long) hi - 1 + longest);
      Starts starts = rule.starts();
      if (starts != null) {
        for (int s = lo; s < hi; s++) {
          if (starts.possible(in, s) && m.region(s, limit).lookingAt()) {
            addCandidate(rule, r, m, original, candidates);
            from = m.end();
            s = from - 1; // matches are never empty
          }
        }
        continue;
      }
      while (lo < hi) {
        m.region(lo, limit);
        if (!m.find() || m.start() >= hi) {
          break;
        }
        addCandidate(rule, r, m, original, candidates);
        from = m.end() == m.start() ? m.end() + 1 : m.end();
        lo = from;
      }
    }
  }

  /**
   * Where a match of a pattern that opens with {@link #B} may begin: after no letter or digit, on a
   * character the pattern may begin with. The first characters are those on which a match attempt,
   * given that character alone, succeeds or reaches the end of the input ({@link Matcher#hitEnd}):
   * on any other, no text that follows could make a match. Characters past {@link #KNOWN} are all
   * taken as possible.
   */
  private record Starts(boolean[] first) {
    private static final int KNOWN = 0x300;

    /** Null when the regex does not open with {@link #B}, or may match the empty string. */
    /**
     * @param folded the regex compiled for the lower-cased text, or null: a start is possible when
     *     it is for either
     */
    static Starts of(String regex, Pattern pattern, Pattern folded) {
      String body = regex.startsWith("(?iu)") ? regex.substring(5) : regex;
      body = body.startsWith("(?u)") ? body.substring(4) : body;
      if (!body.startsWith(B) || pattern.matcher("").lookingAt()) {
        return null;
      }
      boolean[] first = new boolean[KNOWN];
      StringBuilder one = new StringBuilder(" ");
      Matcher original = pattern.matcher(one);
      Matcher lower = folded == null ? null : folded.matcher(one);
      for (char c = 0; c < KNOWN; c++) {
        one.setCharAt(0, c);
        first[c] = possible(original) || lower != null && possible(lower);
      }
      return new Starts(first);
    }

    private static boolean possible(Matcher m) {
      m.reset();
      return m.lookingAt() || m.hitEnd();
    }

    boolean possible(String in, int s) {
      char c = in.charAt(s);
      if (c < KNOWN && !first[c]) {
        return false;
      }
      if (s == 0) {
        return true;
      }
      // one char, as the lookbehind reads it: half a surrogate pair is no letter
      char before = in.charAt(s - 1);
      return !Character.isLetter(before) && !isNumber(before);
    }

    private static boolean isNumber(char c) {
      int type = Character.getType(c);
      return type == Character.DECIMAL_DIGIT_NUMBER
          || type == Character.LETTER_NUMBER
          || type == Character.OTHER_NUMBER;
    }
  }

  /** Where a rule's triggers occur in the lower-cased text, in order; reused from rule to rule. */
  private static final class Occurrences {
    int[] at = new int[64];
    int count;

    /** Finds the occurrences of {@code triggers}; whether there is any. */
    boolean find(String[] triggers, String lower) {
      count = 0;
      for (String t : triggers) {
        for (int o = lower.indexOf(t); o >= 0; o = lower.indexOf(t, o + 1)) {
          if (count == at.length) {
            at = Arrays.copyOf(at, 2 * count);
          }
          at[count++] = o;
        }
      }
      if (triggers.length > 1) {
        Arrays.sort(at, 0, count);
      }
      return count > 0;
    }
  }

  /**
   * A match found in the lower-cased text, whose groups are read from the text as written (same
   * offsets): the normalizers see what they would have seen matching the text itself.
   */
  private record OnText(MatchResult match, String text) implements MatchResult {
    @Override
    public int start() {
      return match.start();
    }

    @Override
    public int start(int group) {
      return match.start(group);
    }

    @Override
    public int end() {
      return match.end();
    }

    @Override
    public int end(int group) {
      return match.end(group);
    }

    @Override
    public String group() {
      return group(0);
    }

    @Override
    public String group(int group) {
      int start = match.start(group);
      return start < 0 ? null : text.substring(start, match.end(group));
    }

    @Override
    public int groupCount() {
      return match.groupCount();
    }

    @Override
    public Map<String, Integer> namedGroups() {
      return match.namedGroups();
    }

    @Override
    public boolean hasMatch() {
      return match.hasMatch();
    }
  }

  /** The longest run of what {@code \s} matches. */
  private static int longestSpace(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        run++;
        longest = Math.max(longest, run);
      } else {
        run = 0;
      }
    }
    return longest;
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /** The publication date, and the last day the text named. */
  private static final class Context {
    final String text;
    final PublishedDate published;
    LocalDate reference;

    Context(String text, PublishedDate published) {
      this.text = text;
      this.published = published;
    }

    /** The day of publication, when known to the day. */
    LocalDate day() {
      return published != null && published.precision() == Precision.DAY ? published.date() : null;
    }

    /** The month of publication, when known to the month. */
    YearMonth month() {
      return published != null
              && (published.precision() == Precision.DAY
                  || published.precision() == Precision.MONTH)
          ? YearMonth.from(published.date())
          : null;
    }

    /** The year of publication, when known. */
    int year() {
      return published == null ? -1 : published.date().getYear();
    }

    /** The day in question: the last one named, else the day of publication. */
    LocalDate referenceDay() {
      return reference != null ? reference : day();
    }

    /**
     * Whether {@code m} is in a headline (the text's first line, with no full stop of its own,
     * before a blank line) whose words before it say nothing of the past: no auxiliary, no
     * participle ("Le général est mort vendredi" keeps the Friday gone by).
     */
    boolean headlineWithNoPast(MatchResult m) {
      int end = text.indexOf('\n');
      if (end < 0 || m.end() > end || !text.startsWith("\n", end + 1)) {
        return false;
      }
      String line = text.substring(0, end).strip();
      if (line.isEmpty() || ".!?".indexOf(line.charAt(line.length() - 1)) >= 0) {
        return false;
      }
      return !PAST_IN_HEADLINE.matcher(text).region(0, m.start()).find();
    }

    /**
     * Whether {@code m} is the end of a state that lasts until then, told with no past tense in its
     * sentence: "le trafic reste suspendu jusqu'à vendredi" is the Friday to come.
     */
    boolean untilWithNoPast(MatchResult m) {
      if (!UNTIL.matcher(text).region(Math.max(0, m.start() - 12), m.start()).find()) {
        return false;
      }
      return !PAST_OF_STATE.matcher(text).region(sentenceStart(m.start(), 200), m.start()).find();
    }

    /**
     * Whether {@code m} ends a span of weekdays: "de mercredi à jeudi", "from Monday to Friday".
     */
    boolean endsWeekdayRange(MatchResult m) {
      return WEEKDAY_RANGE_START
          .matcher(text)
          .region(Math.max(0, m.start() - 40), m.start())
          .find();
    }

    /** Whether the date at {@code m} names a street, a square or a school ("rue du 8 mai 1945"). */
    boolean street(MatchResult m) {
      return STREET.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find();
    }

    /** Whether {@code m} opens its sentence or stands between commas, followed by a comma. */
    boolean setOff(MatchResult m) {
      int after = m.end();
      if (after >= text.length() || text.charAt(after) != ',') {
        return false;
      }
      int before = m.start();
      while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
        before--;
      }
      return before == 0 || ".!?,»\"".indexOf(text.charAt(before - 1)) >= 0;
    }

    /** Whether "N ans" at {@code m} is someone's age: "Paul, 53 ans,", "âgée de 17 ans". */
    boolean age(MatchResult m) {
      int before = m.start();
      while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
        before--;
      }
      int after = m.end();
      while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
        after++;
      }
      if (before > 0
          && text.charAt(before - 1) == ','
          && (after == text.length() || ",;.)".indexOf(text.charAt(after)) >= 0)) {
        return true;
      }
      String span = m.group().toLowerCase(Locale.ROOT);
      if (span.startsWith("les moins") || span.startsWith("les plus")) {
        return true;
      }
      return AGE.matcher(text).region(Math.max(0, before - 40), before).find()
          || after < text.length() && text.startsWith("old", after);
    }

    /**
     * Where the sentence holding {@code at} starts, looking back {@code most} characters at most.
     */
    private int sentenceStart(int at, int most) {
      int from = at;
      while (from > 0 && at - from < most && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
        from--;
      }
      return from;
    }

    /** Whether the sentence around {@code m} speaks of the future. */
    boolean future(MatchResult m) {
      if (PAST_BEFORE.matcher(text).region(Math.max(0, m.start() - 30), m.start()).find()) {
        return false;
      }
      int from = sentenceStart(m.start(), 70);
      int to = m.end();
      while (to < text.length() && to - m.end() < 40 && ".!?\n".indexOf(text.charAt(to)) < 0) {
        to++;
      }
      return FUTURE.matcher(text).region(from, to).find();
    }
  }

  private static boolean has(MatchResult m, String group) {
    return g(m, group) != null;
  }

  /** The named group's text, or null when it did not match or the rule has no such group. */
  private static String g(MatchResult m, String group) {
    return m.namedGroups().containsKey(group) ? m.group(group) : null;
  }

  private static String lower(MatchResult m, String group) {
    String g = m.group(group);
    return g == null ? null : TimeLexicon.fold(g);
  }

  private static int direction(String rel) {
    if (rel == null) {
      return 0;
    }
    String r = TimeLexicon.fold(rel);
    if (r.startsWith("dernier")
        || r.startsWith("derniere")
        || r.startsWith("pass")
        || r.startsWith("prec")
        || r.equals("last")
        || r.startsWith("the past")
        || r.startsWith("the previous")
        || r.startsWith("pasad")
        || r.startsWith("scors")) {
      return -1;
    }
    if (r.startsWith("prochain")
        || r.startsWith("suivant")
        || r.equals("next")
        || r.startsWith("the coming")
        || r.startsWith("the following")
        || r.startsWith("proxim")
        || r.startsWith("prossim")) {
      return 1;
    }
    return 0;
  }

  // ---------------------------------------------------------------------------- calendar dates

  private static Timex dayOfMonth(MatchResult m, Context c) {
    String d = lower(m, "d");
    int day = d.startsWith("1e") || d.startsWith("1s") || d.startsWith("prem") ? 1 : parse(d);
    int month = TimeLexicon.month(g(m, "mo"));
    if (month < 0 || day < 1) {
      return null;
    }
    LocalDate.of(2000, month, day); // refuses days that never exist
    if (c.street(m)) {
      return null;
    }
    String y = g(m, "y");
    if (y == null && g(m, "y2") != null) {
      int two = parse(g(m, "y2"));
      y = Integer.toString(two + (two < 30 ? 2000 : 1900));
    }
    if (y != null) {
      return Timex.day(LocalDate.of(parse(y), month, day));
    }
    String rel = g(m, "rel") != null ? g(m, "rel") : g(m, "rel2");
    int direction = direction(rel);
    LocalDate resolved = nearest(c, month, day, direction, direction == 0 && !c.future(m));
    if (resolved == null) {
      return Timex.date(String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day));
    }
    return Timex.day(resolved);
  }

  /**
   * How far ahead of its publication a news text names a day without its year and without "next"
   * and still means the coming one; beyond, it means the one gone by.
   */
  static final int FUTURE_HORIZON_MONTHS = 3;

  /**
   * The day with this month and day nearest the publication date (before it when {@code direction}
   * is negative, after it when positive); null when the publication year is unknown. When {@code
   * mayBePast} (no direction, no future tense around), a day more than {@link
   * #FUTURE_HORIZON_MONTHS} months after the publication period is taken in the year before: in the
   * news, a day named bare that far ahead is mostly a past one.
   */
  private static LocalDate nearest(
      Context c, int month, int day, int direction, boolean mayBePast) {
    if (c.month() == null) {
      return null;
    }
    PublishedDate p = c.published;
    LocalDate first = p.date();
    LocalDate last = p.lastDay();
    LocalDate anchor = first.plusDays(ChronoUnit.DAYS.between(first, last) / 2);
    LocalDate best = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      LocalDate candidate;
      try {
        candidate = LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        continue;
      }
      if (direction < 0 && candidate.isAfter(last) || direction > 0 && candidate.isBefore(first)) {
        continue;
      }
      if (best == null
          || Math.abs(ChronoUnit.DAYS.between(anchor, candidate))
              < Math.abs(ChronoUnit.DAYS.between(anchor, best))) {
        best = candidate;
      }
    }
    if (mayBePast && best != null && best.isAfter(last.plusMonths(FUTURE_HORIZON_MONTHS))) {
      // News tells mostly of what has happened: a day named with neither year nor "next" that lies
      // more than a season ahead is the one gone by ("16 de enero" in an August chronology).
      try {
        return LocalDate.of(best.getYear() - 1, month, day);
      } catch (DateTimeException e) {
        return best; // 29 February: the year before has none
      }
    }
    return best;
  }

  /** "du 3 au 5 mai": the 3rd of May; "du 30 au 2 mai" tells no month for the 30th. */
  private static Timex firstDayOfMonth(MatchResult m, Context c) {
    String d = lower(m, "d");
    int day = d.startsWith("1e") ? 1 : parse(d);
    return day < parse(g(m, "d2")) ? dayOfMonth(m, c) : null;
  }

  private static Timex numeric(MatchResult m, Context c) {
    return Timex.day(LocalDate.of(parse(g(m, "y")), parse(g(m, "m")), parse(g(m, "d"))));
  }

  private static Timex monthYear(MatchResult m, Context c) {
    int month = TimeLexicon.month(g(m, "mo"));
    return month < 0 ? null : Timex.date(YearMonth.of(parse(g(m, "y")), month).toString());
  }

  private static Timex monthAlone(MatchResult m, Context c) {
    int month = TimeLexicon.month(g(m, "mo"));
    if (month < 0) {
      return null;
    }
    int direction = direction(g(m, "rel"));
    if ("this".equalsIgnoreCase(g(m, "rel"))) {
      direction = 0;
    }
    YearMonth anchor = c.month();
    if (anchor == null) {
      if (c.published != null && direction == 0) {
        return Timex.date(YearMonth.of(c.year(), month).toString());
      }
      return Timex.date(String.format(Locale.ROOT, "XXXX-%02d", month));
    }
    if (direction == 0 && g(m, "rel") == null) {
      // as the verbs say: "en mai" in a text about the past is the last May
      YearMonth before = YearMonth.of(anchor.getYear(), month);
      if (before.isAfter(anchor)) {
        before = before.minusYears(1);
      }
      YearMonth after = before.equals(anchor) ? before : before.plusYears(1);
      return Timex.date((c.future(m) ? after : before).toString());
    }
    YearMonth best = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      YearMonth candidate = YearMonth.of(year, month);
      if (direction < 0 && !candidate.isBefore(anchor)
          || direction > 0 && !candidate.isAfter(anchor)) {
        continue;
      }
      if (best == null
          || Math.abs(ChronoUnit.MONTHS.between(anchor, candidate))
              < Math.abs(ChronoUnit.MONTHS.between(anchor, best))) {
        best = candidate;
      }
    }
    return best == null ? null : Timex.date(best.toString());
  }

  private static Timex year(MatchResult m, Context c) {
    String text = c.text;
    int end = m.end();
    // "1500 euros", "2000 personnes": a quantity; "12 2000": part of a number
    int i = end;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    if (i < text.length()) {
      char next = text.charAt(i);
      if (next == '%' || next == '€' || next == '$' || Character.isDigit(next) && i > end) {
        return null;
      }
      if (Character.isLetter(next) && i > end) {
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
          j++;
        }
        String word = text.substring(i, j);
        if (Character.isLowerCase(next)
            && !AFTER_YEAR.contains(word.toLowerCase(Locale.ROOT))
            && !has(m, "mod")) {
          return null;
        }
        if (word.equals("GMT") || word.equals("UTC") || word.equals("h") || word.equals("H")) {
          return null; // "2045 GMT": a time
        }
      }
    }
    int before = m.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    if (before >= 0
        && before < m.start() - 1
        && (Character.isDigit(text.charAt(before)) || text.charAt(before) == '°')) {
      return null;
    }
    if (before >= 0 && (text.charAt(before) == '°' || text.charAt(before) == '#')) {
      return null;
    }
    if (!has(m, "mod") && namedBy(text, before, m.end())) {
      return null; // "les Jeux de Paris 2024", "l'Euro 2016": a name
    }
    return Timex.date(g(m, "y"));
  }

  /**
   * Whether the word ending at {@code last} is a capitalized word inside its sentence that names no
   * time (a month, a season, a holiday), or an acronym opening a sentence of lower-case words: the
   * year after it, which ends at {@code yearEnd}, is part of a name ("Paris 2024", "JO 2024 : Anne
   * Hidalgo…").
   */
  private static boolean namedBy(String text, int last, int yearEnd) {
    if (last < 0 || !Character.isLetter(text.charAt(last))) {
      return false;
    }
    int start = last;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    int previous = start - 1;
    while (previous >= 0 && Character.isWhitespace(text.charAt(previous))) {
      previous--;
    }
    String word = text.substring(start, last + 1);
    if (previous < 0 || ".!?:;«\"(–—-•|".indexOf(text.charAt(previous)) >= 0) {
      // the first word of a sentence may be any word ("En 2024, …"), but not an acronym before
      // words in lower case ("EN 2011 MURIERON" is a headline in capitals)
      return word.length() >= 2
          && word.chars().allMatch(Character::isUpperCase)
          && lowerCaseFollows(text, yearEnd);
    }
    // "Jan 2021", "Sept 2021": abbreviations are known with their full stop
    return TimeLexicon.month(word) < 0
        && TimeLexicon.month(word + ".") < 0
        && TimeLexicon.season(word) == null
        && !DATED_NAMES.contains(TimeLexicon.fold(word));
  }

  /** Whether the next word with letters after {@code from} has a lower-case letter. */
  private static boolean lowerCaseFollows(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
      i++;
    }
    return false;
  }

  private static Timex decade(MatchResult m, Context c) {
    String d = lower(m, "dec");
    int n;
    if (Character.isDigit(d.charAt(0))) {
      n = parse(d);
    } else {
      n = TimeLexicon.number(d.replace("quatre-vingts", "quatre-vingt"));
    }
    if (n < 10) {
      return null;
    }
    if (n < 100) {
      n += 1900;
    }
    return Timex.date(Integer.toString(n / 10) + "X");
  }

  private static Timex century(MatchResult m, Context c) {
    String g = g(m, "c");
    int n = Character.isDigit(g.charAt(0)) ? parse(g) : roman(g);
    if (n < 1 || n > 22) {
      return null;
    }
    return Timex.date(String.format(Locale.ROOT, "%02dXX", n - 1));
  }

  private static int roman(String s) {
    int total = 0;
    int previous = 0;
    for (int i = s.length() - 1; i >= 0; i--) {
      int v =
          switch (s.charAt(i)) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            default -> 0;
          };
      total += v < previous ? -v : v;
      previous = Math.max(previous, v);
    }
    return total;
  }

  // ---------------------------------------------------------------------------- weekdays, deictics

  private static String partCode(String part) {
    if (part == null) {
      return null;
    }
    String p = TimeLexicon.fold(part);
    if (p.startsWith("matin") || p.equals("morning")) {
      return "MO";
    }
    if (p.startsWith("apres") || p.equals("afternoon")) {
      return "AF";
    }
    if (p.equals("midi")) {
      return "MI";
    }
    if (p.startsWith("soir") || p.equals("evening") || p.equals("tonight")) {
      return "EV";
    }
    if (p.equals("nuit") || p.equals("night")) {
      return "NI";
    }
    if (p.startsWith("journee")) {
      return "DT";
    }
    return null;
  }

  /** A day, or a part of it ("2023-06-12TMO"); null value when the day is unknown. */
  private static Timex onDay(LocalDate day, String part) {
    String code = partCode(part);
    if (code == null) {
      return Timex.day(day);
    }
    if (code.equals("MI")) {
      return new Timex("TIME", day == null ? null : day + "T12:00", day);
    }
    return new Timex("TIME", day == null ? null : day + "T" + code, day);
  }

  private static Timex weekday(MatchResult m, Context c) {
    int wd = TimeLexicon.weekday(g(m, "wd"));
    String det = g(m, "det") == null ? "" : TimeLexicon.fold(g(m, "det"));
    String rel = g(m, "rel");
    String part = g(m, "part");
    int direction = direction(rel);
    if (det.equals("last")) {
      direction = -1;
    } else if (det.equals("next")) {
      direction = 1;
    }
    if (det.equals("le") && rel == null && part == null) {
      // "le mercredi": every Wednesday
      return new Timex("SET", "XXXX-WXX-" + wd, null);
    }
    boolean anaphoric =
        rel != null
            && (TimeLexicon.fold(rel).startsWith("suiv")
                || TimeLexicon.fold(rel).startsWith("prec"));
    LocalDate anchor = anaphoric ? c.referenceDay() : c.day();
    if (det.contains("meme")) {
      anchor = c.referenceDay();
    }
    if (c.day() != null && c.reference != null && c.endsWeekdayRange(m)) {
      // "la nuit de mercredi à jeudi": the Thursday after that Wednesday (against a month, the
      // Wednesday had no day, and the last day named may be any other)
      anchor = c.reference;
      direction = 1;
    }
    if (anchor == null) {
      return onDay(null, part);
    }
    int delta = wd - anchor.getDayOfWeek().getValue();
    LocalDate day;
    if (direction < 0) {
      day = anchor.plusDays(delta < 0 ? delta : delta - 7);
    } else if (direction > 0) {
      day = anchor.plusDays(delta > 0 ? delta : delta + 7);
    } else if (det.startsWith("ce") || det.equals("this")) {
      int d = ((delta % 7) + 7) % 7;
      day = anchor.plusDays(d > 3 ? d - 7 : d);
    } else if (c.future(m) || (!anaphoric && c.untilWithNoPast(m))) {
      day = anchor.plusDays(((delta % 7) + 7) % 7);
    } else if (!anaphoric && c.headlineWithNoPast(m)) {
      // a headline tells the news of the days around it: "plus aucun train en Bretagne jeudi"
      int d = ((delta % 7) + 7) % 7;
      day = anchor.plusDays(d > 3 ? d - 7 : d);
    } else {
      int d = ((delta % 7) + 7) % 7;
      day = anchor.plusDays(d == 0 ? 0 : d - 7);
    }
    return onDay(day, part);
  }

  private static Timex deicticDay(MatchResult m, Context c) {
    String w = TimeLexicon.fold(g(m, "w")).replace('’', '\'');
    String part = g(m, "part") != null ? g(m, "part") : g(m, "part2");
    int offset;
    if (w.startsWith("aujourd") || w.equals("today") || w.equals("hoy") || w.equals("oggi")) {
      offset = 0;
    } else if (w.equals("hier") || w.equals("yesterday") || w.equals("ayer") || w.equals("ieri")) {
      offset = -1;
    } else if (w.equals("demain") || w.equals("tomorrow") || w.equals("domani")) {
      offset = 1;
    } else if (w.startsWith("avant")
        || w.contains("before")
        || w.equals("anteayer")
        || w.contains("altro")) {
      offset = -2;
    } else {
      offset = 2;
    }
    if (offset == 0 && part == null && g(m, "wd") == null && c.setOff(m)) {
      return new Timex("TIME", "PRESENT_REF", null); // "Aujourd'hui, ..." : nowadays
    }
    LocalDate day = c.day();
    if (day == null) {
      if (offset == 0 && part == null && c.month() != null) {
        return Timex.date(c.month().toString()); // today lies within the month, whichever day
      }
      return onDay(null, part);
    }
    return onDay(day.plusDays(offset), part);
  }

  private static Timex thisPartOfDay(MatchResult m, Context c) {
    String part = g(m, "tonight") != null ? "tonight" : g(m, "part");
    String code = partCode(part);
    LocalDate day = c.day();
    if (code == null) {
      return null;
    }
    return onDay(day, part);
  }

  private static Timex partOfReferenceDay(MatchResult m, Context c) {
    String part = g(m, "part") != null ? g(m, "part") : g(m, "part2");
    return onDay(c.referenceDay(), part);
  }

  private static Timex anaphoricDay(MatchResult m, Context c) {
    String w = TimeLexicon.fold(g(m, "w")).replaceAll("\\s+", " ");
    int offset;
    if (w.contains("avant-veille")) {
      offset = -2;
    } else if (w.contains("veille") || w.contains("before")) {
      offset = -1;
    } else if (w.contains("surlendemain")) {
      offset = 2;
    } else if (w.contains("lendemain") || w.contains("next") || w.contains("following")) {
      offset = 1;
    } else {
      offset = 0;
    }
    LocalDate ref = g(m, "anchored") != null ? null : c.referenceDay();
    return onDay(ref == null ? null : ref.plusDays(offset), g(m, "part"));
  }

  private static Timex relativeUnit(MatchResult m, Context c) {
    String det = TimeLexicon.fold(g(m, "det")).replace('’', '\'');
    String u = TimeLexicon.fold(g(m, "u"));
    String rel = g(m, "rel");
    int direction = direction(rel != null ? rel : det);
    boolean demonstrative =
        det.startsWith("ce") || det.equals("this") || (rel != null && rel.endsWith("cours"));
    boolean ci = g(m, "ci") != null;
    if (direction == 0 && !demonstrative && !ci) {
      return null; // "la semaine", "le mois": no telling which
    }
    if (c.published == null) {
      return Timex.date(null);
    }
    switch (u) {
      case "semaine", "week", "week-end", "weekend" -> {
        LocalDate day = c.day();
        if (day == null) {
          return Timex.date(null);
        }
        LocalDate d = day.plusWeeks(direction);
        String week =
            String.format(
                Locale.ROOT,
                "%d-W%02d",
                d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return Timex.date(u.startsWith("week-") || u.equals("weekend") ? week + "-WE" : week);
      }
      case "mois", "month" -> {
        YearMonth month = c.month();
        return Timex.date(month == null ? null : month.plusMonths(direction).toString());
      }
      case "trimestre", "quarter" -> {
        YearMonth month = c.month();
        if (month == null) {
          return Timex.date(null);
        }
        YearMonth q = month.plusMonths(3L * direction);
        return Timex.date(q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1));
      }
      case "semestre" -> {
        YearMonth month = c.month();
        if (month == null) {
          return Timex.date(null);
        }
        YearMonth h = month.plusMonths(6L * direction);
        return Timex.date(h.getYear() + "-H" + ((h.getMonthValue() - 1) / 6 + 1));
      }
      default -> {
        return Timex.date(Integer.toString(c.year() + direction));
      }
    }
  }

  /**
   * "le deuxième trimestre 2022" (2022-Q2), "au premier semestre de l'année prochaine" (the next
   * year's H1), "au 3e trimestre" (of the year of publication), "the final quarter of this year".
   */
  private static Timex ordinalPeriod(MatchResult m, Context c) {
    String u = TimeLexicon.fold(g(m, "u"));
    boolean quarter = u.equals("trimestre") || u.equals("quarter");
    int n = TimeLexicon.ordinal(g(m, "ord"));
    String y = g(m, "y");
    String yrel = g(m, "yrel");
    if (n == TimeLexicon.LAST) {
      if (y == null && yrel == null) {
        // "au dernier trimestre": in economic news mostly the latest one reported, which need not
        // be the fourth
        return null;
      }
      n = quarter ? 4 : 2;
    }
    if (n < 1 || !quarter && n > 2) {
      return null; // "le troisième semestre": of a course of study, not of a year
    }
    String part = (quarter ? "-Q" : "-H") + n;
    if (y != null) {
      return Timex.date(y + part);
    }
    if (c.published == null) {
      return Timex.date(null);
    }
    int year = c.year();
    if (yrel != null) {
      String r = TimeLexicon.fold(yrel);
      if (r.contains("dern") || r.contains("pass") || r.startsWith("last")) {
        year--;
      } else if (r.contains("prochain") || r.startsWith("next")) {
        year++;
      }
    }
    return Timex.date(year + part);
  }

  /** "Q2 2022", "T2 2022" (trimestre): 2022-Q2; "H1 2023": 2023-H1. */
  private static Timex abbreviatedPeriod(MatchResult m, Context c) {
    String q = g(m, "q");
    return Timex.date(g(m, "y") + (q != null ? "-Q" + q : "-H" + g(m, "h")));
  }

  private static Timex season(MatchResult m, Context c) {
    String s = TimeLexicon.season(g(m, "s"));
    if (s == null) {
      return null;
    }
    String det = g(m, "det") == null ? "" : TimeLexicon.fold(g(m, "det"));
    if (det.equals("the") && g(m, "y") == null) {
      return Timex.date("XXXX-" + s);
    }
    if (g(m, "y") != null) {
      return Timex.date(g(m, "y") + "-" + s);
    }
    int direction = direction(g(m, "rel"));
    if (det.equals("last")) {
      direction = -1;
    } else if (det.equals("next")) {
      direction = 1;
    }
    boolean demonstrative = det.startsWith("ce") || det.equals("this");
    if (!demonstrative && direction == 0) {
      return Timex.date("XXXX-" + s);
    }
    if (c.published == null) {
      return Timex.date(null);
    }
    int year = c.year();
    YearMonth month = c.month();
    int end =
        switch (s) {
          case "SP" -> 5;
          case "SU" -> 8;
          case "FA" -> 11;
          default -> 2;
        };
    if (direction < 0) {
      boolean over = month != null && !s.equals("WI") && month.getMonthValue() > end;
      year = over ? year : year - 1;
    } else if (direction > 0) {
      boolean ahead = month != null && !s.equals("WI") && month.getMonthValue() < end - 2;
      year = ahead ? year : year + 1;
    }
    return Timex.date(year + "-" + s);
  }

  // ---------------------------------------------------------------------------- durations, sets

  /** The TIMEX3 duration of {@code n} units (n may be "X"). */
  private static String period(String n, String unit, boolean half) {
    return switch (unit) {
      case "H" -> "PT" + n + (half ? "H30M" : "H");
      case "MIN" -> "PT" + n + "M";
      case "S" -> "PT" + n + "S";
      case "DE" -> n.equals("X") ? "PXDE" : "P" + (Integer.parseInt(n) * 10) + "Y";
      case "CE" -> n.equals("X") ? "PXCE" : "P" + (Integer.parseInt(n) * 100) + "Y";
      case "Y" ->
          half && !n.equals("X") ? "P" + (Integer.parseInt(n) * 12 + 6) + "M" : "P" + n + "Y";
      case "M" -> "P" + n + "M";
      case "W" -> "P" + n + "W";
      default -> "P" + n + (half ? "DT12H" : "D");
    };
  }

  private static String count(String n) {
    String f = TimeLexicon.fold(n.strip()).replaceAll("\\s+", " ");
    if (f.equals("quelques") || f.equals("plusieurs") || f.equals("a few") || f.equals("several")) {
      return "X";
    }
    if (f.equals("a") || f.equals("an")) {
      return "1";
    }
    return TimeLexicon.decimal(n);
  }

  private static Timex ago(MatchResult m, Context c) {
    String unit = TimeLexicon.unit(g(m, "u"));
    String n = count(g(m, "n"));
    if (unit == null || n == null) {
      return null;
    }
    if (n.equals("X")) {
      return new Timex("DATE", "PAST_REF", null);
    }
    if (c.published == null || n.contains(".")) {
      return Timex.date(null);
    }
    long k = Long.parseLong(n);
    switch (unit) {
      case "Y", "DE", "CE" -> {
        long years = unit.equals("Y") ? k : unit.equals("DE") ? 10 * k : 100 * k;
        return Timex.date(Long.toString(c.year() - years));
      }
      case "M" -> {
        YearMonth month = c.month();
        return Timex.date(month == null ? null : month.minusMonths(k).toString());
      }
      case "W", "D" -> {
        LocalDate day = c.day();
        if (day == null) {
          return Timex.date(null);
        }
        return Timex.day(unit.equals("W") ? day.minusWeeks(k) : day.minusDays(k));
      }
      default -> {
        return new Timex("TIME", null, null);
      }
    }
  }

  private static Timex duration(MatchResult m, Context c) {
    String unit = TimeLexicon.unit(g(m, "u"));
    String n = count(g(m, "n"));
    if (unit == null || n == null) {
      return null;
    }
    if ((unit.equals("Y") || unit.equals("M")) && c.age(m)) {
      return null;
    }
    if (unit.equals("Y")
        && !n.equals("X")
        && !n.contains(".")
        && Integer.parseInt(n) >= 16
        && AGE_AT.matcher(c.text).region(Math.max(0, m.start() - 12), m.start()).find()) {
      return null;
    }
    if (unit.equals("S") && n.equals("1") && !Character.isDigit(g(m, "n").charAt(0))) {
      return null; // "une seconde fois": the ordinal
    }
    if (n.contains(".") && !unit.equals("S") && !unit.equals("H")) {
      return null; // "2,5 ans": rare; "1.5 million years" even rarer in news
    }
    if (!n.equals("X") && !n.contains(".") && Long.parseLong(n) == 0) {
      return null;
    }
    if (n.contains(".") && unit.equals("H")) {
      return null;
    }
    return new Timex("DURATION", period(n, unit, g(m, "half") != null), null);
  }

  private static Timex namedDuration(MatchResult m, Context c) {
    String w = TimeLexicon.fold(g(m, "w")).replaceAll("\\s+", " ").replace('’', '\'');
    String value;
    if (w.startsWith("demi-siecle") || w.startsWith("half") && w.contains("century")) {
      value = "P50Y";
    } else if (w.startsWith("quart de siecle")) {
      value = "P25Y";
    } else if (w.startsWith("demi-heure") || w.startsWith("half")) {
      value = "PT30M";
    } else if (w.startsWith("quart")) {
      value = "PT15M";
    } else if (w.startsWith("quinquennat")) {
      value = "P5Y";
    } else if (w.startsWith("septennat")) {
      value = "P7Y";
    } else {
      value = "P1000Y";
    }
    return new Timex("DURATION", value, null);
  }

  private static Timex approximateDuration(MatchResult m, Context c) {
    String unit = TimeLexicon.unit(g(m, "u"));
    if (unit == null) {
      return null;
    }
    String q = TimeLexicon.fold(g(m, "q"));
    int n =
        switch (q) {
          case "dizaine" -> 10;
          case "douzaine" -> 12;
          case "quinzaine" -> 15;
          case "vingtaine" -> 20;
          case "trentaine" -> 30;
          case "quarantaine" -> 40;
          case "cinquantaine" -> 50;
          default -> 100;
        };
    return new Timex("DURATION", period(Integer.toString(n), unit, false), null);
  }

  private static Timex vagueDuration(MatchResult m, Context c) {
    String unit = TimeLexicon.unit(g(m, "u"));
    return unit == null ? null : new Timex("DURATION", period("X", unit, false), null);
  }

  private static Timex set(MatchResult m, Context c) {
    if (g(m, "w") != null) {
      String w = TimeLexicon.fold(g(m, "w"));
      String value =
          w.startsWith("annu")
              ? "P1Y"
              : w.startsWith("mensu") ? "P1M" : w.startsWith("hebdo") ? "P1W" : "P1D";
      return new Timex("SET", value, null);
    }
    String u = TimeLexicon.fold(g(m, "u"));
    int wd = TimeLexicon.weekday(u);
    if (wd > 0) {
      return new Timex("SET", "XXXX-WXX-" + wd, null);
    }
    String part =
        partCode(u.endsWith("s") && !u.equals("mois") ? u.substring(0, u.length() - 1) : u);
    if (part != null && !part.equals("DT")) {
      return new Timex("SET", "XXXX-XX-XXT" + part, null);
    }
    String n = "1";
    if (g(m, "n") != null) {
      n = TimeLexicon.decimal(g(m, "n"));
      if (n == null) {
        return null;
      }
    }
    String unit = u.startsWith("week-") || u.startsWith("weekend") ? "W" : TimeLexicon.unit(u);
    if (unit == null) {
      return null;
    }
    return new Timex("SET", period(n, unit, false), null);
  }

  // ---------------------------------------------------------------------------- clock times

  private static Timex clock(MatchResult m, Context c) {
    int hour = parse(g(m, "h"));
    int minute = g(m, "mi") == null ? 0 : parse(g(m, "mi"));
    if (g(m, "ap") != null) {
      String ap = g(m, "ap").toLowerCase(Locale.ROOT);
      if (ap.startsWith("p") && hour < 12) {
        hour += 12;
      } else if (ap.startsWith("a") && hour == 12) {
        hour = 0;
      }
    }
    if (hour > 24 || hour == 24 && minute > 0) {
      return null;
    }
    if (hour == 24 && g(m, "x") == null && g(m, "appr") == null) {
      return new Timex("DURATION", "PT24H", null); // "24h sur 24", "il y a 24h": a day's length
    }
    LocalDate day = c.referenceDay();
    String time = String.format(Locale.ROOT, "T%02d:%02d", hour, minute);
    return new Timex("TIME", day == null ? null : day + time, null);
  }

  private static Timex noon(MatchResult m, Context c) {
    LocalDate day = c.referenceDay();
    if (g(m, "appr2") != null) {
      String a = TimeLexicon.fold(g(m, "appr2"));
      LocalDate today = c.day();
      day =
          today == null
              ? null
              : a.equals("hier")
                  ? today.minusDays(1)
                  : a.equals("demain") ? today.plusDays(1) : today;
    }
    String time = TimeLexicon.fold(g(m, "w")).equals("midi") ? "T12:00" : "T24:00";
    return new Timex("TIME", day == null ? null : day + time, null);
  }

  private static int parse(String digits) {
    return Integer.parseInt(digits.strip());
  }
}
