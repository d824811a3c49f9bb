package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.search.SearchHit;
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
      "All words must match; \"quotes\" for a phrase, OR between alternatives, -word to exclude."
    })
final class SearchCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to find.")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", description = "At most N results (default 10).")
  int limit = 10;

  @Option(names = "--json", description = "Print JSON: {\"query\",\"hits\":[…]}.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String query = String.join(" ", words);
    try (Trame trame = Trame.openReadOnly(data.dir())) {
      List<SearchHit> hits = trame.search(query, limit);
      if (json) {
        ObjectNode root = JsonViews.JSON.createObjectNode();
        root.put("query", query);
        ArrayNode array = root.putArray("hits");
        hits.forEach(h -> array.add(JsonViews.hit(h)));
        out.println(JsonViews.JSON.writeValueAsString(root));
      } else if (hits.isEmpty()) {
        out.println("nothing found for: " + query);
      } else {
        for (SearchHit h : hits) {
          out.printf(
              "%-10s %-6s %s%n  %s%n    %s%n",
              h.published() == null ? "undated" : h.published(),
              h.storyId(),
              h.articleId(),
              Text.shorten(h.title(), 100),
              Text.shorten(h.snippet(), 200));
        }
      }
    }
    out.flush();
    return 0;
  }
}
