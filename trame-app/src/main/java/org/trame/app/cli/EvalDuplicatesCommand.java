package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.trame.app.view.JsonViews;
import org.trame.dedup.NearDuplicateFinder;
import org.trame.dedup.Sketcher;
import org.trame.eval.dedup.CorpusArticle;
import org.trame.eval.dedup.CorpusReader;
import org.trame.eval.dedup.DuplicateEvaluation;
import org.trame.eval.dedup.DuplicateGroups;
import org.trame.eval.dedup.GroupScore;
import org.trame.eval.dedup.SyntheticCopies;
import org.trame.eval.dedup.SyntheticScore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame eval duplicates FILE.jsonl.gz [--groups FILE] [--threshold X]} */
@Command(
    name = "duplicates",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the dedup stage (exact fingerprint, then MinHash-LSH near-copies) over an articles"
          + " JSONL into a fresh store, and scores the links it makes:",
      "  with --groups, against known duplicate groups (pairs with the same body apart from"
          + " pairs whose title or lead only is identical), with a sample of links outside the"
          + " groups to look at;",
      "  on near-copies made from a seeded sample of the file (edited, truncated, new headline,"
          + " reordered, boilerplate), mixed with unrelated articles: precision and recall per"
          + " kind.",
      "Each part ends with a threshold sweep (replayed from one run) and the finder's time per"
          + " article. With --json the last line holds the figures."
    })
final class EvalDuplicatesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", description = "Articles JSONL (.jsonl or .jsonl.gz).")
  Path file;

  @Option(
      names = "--groups",
      paramLabel = "FILE",
      description =
          "Known duplicate groups, one a line, ids separated by commas (matched on the id's last"
              + " segment without extension, so '1447.json' names 'orangesum/1447').")
  Path groups;

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description =
          "Estimated resemblance from which an article is a copy (default: ${DEFAULT-VALUE}).")
  double threshold = NearDuplicateFinder.DEFAULT_THRESHOLD;

  @Option(
      names = "--synthetic",
      paramLabel = "N",
      description =
          "Articles drawn to be copied, as many drawn unrelated (default: ${DEFAULT-VALUE}; 0"
              + " skips this part).")
  int synthetic = 1200;

  @Option(names = "--seed", description = "Seed of the draw and of the copies (default: 1).")
  long seed = 1;

  @Option(names = "--limit", paramLabel = "N", description = "Use the first N articles only.")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--sketch",
      paramLabel = "K,B,R",
      description =
          "Shingles of K words, B bands of R rows (default: the store's, 2,32,4); for"
              + " measurements only.")
  String sketch;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
    }
    if (groups != null && !Files.isRegularFile(groups)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + groups);
    }
    if (!(threshold > 0 && threshold <= 1)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--threshold must be in (0, 1], not " + threshold);
    }
    Sketcher sketcher = sketcher();
    List<CorpusArticle> corpus = CorpusReader.read(file, limit);
    List<List<String>> known = groups == null ? List.of() : DuplicateGroups.read(groups);
    out.printf(
        Locale.ROOT,
        "%s: %,d articles; %s; threshold %.2f%n",
        file.getFileName(),
        corpus.size(),
        sketcher,
        threshold);
    ObjectNode node = JsonViews.JSON.createObjectNode();
    node.put("articles", corpus.size());
    node.put("threshold", threshold);
    node.put("sketch", sketcher.toString());
    if (groups != null) {
      DuplicateEvaluation.GroupResult r;
      try (WorkDirectory work = WorkDirectory.create("trame-dedup-")) {
        r = DuplicateEvaluation.groups(corpus, known, sketcher, threshold, work.path());
      }
      printGroups(out, r);
      node.set("groups", groupsJson(r));
    }
    if (synthetic > 0) {
      Set<String> exclude = DuplicateEvaluation.keys(known);
      DuplicateEvaluation.SyntheticResult r;
      try (WorkDirectory work = WorkDirectory.create("trame-dedup-")) {
        r =
            DuplicateEvaluation.synthetic(
                corpus, exclude, synthetic, seed, sketcher, threshold, work.path());
      }
      printSynthetic(out, r);
      node.set("synthetic", syntheticJson(r));
    }
    if (json) {
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }

  private Sketcher sketcher() {
    if (sketch == null) {
      return Sketcher.standard();
    }
    String[] parts = sketch.split(",");
    try {
      if (parts.length != 3) {
        throw new IllegalArgumentException("three numbers are needed");
      }
      return Sketcher.of(
          Integer.parseInt(parts[0].strip()),
          Integer.parseInt(parts[1].strip()),
          Integer.parseInt(parts[2].strip()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--sketch is K,B,R (e.g. 2,32,4): " + e.getMessage());
    }
  }

  private static void printGroups(PrintWriter out, DuplicateEvaluation.GroupResult r) {
    GroupScore s = r.score();
    out.printf(
        Locale.ROOT,
        "known groups: %,d (%,d members not in the file)%n"
            + "  found entirely (every member linked to one root): %,d of %,d; with the same body:"
            + " %,d of %,d%n"
            + "  pairs with the same body:   recall %.3f (%,d of %,d)%n"
            + "  pairs whose bodies differ:  recall %.3f (%,d of %,d)  (title or lead identical)%n"
            + "  linked pairs: %,d, of which in a group %,d: precision against the groups %.3f"
            + " (a lower bound: the groups list exact duplicates only)%n"
            + "  links outside the groups (%,d pairs), a sample to look at:%n",
        s.groups(),
        s.missingMembers(),
        s.groupsFound(),
        s.groups(),
        s.sameBodyGroupsFound(),
        s.sameBodyGroups(),
        s.sameBodyRecall(),
        s.sameBodyPairsFound(),
        s.sameBodyPairs(),
        s.otherRecall(),
        s.otherPairsFound(),
        s.otherPairs(),
        s.predictedPairs(),
        s.predictedInGroups(),
        s.precisionAgainstGroups(),
        s.extraPairs());
    for (GroupScore.Link l : s.extraSample()) {
      out.printf(Locale.ROOT, "    %s → %s  %.2f%n", l.copy(), l.original(), l.similarity());
    }
    printTiming(out, r.timing(), r.disagreements());
    out.println(
        "  sweep: threshold  same-body recall  differing-body recall  linked pairs  outside groups");
    r.sweep()
        .forEach((t, g) ->
            out.printf(
                Locale.ROOT,
                "         %.2f       %.3f             %.3f                  %,8d      %,8d%n",
                t,
                g.sameBodyRecall(),
                g.otherRecall(),
                g.predictedPairs(),
                g.extraPairs()));
  }

  private static void printSynthetic(PrintWriter out, DuplicateEvaluation.SyntheticResult r) {
    SyntheticScore s = r.score();
    out.printf(
        Locale.ROOT,
        "made copies: %,d, among %,d real articles (half of them their originals)%n"
            + "  precision %.3f  recall %.3f  F1 %.3f;  real articles linked as copies: %,d%n",
        r.copies(),
        s.originals(),
        s.precision(),
        s.recall(),
        s.f1(),
        s.originalsLinked());
    s.byKind()
        .forEach((k, c) ->
            out.printf(
                Locale.ROOT,
                "  %-20s precision %.3f  recall %.3f  (%d right, %d wrong, %d missed)%n",
                k.label(),
                c.precision(),
                c.recall(),
                c.right(),
                c.wrong(),
                c.missed()));
    for (GroupScore.Link l : s.originalsLinkedSample()) {
      out.printf(
          Locale.ROOT,
          "  real article linked: %s → %s  %.2f%n",
          l.copy(),
          l.original(),
          l.similarity());
    }
    printTiming(out, r.timing(), r.disagreements());
    StringBuilder header = new StringBuilder("  sweep: threshold  precision  recall  F1   ");
    for (SyntheticCopies.Kind k : SyntheticCopies.Kind.values()) {
      header.append(String.format(Locale.ROOT, " %-8.8s", k.label()));
    }
    out.println(header);
    r.sweep()
        .forEach((t, g) -> {
          StringBuilder line =
              new StringBuilder(
                  String.format(
                      Locale.ROOT,
                      "         %.2f       %.3f      %.3f   %.3f",
                      t,
                      g.precision(),
                      g.recall(),
                      g.f1()));
          for (SyntheticCopies.Kind k : SyntheticCopies.Kind.values()) {
            SyntheticScore.Counts c = g.byKind().get(k);
            line.append(String.format(Locale.ROOT, "  %.3f  ", c == null ? 0 : c.recall()));
          }
          out.println(line);
        });
  }

  private static void printTiming(PrintWriter out, DuplicateEvaluation.Timing t, long disagree) {
    out.printf(
        Locale.ROOT,
        "  dedup stage: %.0f µs an article on average (median %.0f, 99th percentile %.0f), %,d"
            + " articles; replay disagrees with the run on %d%n",
        t.mean(),
        t.median(),
        t.p99(),
        t.articles(),
        disagree);
  }

  private static ObjectNode groupsJson(DuplicateEvaluation.GroupResult r) {
    GroupScore s = r.score();
    ObjectNode n = scoreJson(s);
    n.put("groups", s.groups());
    n.put("groups_found", s.groupsFound());
    n.put("same_body_groups", s.sameBodyGroups());
    n.put("same_body_groups_found", s.sameBodyGroupsFound());
    n.put("missing_members", s.missingMembers());
    timingJson(n, r.timing(), r.disagreements());
    ArrayNode sample = n.putArray("outside_groups_sample");
    for (GroupScore.Link l : s.extraSample()) {
      sample
          .addObject()
          .put("copy", l.copy())
          .put("original", l.original())
          .put("similarity", EvalCommand.round(l.similarity()));
    }
    ArrayNode sweep = n.putArray("sweep");
    r.sweep().forEach((t, g) -> sweep.add(scoreJson(g).put("threshold", EvalCommand.round(t))));
    return n;
  }

  private static ObjectNode scoreJson(GroupScore s) {
    ObjectNode n = JsonViews.JSON.createObjectNode();
    n.put("same_body_recall", EvalCommand.round(s.sameBodyRecall()));
    n.put("same_body_pairs", s.sameBodyPairs());
    n.put("differing_body_recall", EvalCommand.round(s.otherRecall()));
    n.put("differing_body_pairs", s.otherPairs());
    n.put("linked_pairs", s.predictedPairs());
    n.put("linked_pairs_in_groups", s.predictedInGroups());
    n.put("precision_against_groups", EvalCommand.round(s.precisionAgainstGroups()));
    n.put("outside_groups", s.extraPairs());
    return n;
  }

  private static ObjectNode syntheticJson(DuplicateEvaluation.SyntheticResult r) {
    ObjectNode n = syntheticScoreJson(r.score());
    n.put("copies", r.copies());
    n.put("real_articles", r.score().originals());
    timingJson(n, r.timing(), r.disagreements());
    ArrayNode sweep = n.putArray("sweep");
    r.sweep()
        .forEach((t, s) -> sweep.add(syntheticScoreJson(s).put("threshold", EvalCommand.round(t))));
    return n;
  }

  private static ObjectNode syntheticScoreJson(SyntheticScore s) {
    ObjectNode n = JsonViews.JSON.createObjectNode();
    n.put("precision", EvalCommand.round(s.precision()));
    n.put("recall", EvalCommand.round(s.recall()));
    n.put("f1", EvalCommand.round(s.f1()));
    n.put("real_articles_linked", s.originalsLinked());
    ObjectNode kinds = n.putObject("kinds");
    for (Map.Entry<SyntheticCopies.Kind, SyntheticScore.Counts> e : s.byKind().entrySet()) {
      SyntheticScore.Counts c = e.getValue();
      kinds
          .putObject(e.getKey().name().toLowerCase(Locale.ROOT))
          .put("precision", EvalCommand.round(c.precision()))
          .put("recall", EvalCommand.round(c.recall()))
          .put("copies", c.copies());
    }
    return n;
  }

  private static void timingJson(ObjectNode n, DuplicateEvaluation.Timing t, long disagree) {
    n.put("dedup_micros_mean", Math.round(t.mean()));
    n.put("dedup_micros_median", Math.round(t.median()));
    n.put("dedup_micros_p99", Math.round(t.p99()));
    n.put("replay_disagreements", disagree);
  }
}
