package org.trame.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trame.Trame;
import org.trame.analysis.EntityMention;
import org.trame.analysis.TimeMention;
import org.trame.app.view.JsonViews;
import org.trame.article.Article;
import org.trame.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame article ID} */
@Command(
    name = "article",
    mixinStandardHelpOptions = true,
    description = "Shows one article: clean text, dates, analysis, and where it sits.")
final class ArticleCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", description = "The article's id (its path for files).")
  String id;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(names = "--original", description = "Show the original text instead of the clean one.")
  boolean original;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Trame trame = data.location().openForReading()) {
      Optional<StoredArticle> found = trame.article(id);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("trame: no article '" + id + "' in " + data.location());
        return TrameCommand.EXIT_REJECTED;
      }
      StoredArticle stored = found.get();
      if (json) {
        out.println(
            JsonViews.JSON.writeValueAsString(
                JsonViews.article(stored, trame.copiesOf(stored.id()))));
      } else {
        Article a = stored.article();
        out.println(a.title());
        out.printf(
            "id %s · source %s · published %s · language %s · story %s · event %s%n",
            a.id(),
            a.source(),
            a.published() == null ? "unknown" : a.published(),
            a.language() == null
                ? "unknown"
                : a.language() + (a.languageSupported() ? "" : " (not supported)"),
            stored.storyId(),
            stored.eventId());
        if (stored.duplicateOf() != null) {
          out.println(
              stored.duplicateSimilarity() >= 1
                  ? "exact copy of " + stored.duplicateOf()
                  : String.format(
                      java.util.Locale.ROOT,
                      "near copy of %s (estimated resemblance %.2f)",
                      stored.duplicateOf(),
                      stored.duplicateSimilarity()));
        }
        List<StoredArticle> copies = trame.copiesOf(stored.id());
        if (!copies.isEmpty()) {
          out.println("copies:");
          for (StoredArticle c : copies) {
            out.printf(
                java.util.Locale.ROOT,
                "  %s  %.2f  %s%n",
                c.id(),
                c.duplicateSimilarity(),
                c.article().source());
          }
        }
        out.println();
        out.println(original ? a.original() : a.text());
        out.println();
        out.print("times:");
        for (TimeMention t : stored.analysis().times()) {
          out.print("  " + t.text() + " → " + t.value());
        }
        out.println();
        out.print("entities:");
        stored.analysis().entities().stream()
            .map(EntityMention::text)
            .distinct()
            .forEach(e -> out.print("  " + e));
        out.println();
      }
    }
    out.flush();
    return 0;
  }
}
