package org.trame.clean;

import java.util.Set;

/** Tells which language a text is written in. */
public interface LanguageDetector {

  /** ISO 639-2 "undetermined": no language could be told, or there was too little text. */
  String UNDETERMINED = "und";

  /**
   * The ISO 639-1 code of the language of {@code text} (ISO 639-3 where a language has no 639-1
   * code), or {@link #UNDETERMINED}. Never null, never throws on any text.
   */
  String detect(String text);

  /** The codes {@link #detect} may return, besides {@link #UNDETERMINED}. */
  Set<String> languages();
}
