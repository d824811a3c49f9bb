package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.trame.analysis.ner.NameTagger;
import org.trame.app.view.JsonViews;
import org.trame.eval.ner.DocumentTagger;
import org.trame.eval.ner.HipeDocument;
import org.trame.eval.ner.HipeReader;
import org.trame.eval.ner.NerEvaluation;
import org.trame.eval.ner.NerScorer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame eval ner FILE.tsv… [--types pers,org,loc]} */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tags the named entities of HIPE-2022 TSV files with the pipeline's tagger and scores them"
          + " on coarse types, HIPE style: strict (same tokens, same type) and fuzzy (overlapping"
          + " tokens, same type) micro precision, recall, F1, per type and together; tokens/s.",
      "HIPE's types are read as the tagger's: pers → PER, org → ORG, loc → LOC, prod → WORK;"
          + " time is left to the temporal tagger.",
      "With --json the last line is"
          + " {\"strict_f1\",\"fuzzy_f1\",\"strict_precision\",\"strict_recall\",…}."
    })
final class EvalNerCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "HIPE-2022 TSV files.")
  List<Path> files;

  @Option(
      names = "--types",
      split = ",",
      paramLabel = "TYPE",
      description = "Score these HIPE coarse types only (default: pers,org,loc,prod).")
  List<String> types;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Set<String> scored = scoredTypes(types, spec);
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + f);
      }
    }
    DocumentTagger ours = DocumentTagger.of(NameTagger.french(), "fr");
    List<HipeDocument> all = new ArrayList<>();
    for (Path f : files) {
      List<HipeDocument> docs = HipeReader.read(f);
      all.addAll(docs);
      warmUp(ours, docs);
      print(out, f.getFileName().toString(), NerEvaluation.run(docs, ours, scored));
    }
    NerEvaluation.Result total = NerEvaluation.run(all, ours, scored);
    if (files.size() > 1) {
      print(out, "all files", total);
    }
    if (json) {
      out.println(JsonViews.JSON.writeValueAsString(json(total)));
    }
    out.flush();
    return 0;
  }

  static Set<String> scoredTypes(List<String> hipeTypes, CommandLine.Model.CommandSpec spec) {
    if (hipeTypes == null || hipeTypes.isEmpty()) {
      return NerEvaluation.DEFAULT_TYPES;
    }
    Set<String> scored = new TreeSet<>();
    for (String t : hipeTypes) {
      String ours = HipeReader.type(t.strip());
      if (ours == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "unknown type '" + t + "': pers, org, loc, prod or time");
      }
      scored.add(ours);
    }
    return scored;
  }

  /** The first documents once, untimed: class loading and the name lists are not tagging. */
  static void warmUp(DocumentTagger tagger, List<HipeDocument> docs) {
    for (int i = 0; i < Math.min(docs.size(), 20); i++) {
      tagger.tag(docs.get(i));
    }
  }

  static void print(PrintWriter out, String name, NerEvaluation.Result r) {
    NerScorer.Counts all = r.total();
    out.printf(
        Locale.ROOT,
        "%s: %d documents, %,d tokens, %d gold entities, %d found, %,.0f tokens/s%n",
        name,
        r.docs(),
        r.tokens(),
        all.gold(),
        all.system(),
        r.tokensPerSecond());
    line(out, "all", all);
    for (Map.Entry<String, NerScorer.Counts> e : r.byType().entrySet()) {
      line(out, e.getKey(), e.getValue());
    }
  }

  private static void line(PrintWriter out, String type, NerScorer.Counts c) {
    NerScorer.Prf s = c.strictScore();
    NerScorer.Prf z = c.fuzzyScore();
    out.printf(
        Locale.ROOT,
        "  %-4s gold %5d found %5d  strict P %.3f R %.3f F1 %.3f  fuzzy P %.3f R %.3f F1 %.3f%n",
        type,
        c.gold(),
        c.system(),
        s.precision(),
        s.recall(),
        s.f1(),
        z.precision(),
        z.recall(),
        z.f1());
  }

  static ObjectNode json(NerEvaluation.Result r) {
    NerScorer.Counts all = r.total();
    ObjectNode node = JsonViews.JSON.createObjectNode();
    node.put("strict_f1", EvalCommand.round(all.strictScore().f1()));
    node.put("fuzzy_f1", EvalCommand.round(all.fuzzyScore().f1()));
    node.put("strict_precision", EvalCommand.round(all.strictScore().precision()));
    node.put("strict_recall", EvalCommand.round(all.strictScore().recall()));
    node.put("fuzzy_precision", EvalCommand.round(all.fuzzyScore().precision()));
    node.put("fuzzy_recall", EvalCommand.round(all.fuzzyScore().recall()));
    node.put("docs", r.docs());
    node.put("tokens", r.tokens());
    node.put("gold", all.gold());
    node.put("system", all.system());
    node.put("tokens_per_s", Math.round(r.tokensPerSecond()));
    ObjectNode types = node.putObject("types");
    r.byType()
        .forEach((t, c) -> {
          ObjectNode n = types.putObject(t);
          n.put("strict_f1", EvalCommand.round(c.strictScore().f1()));
          n.put("fuzzy_f1", EvalCommand.round(c.fuzzyScore().f1()));
          n.put("gold", c.gold());
          n.put("system", c.system());
        });
    return node;
  }
}
