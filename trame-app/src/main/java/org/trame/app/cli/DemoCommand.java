package org.trame.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.trame.IngestReport;
import org.trame.StoryView;
import org.trame.Trame;
import org.trame.story.Story;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trame demo}: the bundled corpus, ingested into a fresh directory, told as stories. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests the bundled demo corpus (demo/corpus: 72 short articles, 66 text files and 6 saved"
          + " web pages, 9 stories, 2019-2024,"
          + " written for trame) into a fresh data directory and prints the stories with their"
          + " timelines."
    })
final class DemoCommand implements Callable<Integer> {

  /** Marks a directory made by this command, so that it may be emptied the next time. */
  private static final String MARK = ".trame-demo";

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Where to put the demo store (default: target/demo-data in the trame folder). It must be"
              + " empty, or a previous demo's.")
  Path data;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description = "The corpus (default: demo/corpus).")
  Path corpus;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path home = home();
    Path source = corpus != null ? corpus : home.resolve("demo/corpus");
    Path dir = data != null ? data : home.resolve("target/demo-data");
    if (!Files.isDirectory(source)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no demo corpus at " + source + " (give one with --corpus DIR)");
    }
    fresh(dir);
    out.println("ingesting " + source + " into " + dir);
    out.flush();
    Progress progress = Progress.to(spec.commandLine().getErr());
    IngestReport report;
    String asOfHint;
    String longestId;
    try (Trame trame = Trame.open(dir)) {
      report = trame.ingest(List.of(source), progress);
      progress.clear();
      out.printf(
          "stored %d articles (%d copies, exact or near), %d rejected%n%n",
          report.stored(), report.duplicates(), report.rejected().size());
      Story longest = null;
      for (Story s : trame.stories()) {
        StoryView view = trame.story(s.id(), null).orElseThrow();
        StoryCommand.print(out, view);
        out.println();
        if (s.first() != null
            && (longest == null || s.articleIds().size() > longest.articleIds().size())) {
          longest = s;
        }
      }
      asOfHint = longest == null ? null : longest.id() + " --as-of " + middle(longest);
      longestId = longest == null ? null : longest.id();
    }
    String d = shellQuote(dir);
    out.println("Explore it:");
    out.println("  ./trame stories --data " + d);
    if (asOfHint != null) {
      out.println("  ./trame story " + asOfHint + " --data " + d);
    }
    out.println("  ./trame search --data " + d + " \"cascade norvege\"");
    // last, so it is what the reader sees: the web UI, and the page of the longest story
    out.println("Web UI: ./trame serve --data " + d);
    out.println(
        "  then open http://127.0.0.1:7070/"
            + (longestId == null
                ? ""
                : "  (its longest story: http://127.0.0.1:7070/#story=" + longestId + ")"));
    out.flush();
    return report.rejected().isEmpty() ? 0 : TrameCommand.EXIT_REJECTED;
  }

  private void fresh(Path dir) throws IOException {
    if (Files.exists(dir)) {
      boolean empty;
      try (Stream<Path> list = Files.list(dir)) {
        empty = list.findAny().isEmpty();
      }
      if (!empty && !Files.exists(dir.resolve(MARK))) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            dir + " is not empty and was not made by 'trame demo': give an empty --data DIR");
      }
      WorkDirectory.deleteTree(dir);
    }
    Files.createDirectories(dir);
    Files.createFile(dir.resolve(MARK));
  }

  /** A day halfway through the story: its "as of" view shows the story half told. */
  private static java.time.LocalDate middle(Story s) {
    java.time.LocalDate first = s.first().date();
    java.time.LocalDate last = s.last() == null ? first : s.last().lastDay();
    return first.plusDays(java.time.temporal.ChronoUnit.DAYS.between(first, last) / 2);
  }

  /** The trame folder: set by the launcher, else found above the running jar, else here. */
  static Path home() {
    String set = System.getProperty("trame.home");
    if (set != null && !set.isBlank()) {
      return Path.of(set);
    }
    try {
      Path p =
          Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
        if (Files.isDirectory(p.resolve("demo/corpus"))) {
          return p;
        }
      }
    } catch (URISyntaxException | SecurityException e) {
      // fall through to the working directory
    }
    return Path.of("").toAbsolutePath();
  }

  private static String shellQuote(Path p) {
    String s = p.toString();
    return s.matches("[A-Za-z0-9_./-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
