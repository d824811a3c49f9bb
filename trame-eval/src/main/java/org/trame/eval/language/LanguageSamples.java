package org.trame.eval.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.trame.article.RawArticle;
import org.trame.ingest.JsonLinesReader;

/**
 * A labelled language set made of evaluation files: articles JSONL (gold language in {@code lang})
 * and HIPE-layout TSV (gold language in {@code # hipe2022:language}, one sentence a sample). Each
 * article gives three samples: the whole article, the first 200 characters of its body, and its
 * title.
 */
public final class LanguageSamples {

  /** How much of an article a sample holds. */
  public enum Length {
    /** title and body */
    ARTICLE("article"),
    /** the first 200 characters of the body, cut back to a word */
    FIRST_200("200 chars"),
    /** the title, cut back to a word within 60 characters */
    TITLE("title"),
    /** one sentence of an encyclopaedia (the NER sets) */
    SENTENCE("sentence");

    private final String label;

    Length(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One text with its gold language. */
  public record Sample(String set, String language, Length length, String text) {}

  /**
   * The public sets, under {@code shared/eval}, that make the default labelled set of {@code trame
   * eval language} and {@code peer-bench language}: RPM2 (fr), ECB+ (en), CL-TLS (es, it),
   * OrangeSum (fr) and WikiNEuRal (fr).
   */
  public static final List<String> PUBLIC_SETS =
      List.of(
          "clustering/rpm2-fr.dev.jsonl.gz",
          "clustering/ecbplus-en.dev.jsonl.gz",
          "timelines/cltls-es.articles.dev.jsonl.gz",
          "timelines/cltls-it.articles.dev.jsonl.gz",
          "corpus/orangesum-fr.jsonl.gz",
          "ner/wikineural-fr-val.tsv");

  static final int PREFIX = 200;
  static final int TITLE = 60;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Pattern URL = Pattern.compile("(?i)(https?\\s*:|www\\s*\\.)");

  private LanguageSamples() {}

  /**
   * Samples of one file, at most {@code limit} articles (or sentences) spread evenly over it.
   *
   * @throws IOException naming the file, when it cannot be read or is neither layout
   */
  public static List<Sample> read(Path file, int limit) throws IOException {
    String name = file.getFileName().toString();
    String set = name.replaceFirst("\\.gz$", "").replaceFirst("\\.(jsonl|tsv)$", "");
    try {
      if (name.endsWith(".tsv") || name.endsWith(".tsv.gz")) {
        return spread(sentences(file, set), limit);
      }
      if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
        List<List<Sample>> articles = spread(articles(file, set), limit);
        List<Sample> out = new ArrayList<>();
        for (Length length : List.of(Length.ARTICLE, Length.FIRST_200, Length.TITLE)) {
          for (List<Sample> a : articles) {
            a.stream().filter(s -> s.length() == length).forEach(out::add);
          }
        }
        return out;
      }
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    throw new IOException(file + " is neither articles JSONL (.jsonl[.gz]) nor HIPE TSV (.tsv)");
  }

  private static List<List<Sample>> articles(Path file, String set) throws IOException {
    List<List<Sample>> out = new ArrayList<>();
    try (BufferedReader in = open(file)) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JSON.readTree(line);
        String language = node.path("lang").asText("");
        if (language.isBlank()) {
          throw new IOException("line " + number + " has no \"lang\"");
        }
        RawArticle a = JsonLinesReader.toArticle(node, set + ":" + number, "", file.toString());
        out.add(samples(set, language.toLowerCase(Locale.ROOT), a.title(), a.text()));
      }
    }
    return out;
  }

  /** The three samples of one article; without a title, the first line of text is one. */
  static List<Sample> samples(String set, String language, String title, String text) {
    String body = text.strip();
    String head = title == null ? "" : title.strip();
    // a source URL on the first line (ECB+) is not a title in any language
    while (head.isEmpty() || URL.matcher(head).lookingAt()) {
      int end = body.indexOf('\n');
      head = end < 0 ? body : body.substring(0, end).strip();
      body = end < 0 ? "" : body.substring(end + 1).strip();
      if (end < 0) {
        break;
      }
    }
    if (URL.matcher(head).lookingAt()) {
      head = "";
    }
    List<Sample> out = new ArrayList<>();
    out.add(new Sample(set, language, Length.ARTICLE, (head + "\n" + body).strip()));
    if (!body.isEmpty()) {
      out.add(new Sample(set, language, Length.FIRST_200, cut(body, PREFIX)));
    }
    if (!head.isEmpty()) {
      out.add(new Sample(set, language, Length.TITLE, cut(head, TITLE)));
    }
    return out;
  }

  /** At most {@code max} characters, cut back to the last space when that is not too far. */
  static String cut(String text, int max) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= max) {
      return flat;
    }
    int space = flat.lastIndexOf(' ', max);
    return (space > max / 2 ? flat.substring(0, space) : flat.substring(0, max)).strip();
  }

  private static List<Sample> sentences(Path file, String set) throws IOException {
    List<Sample> out = new ArrayList<>();
    String language = null;
    StringBuilder sentence = new StringBuilder();
    try (BufferedReader in = open(file)) {
      String line;
      boolean header = true;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("# hipe2022:language")) {
          language = line.substring(line.indexOf('=') + 1).strip().toLowerCase(Locale.ROOT);
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          if (line.startsWith("TOKEN")) {
            continue;
          }
        }
        String[] f = line.split("\t", -1);
        if (language == null) {
          throw new IOException("tokens before any '# hipe2022:language' line");
        }
        sentence.append(f[0]);
        String misc = f[f.length - 1];
        if (!misc.contains("NoSpaceAfter") && !f[0].endsWith("'")) {
          sentence.append(' ');
        }
        if (misc.contains("EndOfSentence")) {
          String s = sentence.toString().replaceAll(" ([,.;:)])", "$1").strip();
          if (!s.isEmpty()) {
            out.add(new Sample(set, language, Length.SENTENCE, s));
          }
          sentence.setLength(0);
        }
      }
    }
    return out;
  }

  /** At most {@code limit} items taken at even steps, first and order kept. */
  static <T> List<T> spread(List<T> all, int limit) {
    if (all.size() <= limit) {
      return all;
    }
    List<T> out = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) {
      out.add(all.get((int) ((long) i * all.size() / limit)));
    }
    return out;
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    InputStream in =
        file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
