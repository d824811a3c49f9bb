package org.trame.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs mojibake: UTF-8 text that was once decoded as Latin-1 or Windows-1252 ("Ã©tÃ©" for "été",
 * "â€™" for "’", "Å“" for "œ"). Each run of characters that, taken back to those single bytes,
 * forms one valid UTF-8 sequence is decoded again, but only when it gives a character such text is
 * made of (Latin letters, typographic punctuation, currency, symbols, emoji), so French text with a
 * legitimate "Ã" or an "é" before a non-breaking space and a guillemet stays as it is. Text encoded
 * twice is repaired twice. Runs before normalization, which would turn the non-breaking space of a
 * mis-decoded "à" into a plain space.
 */
public final class RepairMojibake implements TextCleaner {

  /** Passes at most: text is rarely mis-decoded more than twice. */
  private static final int MAX_PASSES = 3;

  @Override
  public String clean(String text) {
    if (!hasLeadChar(text)) {
      return text;
    }
    String out = text;
    boolean repaired = false;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      String next = repairOnce(out);
      if (next.equals(out)) {
        break;
      }
      repaired = true;
      out = next;
    }
    if (!repaired) {
      return text;
    }
    // "à" is C3 A0: once its non-breaking space has become a plain space, only the context tells;
    // two spaces after it mean the first was its own, one that the two were merged
    return out.replace("Ã  ", "à ").replaceAll("Ã(?= )", "à");
  }

  private static boolean hasLeadChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xC2 && c <= 0xF4) {
        return true;
      }
    }
    return false;
  }

  private static String repairOnce(String s) {
    StringBuilder out = new StringBuilder(s.length());
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      int lead = c < 0x100 ? c : -1;
      int need =
          lead >= 0xC2 && lead <= 0xDF
              ? 1
              : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
      if (need > 0 && i + need < n) {
        byte[] bytes = new byte[need + 1];
        bytes[0] = (byte) lead;
        boolean continuation = true;
        for (int k = 1; k <= need; k++) {
          char next = s.charAt(i + k);
          // the byte the char came from: itself up to 0xFF (Latin-1, C1 controls included), else
          // the Windows-1252 punctuation that took the place of those controls
          int b = next < 0x100 ? next : byteOfSpecial(next);
          if (b < 0x80 || b > 0xBF) {
            continuation = false;
            break;
          }
          bytes[k] = (byte) b;
        }
        if (continuation) {
          String decoded = decode(utf8, bytes);
          if (decoded != null && plausible(decoded.codePointAt(0))) {
            out.append(decoded);
            i += need + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static String decode(CharsetDecoder utf8, byte[] bytes) {
    try {
      CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(bytes));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Characters that Western text is made of and mojibake of it gives back. */
  private static boolean plausible(int cp) {
    return cp >= 0xA0 && cp <= 0x17F // Latin-1 letters and signs, Latin Extended-A (œ, Œ, Š)
        || cp == 0x192
        || cp == 0x2C6
        || cp == 0x2DC
        || cp >= 0x2000 && cp <= 0x206F // typographic punctuation: ’ “ ” – — … •
        || cp >= 0x20A0 && cp <= 0x20CF // currency: €
        || cp >= 0x2100 && cp <= 0x215F // letterlike: ™ №, fractions
        || cp >= 0x2190 && cp <= 0x21FF // arrows
        || cp == 0xFEFF // a byte-order mark read as text
        || cp >= 0x1F300 && cp <= 0x1FAFF; // emoji
  }

  private static int byteOfSpecial(char c) {
    return switch (c) {
      case '€' -> 0x80;
      case '‚' -> 0x82;
      case 'ƒ' -> 0x83;
      case '„' -> 0x84;
      case '…' -> 0x85;
      case '†' -> 0x86;
      case '‡' -> 0x87;
      case 'ˆ' -> 0x88;
      case '‰' -> 0x89;
      case 'Š' -> 0x8A;
      case '‹' -> 0x8B;
      case 'Œ' -> 0x8C;
      case 'Ž' -> 0x8E;
      case '‘' -> 0x91;
      case '’' -> 0x92;
      case '“' -> 0x93;
      case '”' -> 0x94;
      case '•' -> 0x95;
      case '–' -> 0x96;
      case '—' -> 0x97;
      case '˜' -> 0x98;
      case '™' -> 0x99;
      case 'š' -> 0x9A;
      case '›' -> 0x9B;
      case 'œ' -> 0x9C;
      case 'ž' -> 0x9E;
      case 'Ÿ' -> 0x9F;
      default -> -1;
    };
  }
}
