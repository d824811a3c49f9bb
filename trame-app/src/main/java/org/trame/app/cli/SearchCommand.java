package org.trame.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.search.SearchHit;
import org.trame.search.SearchRequest;
import org.trame.search.SearchResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame search QUERY} */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Searches titles and clean text with French analysis (elisions, accents, plurals).",
      "All words must match; \"quotes\" for a phrase, OR between alternatives, -word to exclude.",
      "Filters narrow it (several --lang or --source: any of them; several --entity: all of them);"
          + " with a filter and no words, every article that passes. A copy whose original"
          + " matches too is folded into it. Counts of the matches by entity, source and month"
          + " follow the results."
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to find.")
  List<String> words = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Published on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      description =
          "Published on or before DATE; an article dated to a month matches when the month"
              + " overlaps the range.")
  String to;

  @Option(
      names = "--lang",
      paramLabel = "CODE",
      split = ",",
      description = "In this language (fr, en…); repeatable.")
  List<String> languages = new ArrayList<>();

  @Option(
      names = "--source",
      paramLabel = "S",
      description = "From this source, as 'trame article' names it; repeatable.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description = "Naming this entity (canonical name, case and accents ignored); repeatable.")
  List<String> entities = new ArrayList<>();

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (default) or date (newest first, undated last).")
  String sort = "relevance";

  @Option(names = "--by-story", description = "Group the results by story.")
  boolean byStory;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N results, or N stories with --by-story (default 10).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N (default 0).")
  int offset;

  @Option(
      names = "--json",
      description =
          "Print JSON: {\"query\",\"total\",\"hits\":[…],\"stories\":[…],\"facets\":{…}},"
              + " as the API's /api/search.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchRequest request = request();
    try (Trame trame = data.location().openForReading()) {
      SearchResult result = trame.search(request);
      if (json) {
        out.println(JsonViews.JSON.writeValueAsString(JsonViews.search(request, result)));
      } else if (result.total() == 0) {
        out.println("nothing found for: " + describe(request));
      } else {
        print(out, request, result);
      }
    }
    out.flush();
    return 0;
  }

  private SearchRequest request() {
    try {
      LocalDate first = SearchRequest.firstDay("--from", from);
      LocalDate last = SearchRequest.lastDay("--to", to);
      SearchRequest request =
          new SearchRequest(
              String.join(" ", words),
              first,
              last,
              Set.copyOf(languages),
              new LinkedHashSet<>(sources),
              new LinkedHashSet<>(entities),
              SearchRequest.Sort.parse(sort),
              byStory,
              limit,
              offset);
      if (request.text().isBlank() && !request.filtered()) {
        throw new IllegalArgumentException(
            "words to search for are needed, or a filter (--from, --to, --lang, --source,"
                + " --entity)");
      }
      return request;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static String describe(SearchRequest r) {
    List<String> parts = new ArrayList<>();
    if (!r.text().isBlank()) {
      parts.add(r.text());
    }
    if (r.from() != null) {
      parts.add("from " + r.from());
    }
    if (r.to() != null) {
      parts.add("to " + r.to());
    }
    r.languages().forEach(l -> parts.add("lang " + l));
    r.sources().forEach(s -> parts.add("source " + s));
    r.entities().forEach(e -> parts.add("entity " + e));
    return String.join(", ", parts);
  }

  private static void print(PrintWriter out, SearchRequest request, SearchResult result) {
    if (request.byStory()) {
      out.printf(
          "%d %s in %d %s; stories %d-%d:%n",
          result.total(),
          result.total() == 1 ? "result" : "results",
          result.storyTotal(),
          result.storyTotal() == 1 ? "story" : "stories",
          Math.min(result.storyTotal(), request.offset() + 1),
          request.offset() + result.stories().size());
      for (SearchResult.StoryHits s : result.stories()) {
        out.printf(
            "%n%-6s %s (%d %s)%n",
            s.storyId(),
            Text.shorten(s.title(), 90),
            s.count(),
            s.count() == 1 ? "match" : "matches");
        s.hits().forEach(h -> printHit(out, h, "  "));
      }
    } else {
      out.printf(
          "%d %s; %d-%d:%n",
          result.total(),
          result.total() == 1 ? "result" : "results",
          Math.min(result.total(), request.offset() + 1),
          request.offset() + result.hits().size());
      result.hits().forEach(h -> printHit(out, h, ""));
    }
    SearchResult.Facets f = result.facets();
    out.println();
    out.println(
        "entities: "
            + join(f.entities().stream().map(e -> e.name() + " (" + e.type() + ") " + e.count())));
    out.println("sources:  " + join(f.sources().stream().map(c -> c.value() + " " + c.count())));
    out.println("months:   " + join(f.months().stream().map(c -> c.value() + " " + c.count())));
  }

  private static String join(java.util.stream.Stream<String> parts) {
    List<String> all = parts.toList();
    return all.isEmpty() ? "-" : String.join(", ", all);
  }

  private static void printHit(PrintWriter out, SearchHit h, String indent) {
    out.printf(
        "%s%-10s %-6s %s [%s, %s]%s%n%s  %s%n%s    %s%n",
        indent,
        h.published() == null ? "undated" : h.published(),
        h.storyId(),
        h.articleId(),
        h.source() == null ? "?" : h.source(),
        h.language(),
        h.copies() == 0 ? "" : " +" + h.copies() + (h.copies() == 1 ? " copy" : " copies"),
        indent,
        Text.shorten(h.title(), 100),
        indent,
        // the matches between [ and ]: a terminal shows text, the reader tells marks apart
        Text.shorten(h.markedSnippet("[", "]"), 200));
  }
}
