package org.trame.app.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.trame.search.SearchRequest;
import org.trame.search.StoryQuery;

/**
 * A {@link StoryQuery} from named parameters, as {@code /api/stories} and {@code trame stories}
 * both take them, so that a bad value gets the same message from either: {@code q}, {@code entity}
 * (repeated: all of them), {@code source} and {@code lang} (repeated or comma-separated: any of
 * them), {@code from}, {@code to} ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), {@code
 * sort} ({@code activity}, {@code date}, {@code size}), {@code limit}, {@code offset}.
 */
public final class StoryQueries {

  /** Every parameter a story listing takes. */
  public static final List<String> PARAMETERS =
      List.of("q", "entity", "source", "lang", "from", "to", "sort", "limit", "offset");

  private StoryQueries() {}

  /**
   * Reads the parameters.
   *
   * @param values every value given for a parameter, in order; empty when none
   * @param defaultLimit the page's size when {@code limit} is not given
   * @throws IllegalArgumentException naming the parameter, the value and what is expected
   */
  public static StoryQuery parse(Function<String, List<String>> values, int defaultLimit) {
    String text = String.join(" ", values.apply("q")).strip();
    Set<String> entities = new LinkedHashSet<>(values.apply("entity"));
    LocalDate from = SearchRequest.firstDay("from", single(values, "from"));
    LocalDate to = SearchRequest.lastDay("to", single(values, "to"));
    String sort = single(values, "sort");
    return new StoryQuery(
        text,
        entities,
        commaSeparated(values.apply("source")),
        commaSeparated(values.apply("lang")),
        from,
        to,
        sort == null || sort.isBlank() ? StoryQuery.Sort.ACTIVITY : StoryQuery.Sort.parse(sort),
        whole(values, "limit", defaultLimit, 1, StoryQuery.MAX_LIMIT),
        whole(values, "offset", 0, 0, StoryQuery.MAX_OFFSET));
  }

  private static String single(Function<String, List<String>> values, String name) {
    List<String> given = values.apply(name);
    if (given.size() > 1) {
      throw new IllegalArgumentException(
          name + ": expected one value, got " + given.size() + ": " + given);
    }
    return given.isEmpty() ? null : given.get(0);
  }

  private static Set<String> commaSeparated(List<String> given) {
    List<String> out = new ArrayList<>();
    for (String v : given) {
      out.addAll(List.of(v.split(",")));
    }
    return new LinkedHashSet<>(out);
  }

  private static int whole(
      Function<String, List<String>> values, String name, int byDefault, int min, int max) {
    String value = single(values, name);
    if (value == null || value.isBlank()) {
      return byDefault;
    }
    long n;
    try {
      n = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      n = Long.MIN_VALUE;
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(
          name + ": expected a whole number from " + min + " to " + max + ", got '" + value + "'");
    }
    return (int) n;
  }
}
