package org.trame.analysis.time;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words temporal expressions are made of, in French and English (and the months and weekdays of
 * Spanish and Italian, for their calendar dates): months, weekdays, seasons, units and numbers
 * written out ("deux" → 2, "vingt et un" → 21, "quatre-vingt-dix" → 90, "twenty one" → 21). Every
 * regex fragment here is meant to be used inside a case-insensitive pattern.
 */
final class TimeLexicon {

  static final String FR_MONTH =
      "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre";
  static final String EN_MONTH =
      "January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.";
  static final String FR_WEEKDAY = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
  static final String EN_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
  static final String ES_MONTH =
      "enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre";
  static final String IT_MONTH =
      "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
          + "|dicembre";
  static final String ES_WEEKDAY = "lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo";
  static final String IT_WEEKDAY =
      "luned[ìi]|marted[ìi]|mercoled[ìi]|gioved[ìi]|venerd[ìi]|sabato|domenica";
  static final String FR_SEASON = "printemps|[ée]t[ée]|automne|hiver";
  static final String EN_SEASON = "spring|summer|autumn|fall|winter";

  /**
   * The ordinals that number a quarter or a half of a year, "dernier" and "last" included: "le
   * deuxième trimestre", "au 3e trimestre", "the second quarter", "the final quarter".
   */
  static final String FR_ORDINAL =
      "premier|1er|deuxi[èe]me|2e|2[èe]me|2nd|seconde?|troisi[èe]me|3e|3[èe]me|quatri[èe]me|4e"
          + "|4[èe]me|derni[èe]r";

  static final String EN_ORDINAL = "first|1st|second|2nd|third|3rd|fourth|4th|last|final";

  /** What {@link #ordinal} gives for "dernier", "last", "final": the last of whatever it counts. */
  static final int LAST = Integer.MAX_VALUE;

  static final String FR_NUMBER_WORD =
      "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze"
          + "|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille";
  static final String EN_NUMBER_WORD =
      "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
          + "|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
          + "|eighty|ninety|hundred|thousand";

  /** A number in digits or in words ("12", "dix-huit", "vingt et un", "twenty-one"). */
  static final String NUMBER =
      "(?:\\d{1,4}(?:[.,]\\d+)?|(?:"
          + FR_NUMBER_WORD
          + "|"
          + EN_NUMBER_WORD
          + ")(?:(?:[- ]|\\s+et\\s+|\\s+and\\s+)(?:"
          + FR_NUMBER_WORD
          + "|"
          + EN_NUMBER_WORD
          + "))*)";

  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> WEEKDAYS = new HashMap<>();
  private static final Map<String, String> SEASONS = new HashMap<>();
  private static final Map<String, Integer> NUMBERS = new HashMap<>();
  private static final Map<String, String> UNITS = new HashMap<>();

  static {
    String[] fr = {
      "janvier",
      "fevrier",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "aout",
      "septembre",
      "octobre",
      "novembre",
      "decembre"
    };
    String[] en = {
      "january",
      "february",
      "march",
      "april",
      "may",
      "june",
      "july",
      "august",
      "september",
      "october",
      "november",
      "december"
    };
    for (int i = 0; i < 12; i++) {
      MONTHS.put(fr[i], i + 1);
      MONTHS.put(en[i], i + 1);
      MONTHS.put(en[i].substring(0, 3) + ".", i + 1);
    }
    MONTHS.put("sept.", 9);
    String[] es = {
      "enero",
      "febrero",
      "marzo",
      "abril",
      "mayo",
      "junio",
      "julio",
      "agosto",
      "septiembre",
      "octubre",
      "noviembre",
      "diciembre"
    };
    String[] it = {
      "gennaio",
      "febbraio",
      "marzo",
      "aprile",
      "maggio",
      "giugno",
      "luglio",
      "agosto",
      "settembre",
      "ottobre",
      "novembre",
      "dicembre"
    };
    for (int i = 0; i < 12; i++) {
      // "marzo", "agosto", "novembre" are shared, with the same number
      MONTHS.put(es[i], i + 1);
      MONTHS.put(it[i], i + 1);
    }
    MONTHS.put("setiembre", 9);
    String[] frDays = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    String[] enDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
    };
    String[] esDays = {"lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"};
    String[] itDays = {
      "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"
    };
    for (int i = 0; i < 7; i++) {
      WEEKDAYS.put(frDays[i], i + 1);
      WEEKDAYS.put(enDays[i], i + 1);
      WEEKDAYS.put(esDays[i], i + 1);
      WEEKDAYS.put(itDays[i], i + 1);
    }
    SEASONS.put("printemps", "SP");
    SEASONS.put("ete", "SU");
    SEASONS.put("automne", "FA");
    SEASONS.put("hiver", "WI");
    SEASONS.put("spring", "SP");
    SEASONS.put("summer", "SU");
    SEASONS.put("autumn", "FA");
    SEASONS.put("fall", "FA");
    SEASONS.put("winter", "WI");
    String[] frNumbers = {
      "zero",
      "un",
      "deux",
      "trois",
      "quatre",
      "cinq",
      "six",
      "sept",
      "huit",
      "neuf",
      "dix",
      "onze",
      "douze",
      "treize",
      "quatorze",
      "quinze",
      "seize"
    };
    for (int i = 0; i < frNumbers.length; i++) {
      NUMBERS.put(frNumbers[i], i);
    }
    NUMBERS.put("une", 1);
    NUMBERS.put("vingt", 20);
    NUMBERS.put("vingts", 20);
    NUMBERS.put("trente", 30);
    NUMBERS.put("quarante", 40);
    NUMBERS.put("cinquante", 50);
    NUMBERS.put("soixante", 60);
    String[] enNumbers = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    for (int i = 0; i < enNumbers.length; i++) {
      NUMBERS.putIfAbsent(enNumbers[i], i);
    }
    NUMBERS.put("a", 1);
    NUMBERS.put("an", 1);
    NUMBERS.put("twenty", 20);
    NUMBERS.put("thirty", 30);
    NUMBERS.put("forty", 40);
    NUMBERS.put("fifty", 50);
    NUMBERS.put("sixty", 60);
    NUMBERS.put("seventy", 70);
    NUMBERS.put("eighty", 80);
    NUMBERS.put("ninety", 90);
    for (String y : new String[] {"an", "ans", "annee", "annees", "year", "years"}) {
      UNITS.put(y, "Y");
    }
    for (String m : new String[] {"mois", "month", "months"}) {
      UNITS.put(m, "M");
    }
    for (String w : new String[] {"semaine", "semaines", "week", "weeks"}) {
      UNITS.put(w, "W");
    }
    for (String d : new String[] {"jour", "jours", "journee", "journees", "day", "days"}) {
      UNITS.put(d, "D");
    }
    for (String h : new String[] {"heure", "heures", "hour", "hours"}) {
      UNITS.put(h, "H");
    }
    for (String m : new String[] {"minute", "minutes"}) {
      UNITS.put(m, "MIN");
    }
    for (String s : new String[] {"seconde", "secondes", "second", "seconds"}) {
      UNITS.put(s, "S");
    }
    for (String d : new String[] {"decennie", "decennies", "decade", "decades"}) {
      UNITS.put(d, "DE");
    }
    for (String c : new String[] {"siecle", "siecles", "century", "centuries"}) {
      UNITS.put(c, "CE");
    }
  }

  /** Time units as written: "ans", "mois", "jours", "heures", "decades"… */
  static final String UNIT =
      "ans|an|ann[ée]es?|mois|semaines?|jours?|journ[ée]es?|heures?|minutes?|secondes?"
          + "|d[ée]cennies?|si[èe]cles?|years?|months?|weeks?|days?|hours?|seconds?|decades?"
          + "|centur(?:y|ies)";

  private TimeLexicon() {}

  /** Lower case without accents, for the lookups here. */
  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) > 127) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return lower;
    }
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  /** 1–12, or -1. */
  static int month(String name) {
    return MONTHS.getOrDefault(fold(name), -1);
  }

  /** 1 (Monday) – 7, or -1. */
  static int weekday(String name) {
    String f = fold(name);
    if (f.endsWith("s") && !WEEKDAYS.containsKey(f)) {
      f = f.substring(0, f.length() - 1);
    }
    return WEEKDAYS.getOrDefault(f, -1);
  }

  /** SP, SU, FA, WI, or null. */
  static String season(String name) {
    return SEASONS.get(fold(name));
  }

  /** Y, M, W, D, H, MIN, S, DE (decade), CE (century), or null. */
  static String unit(String name) {
    return UNITS.get(fold(name));
  }

  /** 1–4 for an ordinal of {@link #FR_ORDINAL} or {@link #EN_ORDINAL}, {@link #LAST}, or -1. */
  static int ordinal(String word) {
    String o = fold(word);
    if (o.startsWith("prem") || o.startsWith("1") || o.equals("first")) {
      return 1;
    }
    if (o.startsWith("deux") || o.startsWith("2") || o.startsWith("second")) {
      return 2;
    }
    if (o.startsWith("trois") || o.startsWith("3") || o.equals("third")) {
      return 3;
    }
    if (o.startsWith("quatr") || o.startsWith("4") || o.equals("fourth")) {
      return 4;
    }
    if (o.startsWith("dern") || o.equals("last") || o.equals("final")) {
      return LAST;
    }
    return -1;
  }

  /**
   * The value of a number in digits or words; -1 when it is not one. Decimals are truncated; use
   * {@link #decimal} to keep them.
   */
  static int number(String text) {
    String t = fold(text.strip());
    if (t.isEmpty()) {
      return -1;
    }
    if (Character.isDigit(t.charAt(0))) {
      int end = 0;
      while (end < t.length() && Character.isDigit(t.charAt(end))) {
        end++;
      }
      return Integer.parseInt(t.substring(0, Math.min(end, 9)));
    }
    int total = 0;
    int current = 0;
    boolean any = false;
    for (String token : t.split("[- ]+")) {
      if (token.equals("et") || token.equals("and")) {
        continue;
      }
      if (token.equals("cent") || token.equals("cents") || token.equals("hundred")) {
        current = (current == 0 ? 1 : current) * 100;
      } else if (token.equals("mille") || token.equals("thousand")) {
        total += (current == 0 ? 1 : current) * 1000;
        current = 0;
      } else {
        Integer v = NUMBERS.get(token);
        if (v == null) {
          return -1;
        }
        if (v == 20 && current % 100 == 4) {
          current = current - 4 + 80; // quatre-vingt(s)
        } else {
          current += v;
        }
      }
      any = true;
    }
    return any ? total + current : -1;
  }

  /** A number with its decimals in digits ("30,4" → "30.4"), else as {@link #number}. */
  static String decimal(String text) {
    String t = text.strip();
    if (!t.isEmpty() && Character.isDigit(t.charAt(0)) && (t.contains(",") || t.contains("."))) {
      return t.replace(',', '.');
    }
    int n = number(t);
    return n < 0 ? null : Integer.toString(n);
  }
}
