package org.trame.clean;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The languages trame is set to process (ISO 639-1 codes). An article in another language, or in
 * none that could be told, is stored all the same and marked as not supported.
 */
public record Languages(Set<String> codes) {

  private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

  /** French first, English too: what trame's analysis is written for. */
  public static final Languages DEFAULT = new Languages(Set.of("fr", "en"));

  public Languages {
    codes = Set.copyOf(codes);
    if (codes.isEmpty()) {
      throw new IllegalArgumentException("at least one language is needed");
    }
    for (String c : codes) {
      if (!CODE.matcher(c).matches() || c.equals(LanguageDetector.UNDETERMINED)) {
        throw new IllegalArgumentException(
            "'" + c + "' is not a language code: use ISO 639-1 codes such as fr, en, de");
      }
    }
  }

  /**
   * Languages from a comma-separated list such as {@code "fr,en,de"}.
   *
   * @throws IllegalArgumentException naming the part that is not a language code
   */
  public static Languages parse(String list) {
    Set<String> codes = new LinkedHashSet<>();
    for (String part : list.split(",", -1)) {
      String code = normalize(part);
      if (code == null) {
        throw new IllegalArgumentException(
            "'" + part.strip() + "' is not a language code: use ISO 639-1 codes such as fr,en,de");
      }
      codes.add(code);
    }
    return new Languages(codes);
  }

  /**
   * The primary language subtag of a code as inputs write it ({@code "FR"}, {@code "fr-CA"}, {@code
   * "pt_BR"} → {@code fr}, {@code fr}, {@code pt}); null when it is no such code.
   */
  public static String normalize(String code) {
    if (code == null) {
      return null;
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    int sep = c.indexOf('-') >= 0 ? c.indexOf('-') : c.indexOf('_');
    if (sep >= 0) {
      c = c.substring(0, sep);
    }
    return CODE.matcher(c).matches() ? c : null;
  }

  public boolean supports(String code) {
    return code != null && codes.contains(code);
  }

  @Override
  public String toString() {
    return String.join(",", new java.util.TreeSet<>(codes));
  }
}
