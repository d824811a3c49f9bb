package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.app.view.StoryQueries;
import org.trame.search.StoryPage;
import org.trame.search.StoryQuery;
import org.trame.story.Story;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame stories [WORDS] [filters]}: the same listing, filters and messages as the API's. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the stories, most recently active first.",
      "Filters narrow the list: WORDS (French analysis) that one of a story's articles matches,"
          + " --entity names its articles must name (all of them), --source and --lang for which"
          + " articles count (any of them), --from/--to a range its span overlaps."
    })
final class StoriesCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(
      paramLabel = "WORDS",
      arity = "0..*",
      description = "Words one of the story's articles matches.")
  List<String> words = new ArrayList<>();

  @Option(
      names = "--entity",
      paramLabel = "NAME",
      description = "Named in the story (canonical name, case and accents ignored); repeatable.")
  List<String> entities = new ArrayList<>();

  @Option(
      names = "--source",
      paramLabel = "S",
      description = "Only this source's articles count; repeatable or comma-separated.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--lang",
      paramLabel = "CODE",
      description =
          "Only articles in this language count (fr, en…); repeatable or comma-separated.")
  List<String> languages = new ArrayList<>();

  @Option(
      names = "--from",
      paramLabel = "DATE",
      description = "Active on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Active on or before DATE.")
  String to;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description =
          "activity (default: latest article first), date (newest start first) or size (most"
              + " articles first).")
  String sort;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Show at most N stories, 1 to " + StoryQuery.MAX_LIMIT + " (default: all).")
  String limit;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N (default 0).")
  String offset;

  @Option(
      names = "--json",
      description = "Print JSON: {\"total\",\"offset\",\"limit\",\"sort\",\"stories\":[…]}.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    StoryQuery query = query();
    try (Trame trame = data.location().openForReading()) {
      StoryPage page = trame.stories(query);
      List<Story> stories = new ArrayList<>(page.stories());
      // without --limit, every story: the rest of the pages
      while (limit == null && query.offset() + stories.size() < page.total()) {
        StoryQuery next = withOffset(query, query.offset() + stories.size());
        List<Story> more = trame.stories(next).stories();
        if (more.isEmpty()) {
          break;
        }
        stories.addAll(more);
      }
      if (json) {
        ObjectNode root = JsonViews.JSON.createObjectNode();
        root.put("total", page.total());
        root.put("offset", query.offset());
        root.put("limit", limit == null ? stories.size() : query.limit());
        root.put("sort", query.sort().label());
        ArrayNode array = root.putArray("stories");
        for (Story s : stories) {
          array.add(JsonViews.story(s, id -> trame.event(id).orElse(null)));
        }
        out.println(JsonViews.JSON.writeValueAsString(root));
      } else if (trame.status().stories() == 0) {
        out.println(
            "no stories yet in " + data.location() + ": add articles with 'trame ingest PATH'");
      } else if (page.total() == 0) {
        out.println("no story matches these filters");
      } else {
        if (query.filtered() || query.offset() > 0 || limit != null) {
          out.printf(
              "%d %s; %d-%d:%n",
              page.total(),
              page.total() == 1 ? "story" : "stories",
              Math.min(page.total(), query.offset() + 1),
              query.offset() + stories.size());
        }
        for (Story s : stories) {
          out.println(Text.storyLine(s));
        }
      }
    }
    out.flush();
    return 0;
  }

  private StoryQuery query() {
    Map<String, List<String>> given =
        Map.of(
            "q", words,
            "entity", entities,
            "source", sources,
            "lang", languages,
            "from", optional(from),
            "to", optional(to),
            "sort", optional(sort),
            "limit", optional(limit),
            "offset", optional(offset));
    try {
      return StoryQueries.parse(given::get, StoryQuery.MAX_LIMIT);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static List<String> optional(String value) {
    return value == null ? List.of() : List.of(value);
  }

  private static StoryQuery withOffset(StoryQuery q, int offset) {
    return new StoryQuery(
        q.text(),
        q.entities(),
        q.sources(),
        q.languages(),
        q.from(),
        q.to(),
        q.sort(),
        q.limit(),
        offset);
  }
}
