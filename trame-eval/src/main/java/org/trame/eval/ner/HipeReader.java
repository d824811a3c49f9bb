package org.trame.eval.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads HIPE-2022 TSV: a header line naming the columns ({@code TOKEN}, {@code NE-COARSE-LIT},
 * {@code MISC}…), {@code # hipe2022:document_id = …} opening each document, one token a line with
 * IOB tags. Coarse types map to the tagger's: pers → PER, org → ORG, loc → LOC, prod and HumanProd
 * → WORK, time → TIME (case ignored: NewsEye writes PER, LOC, ORG).
 */
public final class HipeReader {

  private HipeReader() {}

  /**
   * @throws IOException naming the file and the line that could not be read
   */
  public static List<HipeDocument> read(Path file) throws IOException {
    List<HipeDocument> docs = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int tokenCol = -1;
      int tagCol = -1;
      int miscCol = -1;
      Builder doc = null;
      String line;
      int lineNo = 0;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (line.startsWith("TOKEN\t")) {
          List<String> header = List.of(line.split("\t", -1));
          tokenCol = header.indexOf("TOKEN");
          tagCol = header.indexOf("NE-COARSE-LIT");
          miscCol = header.indexOf("MISC");
          if (tagCol < 0 || miscCol < 0) {
            throw new IOException(
                file + ":" + lineNo + ": the header has no NE-COARSE-LIT or MISC");
          }
          continue;
        }
        if (line.startsWith("#")) {
          String id = value(line, "# hipe2022:document_id");
          if (id != null) {
            if (doc != null) {
              docs.add(doc.build());
            }
            doc = new Builder(id);
          }
          continue;
        }
        if (line.isBlank()) {
          if (doc != null) {
            doc.endSentence();
          }
          continue;
        }
        if (tagCol < 0 || doc == null) {
          throw new IOException(
              file + ":" + lineNo + ": a token before the header or a document id");
        }
        String[] cols = line.split("\t", -1);
        if (cols.length <= Math.max(tagCol, miscCol)) {
          throw new IOException(file + ":" + lineNo + ": " + cols.length + " columns, too few");
        }
        doc.add(cols[tokenCol], cols[tagCol], cols[miscCol]);
      }
      if (doc != null) {
        docs.add(doc.build());
      }
    }
    if (docs.isEmpty()) {
      throw new IOException(file + ": no document (no '# hipe2022:document_id' line)");
    }
    return docs;
  }

  private static String value(String line, String key) {
    if (!line.startsWith(key)) {
      return null;
    }
    int eq = line.indexOf('=');
    return eq < 0 ? null : line.substring(eq + 1).strip();
  }

  /** HIPE's coarse type as the tagger's, or null for one it does not know. */
  public static String type(String hipe) {
    return switch (hipe.toLowerCase(Locale.ROOT)) {
      case "pers", "per" -> "PER";
      case "org" -> "ORG";
      case "loc" -> "LOC";
      case "prod", "humanprod" -> "WORK";
      case "time" -> "TIME";
      default -> null;
    };
  }

  private static final class Builder {
    private final String id;
    private final StringBuilder text = new StringBuilder();
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> sentenceEnds = new ArrayList<>();
    private final List<TokenSpan> gold = new ArrayList<>();
    private boolean spaceBefore;
    private String openType;
    private int openFirst;

    Builder(String id) {
      this.id = id;
    }

    void add(String token, String tag, String misc) {
      if (spaceBefore
          || (text.length() > 0
              && wordChar(text.charAt(text.length() - 1))
              && wordChar(token.charAt(0)))) {
        // NewsEye marks a lost line break between two words as NoSpaceAfter ("Vaast" "Le"):
        // two tokens that are words apart stay apart
        text.append(' ');
      }
      int index = tokens.size();
      starts.add(text.length());
      tokens.add(token);
      text.append(token);
      spaceBefore = !misc.contains("NoSpaceAfter");
      String type = tag.length() > 2 && tag.charAt(1) == '-' ? type(tag.substring(2)) : null;
      boolean begins = type != null && (tag.startsWith("B-") || !type.equals(openType));
      if (openType != null && (type == null || begins)) {
        close(index - 1);
      }
      if (type != null && begins) {
        openType = type;
        openFirst = index;
      }
      if (misc.contains("EndOfSentence")) {
        endSentence();
      }
    }

    private static boolean wordChar(char c) {
      return Character.isLetterOrDigit(c);
    }

    void endSentence() {
      if (!tokens.isEmpty()
          && (sentenceEnds.isEmpty()
              || sentenceEnds.get(sentenceEnds.size() - 1) < tokens.size() - 1)) {
        sentenceEnds.add(tokens.size() - 1);
      }
    }

    private void close(int last) {
      gold.add(new TokenSpan(openType, openFirst, last));
      openType = null;
    }

    HipeDocument build() {
      if (openType != null) {
        close(tokens.size() - 1);
      }
      endSentence();
      int[] s = starts.stream().mapToInt(Integer::intValue).toArray();
      return new HipeDocument(id, text.toString(), tokens, s, sentenceEnds, gold);
    }
  }
}
