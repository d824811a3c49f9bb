package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.story.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trame stories} */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = "Lists the stories, most recently active first.")
final class StoriesCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Option(names = "--json", description = "Print JSON: {\"stories\":[…]}.")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Show at most N stories (default: all).")
  int limit = Integer.MAX_VALUE;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Trame trame = Trame.openReadOnly(data.dir())) {
      List<Story> stories = trame.stories().stream().limit(limit).toList();
      if (json) {
        ObjectNode root = JsonViews.JSON.createObjectNode();
        ArrayNode array = root.putArray("stories");
        for (Story s : stories) {
          array.add(JsonViews.story(s, id -> trame.event(id).orElse(null)));
        }
        out.println(JsonViews.JSON.writeValueAsString(root));
      } else if (stories.isEmpty()) {
        out.println("no stories yet in " + data.dir() + ": add articles with 'trame ingest PATH'");
      } else {
        for (Story s : stories) {
          out.println(Text.storyLine(s));
        }
      }
    }
    out.flush();
    return 0;
  }
}
