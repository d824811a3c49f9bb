package org.trame.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.trame.StoryView;
import org.trame.Trame;
import org.trame.app.view.JsonViews;
import org.trame.claim.Claim;
import org.trame.store.StoredArticle;
import org.trame.story.Assignment;
import org.trame.story.Story;
import org.trame.timeline.StoryTimeline;
import org.trame.timeline.TimelineDates;
import org.trame.timeline.TimelineEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame story ID [--as-of YYYY-MM-DD]} */
@Command(
    name = "story",
    mixinStandardHelpOptions = true,
    description = "Shows one story: its timeline, events and articles.")
final class StoryCommand implements Callable<Integer> {

  @Mixin DataOption data;

  @Parameters(paramLabel = "ID", description = "The story's id, as 'trame stories' lists it.")
  String id;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "Show the story as it could be known that day: only what was published by then.")
  LocalDate asOf;

  @Option(
      names = "--why",
      paramLabel = "ARTICLE",
      description =
          "Explain why this article is in the story: the candidates the engine weighed, their"
              + " probabilities and evidence, the runner-up.")
  String why;

  @Option(
      names = "--timeline-size",
      paramLabel = "N",
      description =
          "Keep the N most important dates of the timeline (0: every date; default: "
              + StoryTimeline.DEFAULT_BUDGET
              + ").")
  int timelineSize = StoryTimeline.DEFAULT_BUDGET;

  @Option(names = "--json", description = "Print JSON: the story object with timeline and claims.")
  boolean json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Trame trame = data.location().openForReading()) {
      Optional<StoryView> found = trame.story(id, asOf, timelineSize);
      if (found.isEmpty()) {
        spec.commandLine().getErr().println("trame: no story '" + id + "' in " + data.location());
        return TrameCommand.EXIT_REJECTED;
      }
      StoryView view = found.get();
      Story asked = trame.storyAsStored(id).orElse(null);
      if (why != null) {
        Optional<StoredArticle> article = trame.article(why);
        if (article.isEmpty() || !view.story().id().equals(article.get().storyId())) {
          spec.commandLine()
              .getErr()
              .println("trame: no article '" + why + "' in story '" + id + "'");
          return TrameCommand.EXIT_REJECTED;
        }
        if (json) {
          out.println(JsonViews.JSON.writeValueAsString(JsonViews.why(article.get())));
        } else {
          printWhy(out, article.get());
        }
      } else if (json) {
        out.println(
            JsonViews.JSON.writeValueAsString(
                JsonViews.withMergedFrom(JsonViews.storyView(view), asked)));
      } else {
        if (asked != null && asked.merged()) {
          out.printf(
              "%s was merged into %s: article %s showed them to be one story%n",
              asked.id(), view.story().id(), asked.mergedBy());
        }
        print(out, view);
      }
    }
    out.flush();
    return 0;
  }

  static void printWhy(PrintWriter out, StoredArticle a) {
    out.printf("%s is in story %s, event %s%n", a.id(), a.storyId(), a.eventId());
    if (a.duplicate()) {
      out.printf(
          java.util.Locale.ROOT,
          "  as a copy of %s (resemblance %.2f): copies follow their original%n",
          a.duplicateOf(),
          a.duplicateSimilarity());
      return;
    }
    Assignment w = a.assignment();
    if (w == null || w.stories().isEmpty()) {
      out.println("  (stored before the engine kept its evidence)");
      return;
    }
    out.println(
        w.storyId() == null
            ? "  it started this story: no candidate was probable enough"
            : "  it joined the most probable candidate story");
    if (!w.merged().isEmpty()) {
      out.printf(
          "  it was as probably in %s: %s merged into %s, the oldest%n",
          String.join(", ", w.merged()),
          w.merged().size() == 1 ? "that story was" : "those stories were",
          w.storyId());
    }
    if (w.storyId() != null && !w.storyId().equals(a.storyId())) {
      out.printf("  %s was later merged into %s%n", w.storyId(), a.storyId());
    }
    out.println("  stories weighed:");
    w.stories().forEach(c -> printCandidate(out, c));
    if (!w.events().isEmpty()) {
      out.println(
          w.eventId() == null ? "  it started this event; events weighed:" : "  events weighed:");
      w.events().forEach(c -> printCandidate(out, c));
    }
    if (w.nearestArticle() != null) {
      out.println("  nearest article: " + w.nearestArticle());
    }
  }

  private static void printCandidate(PrintWriter out, Assignment.Candidate c) {
    out.printf(java.util.Locale.ROOT, "    %-8s p=%.3f ", c.id(), c.probability());
    StringBuilder f = new StringBuilder();
    c.features()
        .forEach((name, value) ->
            f.append(String.format(java.util.Locale.ROOT, " %s=%.2f", name, value)));
    out.println(f.toString().strip());
  }

  static void print(PrintWriter out, StoryView view) {
    out.println(Text.storyLine(view.story()));
    out.printf(
        "  %d article%s, %d source%s, %d cop%s%n",
        view.articles().size(),
        view.articles().size() == 1 ? "" : "s",
        view.sources(),
        view.sources() == 1 ? "" : "s",
        view.copies(),
        view.copies() == 1 ? "y" : "ies");
    if (view.asOf() != null) {
      out.println("  as of " + view.asOf());
      if (view.articles().isEmpty()) {
        out.println("  nothing of this story was published yet");
        return;
      }
    }
    out.println("  timeline:");
    for (TimelineEntry t : view.timeline()) {
      out.printf(
          "    %-10s  %s%s  (%d source%s)%n",
          (t.date().estimated() ? "~" : "") + TimelineDates.label(t.date()),
          t.status() == null ? "" : "[" + t.status().label() + "] ",
          Text.shorten(t.text(), 100),
          t.sources().size(),
          t.sources().size() == 1 ? "" : "s");
    }
    if (!view.claims().isEmpty()) {
      out.println("  claims:");
      for (Claim c : view.claims()) {
        String what = c.subject().isEmpty() ? "" : c.subject() + ", ";
        String role = c.current().value().role();
        out.printf(
            "    %s%s%s: %s%n",
            what, c.kind().words(), role.isEmpty() ? "" : " (" + role + ")", c.current().text());
        out.println("      " + ClaimLines.history(c));
      }
    }
    out.println("  articles:");
    for (StoredArticle a : view.articles()) {
      out.printf(
          "    %-10s  %s%s%n",
          Text.date(a.article().published()),
          a.id(),
          a.duplicateOf() == null
              ? ""
              : String.format(
                  java.util.Locale.ROOT,
                  "  (copy of %s, %.2f)",
                  a.duplicateOf(),
                  a.duplicateSimilarity()));
    }
  }
}
