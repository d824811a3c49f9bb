package org.trame.clean;

import java.util.Set;

/**
 * Languages told by their script: the one a script belongs to (Greek, Hangul, kana, Thai…), or, for
 * Arabic, the letters only some of its languages use. Latin and Cyrillic scripts are shared by too
 * many languages: the profiles tell those.
 */
final class ScriptLanguages {

  static final Set<String> CODES =
      Set.of("el", "he", "ko", "ja", "zh", "th", "ka", "hy", "ar", "fa", "ur");

  /** Letters by script in the first {@code end} characters of a text. */
  record Counts(int letters, int latin, int cyrillic, int arabic, int han, int kana, int other) {}

  private ScriptLanguages() {}

  static Counts count(String text, int end) {
    int letters = 0;
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int han = 0;
    int kana = 0;
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      switch (Character.UnicodeScript.of(cp)) {
        case LATIN -> latin++;
        case CYRILLIC -> cyrillic++;
        case ARABIC -> arabic++;
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        default -> {}
      }
    }
    return new Counts(
        letters,
        latin,
        cyrillic,
        arabic,
        han,
        kana,
        letters - latin - cyrillic - arabic - han - kana);
  }

  /** The language of a text written mostly outside the Latin script. */
  static String language(String text, int end, Counts counts) {
    if (counts.kana() > 0 && (counts.kana() + counts.han()) * 2 >= counts.letters()) {
      return "ja";
    }
    if (counts.han() * 2 >= counts.letters()) {
      return "zh";
    }
    if (counts.arabic() * 2 >= counts.letters()) {
      return arabic(text, end);
    }
    int[] byScript = new int[Character.UnicodeScript.values().length];
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        byScript[Character.UnicodeScript.of(cp).ordinal()]++;
      }
    }
    int top = 0;
    for (int s = 1; s < byScript.length; s++) {
      if (byScript[s] > byScript[top]) {
        top = s;
      }
    }
    if (byScript[top] * 2 < counts.letters()) {
      return LanguageDetector.UNDETERMINED;
    }
    return switch (Character.UnicodeScript.values()[top]) {
      case GREEK -> "el";
      case HEBREW -> "he";
      case HANGUL -> "ko";
      case THAI -> "th";
      case GEORGIAN -> "ka";
      case ARMENIAN -> "hy";
      default -> LanguageDetector.UNDETERMINED;
    };
  }

  /** Persian writes پ چ ژ گ and ی ک; Urdu adds ٹ ڈ ڑ ں ے; Arabic has none of them. */
  private static String arabic(String text, int end) {
    int persian = 0;
    int urdu = 0;
    for (int i = 0; i < end; i++) {
      switch (text.charAt(i)) {
        case 'پ', 'چ', 'ژ', 'گ', 'ی', 'ک' -> persian++;
        case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ' -> urdu++;
        default -> {}
      }
    }
    if (urdu > 0) {
      return "ur";
    }
    return persian > 0 ? "fa" : "ar";
  }
}
