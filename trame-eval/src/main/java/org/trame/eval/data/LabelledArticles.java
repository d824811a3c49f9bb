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
