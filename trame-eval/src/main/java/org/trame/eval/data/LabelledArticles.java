package org.trame.eval.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.trame.article.RawArticle;
import org.trame.ingest.JsonLinesReader;

/**
 * Articles of an evaluation set ({@code ../shared/eval}'s articles JSONL, gzipped or not) with
 * their gold labels.
 */
public final class LabelledArticles {

  /** One article and its gold labels ({@code story}, {@code event}; either may be null). */
  public record Labelled(RawArticle article, String story, String event) {}

  /** In which order articles are fed to an online system. */
  public enum Order {
    /** as in the file */
    FILE,
    /** by publication date, file order among equal or missing dates */
    DATE,
    /** shuffled with a fixed seed */
    SHUFFLE
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledArticles() {}

  /** Reads at most {@code limit} articles. */
  public static List<Labelled> read(Path file, int limit) throws IOException {
    List<Labelled> out = new ArrayList<>();
    if (limit <= 0) {
      return out;
    }
    JsonLinesFiles.read(
        file,
        (n, number) -> {
          RawArticle a =
              JsonLinesReader.toArticle(
                  n, file.getFileName() + ":" + number, "", file + ":" + number);
          out.add(new Labelled(a, text(n, "story"), text(n, "event")));
          return out.size() < limit;
        });
    return out;
  }

  /**
   * A folder of articles in any format trame reads (as {@code trame ingest DIR} reads it), labelled
   * by a {@code gold.tsv} inside it or beside it: a header, then {@code path story event} per line,
   * the path relative to the folder. Articles without a line are left out.
   */
  public static List<Labelled> readFolder(Path folder) throws IOException {
    Path gold = folder.resolve("gold.tsv");
    if (!java.nio.file.Files.isRegularFile(gold)) {
      gold = folder.toAbsolutePath().getParent().resolve("gold.tsv");
    }
    if (!java.nio.file.Files.isRegularFile(gold)) {
      throw new IOException("no gold.tsv in or beside " + folder);
    }
    java.util.Map<String, String[]> labels = new java.util.HashMap<>();
    List<String> lines = java.nio.file.Files.readAllLines(gold);
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] f = line.split("\t");
      if (f.length >= 2) {
        labels.put(f[0], f);
      }
    }
    List<Labelled> out = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    org.trame.ingest.ArticleSink sink =
        new org.trame.ingest.ArticleSink() {
          @Override
          public void accept(RawArticle article) {
            String[] f = labels.get(article.id());
            if (f != null) {
              out.add(new Labelled(article, f[1], f.length > 2 ? f[2] : null));
            }
          }

          @Override
          public void reject(String origin, String problem) {
            problems.add(origin + ": " + problem);
          }
        };
    org.trame.ingest.Inputs inputs = new org.trame.ingest.Inputs();
    inputs.read(inputs.list(List.of(folder), sink), sink, (done, total) -> {});
    if (!problems.isEmpty()) {
      throw new IOException("cannot read " + folder + ": " + problems.get(0));
    }
    return out;
  }

  /** The articles in the given order (a new list). */
  public static List<Labelled> ordered(List<Labelled> articles, Order order, long seed) {
    List<Labelled> out = new ArrayList<>(articles);
    switch (order) {
      case FILE -> {}
      case DATE ->
          out.sort(
              Comparator.comparing((Labelled l) ->
                  l.article().published() == null
                      ? java.time.LocalDate.MIN
                      : l.article().published().date()));
      case SHUFFLE -> Collections.shuffle(out, new Random(seed));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
