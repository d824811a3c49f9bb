package org.trame.peers.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import org.trame.clean.LanguageDetector;

/** Lingua (Apache-2.0), the peer of trame's detector, restricted to the languages given. */
public final class LinguaDetector implements LanguageDetector, AutoCloseable {

  private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
  private final Set<String> languages;
  private final boolean lowAccuracy;

  private LinguaDetector(Collection<String> codes, boolean lowAccuracy) {
    List<Language> known = new ArrayList<>();
    Set<String> kept = new TreeSet<>();
    for (String code : codes) {
      Language l = byCode(code);
      if (l != null) {
        known.add(l);
        kept.add(code);
      }
    }
    if (known.size() < 2) {
      throw new IllegalArgumentException("lingua needs two languages it knows, got " + codes);
    }
    LanguageDetectorBuilder builder =
        LanguageDetectorBuilder.fromLanguages(known.toArray(Language[]::new));
    this.lingua = (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
    this.languages = Set.copyOf(kept);
    this.lowAccuracy = lowAccuracy;
  }

  /** Lingua's default: every n-gram order, 1 to 5. */
  public static LinguaDetector highAccuracy(Collection<String> codes) {
    return new LinguaDetector(codes, false);
  }

  /** Trigrams only: lighter and faster, weaker on short text. */
  public static LinguaDetector lowAccuracy(Collection<String> codes) {
    return new LinguaDetector(codes, true);
  }

  /** Whether lingua knows the language of this ISO 639-1 code. */
  public static boolean knows(String code) {
    return byCode(code) != null;
  }

  private static Language byCode(String code) {
    try {
      Language l = Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
      return l == Language.UNKNOWN ? null : l;
    } catch (IllegalArgumentException | NoSuchElementException e) {
      return null;
    }
  }

  @Override
  public String detect(String text) {
    Language l = lingua.detectLanguageOf(text);
    return l == Language.UNKNOWN
        ? UNDETERMINED
        : l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  @Override
  public Set<String> languages() {
    return languages;
  }

  /** Lingua keeps its models in a cache shared by all its detectors: empties it. */
  @Override
  public void close() {
    lingua.unloadLanguageModels();
  }

  @Override
  public String toString() {
    return lowAccuracy ? "lingua, low accuracy mode" : "lingua";
  }
}
