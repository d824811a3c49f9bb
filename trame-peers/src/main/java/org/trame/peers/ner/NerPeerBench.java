package org.trame.peers.ner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trame.analysis.ner.NameTagger;
import org.trame.eval.ner.DocumentTagger;
import org.trame.eval.ner.HipeDocument;
import org.trame.eval.ner.HipeReader;
import org.trame.eval.ner.NerEvaluation;
import org.trame.eval.ner.NerScorer;

/**
 * trame's entity tagger and CoreNLP's French CRF on the same HIPE TSV documents in one JVM, each
 * warmed up on a file's first 20 documents, then timed alone over all of them, one thread; both
 * scored by the same {@link NerScorer}. Prints tokens/s for both, their ratio, and both taggers'
 * strict and fuzzy F1.
 *
 * <pre>
 * peer-bench ner FILE.tsv… [--types pers,org,loc] [--json]
 * </pre>
 */
public final class NerPeerBench {

  public static final String USAGE =
      "usage: peer-bench ner FILE.tsv… [--types pers,org,loc] [--json]\n"
          + "  FILE: HIPE-2022 TSV\n"
          + "  --types: HIPE coarse types to score, comma-separated; default pers,org,loc (the"
          + " only ones CoreNLP's French model has)\n"
          + "  --json: after each file, one JSON line of its figures";

  private static final int WARM_UP_DOCUMENTS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  private NerPeerBench() {}

  /** What the command line asked for. */
  record Options(List<Path> files, Set<String> types, boolean json) {}

  /**
   * Runs the comparison. A file that cannot be read is told on {@code err} and the others go
   * through.
   *
   * @return the exit code: 0; 1 when a file could not be read or CoreNLP found nothing in one; 2
   *     for a usage error (told on {@code err})
   */
  public static int run(List<String> args, PrintWriter out, PrintWriter err) throws IOException {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("peer-bench ner: " + e.getMessage());
      err.println(USAGE);
      err.flush();
      return 2;
    }
    long loadStart = System.nanoTime();
    DocumentTagger peer = new CoreNlpFrenchNer();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    DocumentTagger ours = DocumentTagger.of(NameTagger.french(), "fr");
    out.printf(
        Locale.ROOT,
        "CoreNLP French CRF loaded in %.1f s; types scored: %s%n",
        loadSeconds,
        o.types());
    out.flush();
    int exit = 0;
    for (Path f : o.files()) {
      List<HipeDocument> docs;
      try {
        docs = HipeReader.read(f);
      } catch (IOException e) {
        err.println("peer-bench ner: skipped " + f + ": " + e.getMessage());
        err.flush();
        exit = 1;
        continue;
      }
      for (int i = 0; i < Math.min(WARM_UP_DOCUMENTS, docs.size()); i++) {
        ours.tag(docs.get(i));
        peer.tag(docs.get(i));
      }
      NerEvaluation.Result a = NerEvaluation.run(docs, ours, o.types());
      NerEvaluation.Result b = NerEvaluation.run(docs, peer, o.types());
      out.printf(
          Locale.ROOT, "%s: %d documents, %,d tokens%n", f.getFileName(), a.docs(), a.tokens());
      line(out, "trame NameTagger", a);
      line(out, "CoreNLP French CRF", b);
      double ratio = a.tokensPerSecond() / b.tokensPerSecond();
      out.printf(
          Locale.ROOT,
          "  speed ratio trame / CoreNLP %.1f×   strict F1 difference %+.3f%n",
          ratio,
          a.total().strictScore().f1() - b.total().strictScore().f1());
      if (o.json()) {
        ObjectNode node = JSON.createObjectNode();
        node.put("file", f.getFileName().toString());
        node.put("trame_strict_f1", round(a.total().strictScore().f1()));
        node.put("trame_fuzzy_f1", round(a.total().fuzzyScore().f1()));
        node.put("trame_tokens_per_s", Math.round(a.tokensPerSecond()));
        node.put("corenlp_strict_f1", round(b.total().strictScore().f1()));
        node.put("corenlp_fuzzy_f1", round(b.total().fuzzyScore().f1()));
        node.put("corenlp_tokens_per_s", Math.round(b.tokensPerSecond()));
        node.put("speed_ratio", Math.round(ratio * 100) / 100.0);
        out.println(JSON.writeValueAsString(node));
      }
      out.flush();
      if (b.total().system() == 0) {
        // a peer that finds nothing measures nothing: most likely its model did not load right
        err.println("peer-bench ner: CoreNLP found no entity in " + f);
        err.flush();
        exit = 1;
      }
    }
    return exit;
  }

  private static void line(PrintWriter out, String who, NerEvaluation.Result r) {
    NerScorer.Counts c = r.total();
    StringBuilder perType = new StringBuilder();
    // sorted, so that runs print their types in one order
    new TreeMap<>(r.byType())
        .forEach((t, x) ->
            perType.append(String.format(Locale.ROOT, "  %s %.3f", t, x.strictScore().f1())));
    out.printf(
        Locale.ROOT,
        "  %-19s strict P %.3f R %.3f F1 %.3f  fuzzy F1 %.3f  %,9.0f tokens/s  (strict F1 by"
            + " type:%s)%n",
        who,
        c.strictScore().precision(),
        c.strictScore().recall(),
        c.strictScore().f1(),
        c.fuzzyScore().f1(),
        r.tokensPerSecond(),
        perType);
  }

  private static double round(double x) {
    return Math.round(x * 10_000) / 10_000.0;
  }

  static Options parse(List<String> args) {
    List<Path> files = new ArrayList<>();
    String typeList = "pers,org,loc";
    boolean json = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      switch (a) {
        case "--json" -> json = true;
        case "--types" -> {
          if (++i >= args.size()) {
            throw new IllegalArgumentException("--types needs a value");
          }
          typeList = args.get(i);
        }
        default -> {
          if (a.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          files.add(Path.of(a));
        }
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no file given");
    }
    for (Path p : files) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("no such file: " + p);
      }
    }
    Set<String> types = new TreeSet<>();
    for (String t : typeList.split(",")) {
      String ours = HipeReader.type(t.strip());
      if (ours == null) {
        throw new IllegalArgumentException(
            "unknown type '" + t.strip() + "': pers, org, loc, prod or time");
      }
      types.add(ours);
    }
    return new Options(List.copyOf(files), Collections.unmodifiableSet(types), json);
  }
}
