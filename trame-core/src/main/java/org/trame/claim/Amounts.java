package org.trame.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.store.StoredArticle;

/**
 * Amounts of money: a budget ({@link ClaimKind#BUDGET}: "un budget de 290 millions de dollars", "a
 * $290 million budget", "budget of €3bn") and a cost ({@link ClaimKind#COST}: "a coûté 3 milliards
 * d'euros", "coûtera deux millions d'euros", "cost $3 billion"), in French and English. The value
 * is a whole number of units in an ISO 4217 currency ({@code 290000000 USD}); "millions",
 * "milliards", "billion", "bn", "m" are read as such ("billion" is a thousand milliards in French).
 * "Plus de", "more than" make it a floor; "environ", "about" are kept as the number given.
 *
 * <p>The amount must be written beside its word (at most a few words between): an amount elsewhere
 * in a sentence about a budget may be anything (a box office, a salary). The subject is the work,
 * organisation or place the sentence names nearest, else the story's most named one.
 */
public final class Amounts implements StatementExtractor {

  private static final String SCALE =
      "(?<scale>millions?|milliards?|billions?|trillions?|bn|mds?|mrds?|md|mn|m|k|mille|thousand)";

  private static final String CURRENCY =
      "(?<cur>dollars?(?:\\s+(?:américains|us|américain))?|euros?|livres(?:\\s+sterling)?"
          + "|pounds?(?:\\s+sterling)?|francs\\s+suisses|yens?|usd|eur|gbp|chf|jpy|€|\\$|£)";

  /** "290 millions de dollars", "3 Md€", "deux millions d'euros", "1 200 000 euros". */
  private static final String NUMBER_FIRST =
      "(?<n>"
          + Counts.DIGITS
          + "|(?<![\\p{L}'’])"
          + org.trame.analysis.time.NumberWords.PATTERN
          + ")\\s*(?:"
          + SCALE
          + "\\s*)?(?:de\\s+|d['’]\\s*|of\\s+)?"
          + CURRENCY
          + "(?![\\p{L}])";

  /** "$290 million", "€3bn", "US$ 2.5 billion". */
  private static final String SYMBOL_FIRST =
      "(?<sym>us\\$|\\$|€|£)\\s?(?<n2>"
          + Counts.DIGITS
          + ")\\s*(?:"
          + SCALE.replace("<scale>", "<scale2>")
          + ")?(?![\\p{L}\\p{N}])";

  private static final String AMOUNT = "(?:" + SYMBOL_FIRST + "|" + NUMBER_FIRST + ")";

  private static final String FLOOR =
      "(?<floor>plus\\s+de\\s+|more\\s+than\\s+|over\\s+|au\\s+moins\\s+|at\\s+least\\s+)?";

  private static final String ABOUT =
      "(?:environ\\s+|près\\s+de\\s+|quelque\\s+|about\\s+|around\\s+|some\\s+|nearly\\s+"
          + "|almost\\s+|an\\s+estimated\\s+|estimé\\s+à\\s+|estimated\\s+at\\s+)?";

  /** Each pattern holds one amount, so that its groups have one name each. */
  private static final List<Pattern> BUDGET =
      patterns(
          "\\bbudg[eé]t(?:s|aire)?\\s+(?:\\p{Ll}+\\s+){0,2}?(?:de|d['’]|of|à|at|:|s['’]élevant\\s+à"
              + "|s['’]élève\\s+à|atteint|atteignant|était\\s+de|est\\s+de|is|was|reached)\\s*"
              + ABOUT
              + FLOOR
              + AMOUNT,
          "\\b(?:a|an|its|their|his|her|the|with|un|son|leur)\\s+"
              + ABOUT
              + AMOUNT
              + "[\\s-]+budget\\b",
          "\\bbudgeted\\s+at\\s+" + ABOUT + FLOOR + AMOUNT);

  private static final List<Pattern> COST =
      patterns(
          "\\b(?:coûté|coûtera|coûteront|coûte|coûtent)\\s+(?:\\p{Ll}+\\s+)?"
              + ABOUT
              + FLOOR
              + AMOUNT,
          "\\bco[uû]ts?(?:\\s+total)?\\s+(?:de|d['’]|of|estimé\\s+à|is|was|s['’]élève\\s+à)\\s*"
              + ABOUT
              + FLOOR
              + AMOUNT,
          "\\b(?:cost|costs|will\\s+cost|would\\s+cost|costing)\\s+"
              + "(?:(?:an|the|us|them|it|taxpayers)\\s+)?"
              + ABOUT
              + FLOOR
              + AMOUNT);

  private static List<Pattern> patterns(String... regexes) {
    return java.util.Arrays.stream(regexes).map(r -> Pattern.compile(r, Reading.FLAGS)).toList();
  }

  @Override
  public List<Statement> extract(StoredArticle article) {
    Reading r = new Reading(article);
    List<Statement> out = new ArrayList<>();
    for (Sentences.Span sentence : r.sentences()) {
      String words = r.text.substring(sentence.start(), sentence.end());
      for (Pattern p : BUDGET) {
        find(r, out, sentence, words, p, ClaimKind.BUDGET);
      }
      for (Pattern p : COST) {
        find(r, out, sentence, words, p, ClaimKind.COST);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Statement::position));
    return out;
  }

  private static void find(
      Reading r,
      List<Statement> out,
      Sentences.Span sentence,
      String words,
      Pattern pattern,
      ClaimKind kind) {
    Matcher m = pattern.matcher(words);
    while (m.find()) {
      int before = Math.max(0, m.start() - 25);
      if (Reading.NOT_NOW.matcher(words.substring(before, m.start())).find()) {
        continue;
      }
      Optional<Value.Quantity> value = value(m, r.english);
      if (value.isEmpty()) {
        continue;
      }
      int start = sentence.start() + m.start();
      int end = sentence.start() + m.end();
      String subject = r.nearestSubject(sentence, start, end, kind.subjectTypes()).orElse(null);
      out.add(r.statement(subject, kind, value.get(), start));
    }
  }

  /** The amount a match of {@link #AMOUNT} gives, in whole units of its currency. */
  static Optional<Value.Quantity> value(Matcher m, boolean english) {
    String written = group(m, "n", "n2");
    String scale = group(m, "scale", "scale2");
    String currency = group(m, "cur", "sym");
    if (written == null || currency == null) {
      return Optional.empty();
    }
    Optional<BigDecimal> number = Counts.decimal(written);
    if (number.isEmpty() || number.get().signum() <= 0) {
      return Optional.empty();
    }
    BigDecimal amount = number.get().multiply(BigDecimal.TEN.pow(exponent(scale, english)));
    try {
      long units = amount.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
      return Optional.of(new Value.Quantity(units, group(m, "floor") != null, code(currency)));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** The first of these groups the match has and filled, or null. */
  static String group(Matcher m, String... names) {
    for (String name : names) {
      if (m.pattern().pattern().contains("(?<" + name + ">") && m.group(name) != null) {
        return m.group(name);
      }
    }
    return null;
  }

  private static int exponent(String scale, boolean english) {
    if (scale == null) {
      return 0;
    }
    String s = scale.toLowerCase(Locale.ROOT);
    if (s.startsWith("milliard") || s.startsWith("md") || s.startsWith("mrd") || s.equals("bn")) {
      return 9;
    }
    if (s.startsWith("billion")) {
      return english ? 9 : 12;
    }
    if (s.startsWith("trillion")) {
      return english ? 12 : 18;
    }
    if (s.startsWith("million") || s.equals("m") || s.equals("mn")) {
      return 6;
    }
    return 3; // k, mille, thousand
  }

  private static String code(String currency) {
    String c = currency.toLowerCase(Locale.ROOT);
    if (c.startsWith("dollar") || c.contains("$") || c.equals("usd")) {
      return "USD";
    }
    if (c.startsWith("euro") || c.equals("€") || c.equals("eur")) {
      return "EUR";
    }
    if (c.startsWith("livre") || c.startsWith("pound") || c.equals("£") || c.equals("gbp")) {
      return "GBP";
    }
    if (c.startsWith("franc") || c.equals("chf")) {
      return "CHF";
    }
    if (c.startsWith("yen") || c.equals("jpy")) {
      return "JPY";
    }
    return c.toUpperCase(Locale.ROOT);
  }
}
