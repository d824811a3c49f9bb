package org.trame.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.trame.app.view.JsonViews;
import org.trame.eval.bench.ExtractionBenchmark;
import org.trame.eval.extraction.ExtractionScorer;
import org.trame.extract.DateSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trame bench extraction [FILE.tar.gz|DIR] [--limit N]} */
@Command(
    name = "extraction",
    mixinStandardHelpOptions = true,
    description = {
      "Times trame's main-text extractor and Readability4J on the same HTML pages in the same"
          + " run, after a warm-up: pages/s for both and their ratio, ms a page (median, p99), and"
          + " how many pages gave no text, title, date or author. With a corpus of the pages'"
          + " dates, also how often the extracted date agrees with it.",
      "With --json the last line holds the figures."
    })
final class BenchExtractionCommand implements Callable<Integer> {

  static final String DEFAULT_PAGES = "../shared/eval/corpus/orangesum_raw_html_sample2000.tar.gz";

  static final String DATES_BESIDE = "orangesum-fr.jsonl.gz";

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE.tar.gz|DIR",
      description =
          "A .tar.gz of .html pages or a folder of .html / .html.gz (default: the 2,000 raw"
              + " OrangeSum pages, "
              + DEFAULT_PAGES
              + ").")
  Path input;

  @Option(names = "--limit", paramLabel = "N", description = "Use the first N pages only.")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      description =
          "Warm both extractors up on the first N pages first (default: ${DEFAULT-VALUE}).")
  int warmup = 100;

  @Option(
      names = "--dates",
      paramLabel = "FILE.jsonl.gz",
      description =
          "Articles JSONL whose ids end with the pages' names (orangesum/41 for 41.html), to"
              + " check the extracted dates and texts against (default: "
              + DATES_BESIDE
              + " beside the pages, if there).")
  Path dates;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path pages = input != null ? input : DemoCommand.home().resolve(DEFAULT_PAGES).normalize();
    if (!Files.exists(pages)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + pages);
    }
    if (limit < 1 || warmup < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1 and --warmup at least 0");
    }
    Path datesFile = dates;
    if (datesFile == null && pages.toAbsolutePath().getParent() != null) {
      Path beside = pages.toAbsolutePath().getParent().resolve(DATES_BESIDE);
      datesFile = Files.isRegularFile(beside) ? beside : null;
    }
    Map<String, ExtractionBenchmark.CorpusArticle> known =
        datesFile == null ? Map.of() : ExtractionBenchmark.corpus(datesFile);
    ExtractionBenchmark.Result r =
        ExtractionBenchmark.run(pages, limit, Math.min(warmup, limit), known);
    out.printf(
        Locale.ROOT,
        "%s: %,d pages (the first %d also warmed both up)%s%n",
        pages.getFileName(),
        r.pages(),
        r.warmupPages(),
        r.skipped() > 0 ? ", " + r.skipped() + " too large skipped" : "");
    out.printf(
        Locale.ROOT,
        "%-24s %9s %10s %9s %8s %8s %8s %9s%n",
        "",
        "pages/s",
        "median ms",
        "p99 ms",
        "no text",
        "no title",
        "no date",
        "no author");
    for (ExtractionBenchmark.Figures f : new ExtractionBenchmark.Figures[] {r.trame(), r.peer()}) {
      out.printf(
          Locale.ROOT,
          "%-24s %9.1f %10.2f %9.2f %8d %8d %8s %9d%n",
          f.name(),
          f.pagesPerSecond(),
          f.medianMs(),
          f.p99Ms(),
          f.noText(),
          f.noTitle(),
          f == r.peer() ? "n/a" : String.valueOf(f.noDate()),
          f.noAuthor());
    }
    out.printf(Locale.ROOT, "trame / Readability4J  %.2f× the pages a second%n", r.speedRatio());
    String against = datesFile == null ? "" : datesFile.getFileName().toString();
    printDates(out, "dates by source:", r.dateSources(), r.agreement(), against);
    printDates(
        out,
        "with the date meta tags, JSON-LD and microdata removed, by source:",
        r.undeclaredSources(),
        r.undeclaredAgreement(),
        against);
    ExtractionBenchmark.DateAgreement a = r.agreement();
    if (r.trameText() != null) {
      out.printf(
          Locale.ROOT,
          "text against %s (benchmark metric): trame P %.3f R %.3f F1 %.3f;"
              + " Readability4J P %.3f R %.3f F1 %.3f%n",
          against,
          r.trameText().precision(),
          r.trameText().recall(),
          r.trameText().f1(),
          r.peerText().precision(),
          r.peerText().recall(),
          r.peerText().f1());
    }
    if (json) {
      ObjectNode node = JsonViews.JSON.createObjectNode();
      node.put("pages", r.pages());
      for (ExtractionBenchmark.Figures f :
          new ExtractionBenchmark.Figures[] {r.trame(), r.peer()}) {
        String key = f == r.trame() ? "trame" : "readability4j";
        ObjectNode n = node.putObject(key);
        n.put("pages_per_s", Math.round(f.pagesPerSecond() * 10) / 10.0);
        n.put("median_ms", Math.round(f.medianMs() * 1000) / 1000.0);
        n.put("p99_ms", Math.round(f.p99Ms() * 1000) / 1000.0);
        n.put("no_text", f.noText());
        n.put("no_title", f.noTitle());
        if (f == r.trame()) {
          n.put("no_date", f.noDate());
        }
        n.put("no_author", f.noAuthor());
        ExtractionScorer.Score text = f == r.trame() ? r.trameText() : r.peerText();
        if (text != null) {
          n.put("corpus_text_f1", EvalCommand.round(text.f1()));
        }
      }
      node.put("ratio", EvalCommand.round(r.speedRatio()));
      ObjectNode sources = node.putObject("date_sources");
      r.dateSources().forEach((k, v) -> sources.put(k.name().toLowerCase(Locale.ROOT), v));
      if (a != null) {
        agreementJson(node.putObject("date_agreement"), a);
      }
      ObjectNode undeclared = node.putObject("undeclared_date_sources");
      r.undeclaredSources().forEach((k, v) -> undeclared.put(k.name().toLowerCase(Locale.ROOT), v));
      if (r.undeclaredAgreement() != null) {
        agreementJson(node.putObject("undeclared_date_agreement"), r.undeclaredAgreement());
      }
      out.println(JsonViews.JSON.writeValueAsString(node));
    }
    out.flush();
    return 0;
  }

  private static void printDates(
      PrintWriter out,
      String heading,
      Map<DateSource, Integer> sources,
      ExtractionBenchmark.DateAgreement a,
      String against) {
    out.print(heading);
    for (Map.Entry<DateSource, Integer> e : sources.entrySet()) {
      out.printf(Locale.ROOT, " %s %d", e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
    }
    out.println();
    if (a != null) {
      out.printf(
          Locale.ROOT,
          "  against %s: %d pages dated there; same day %d, same month %d, other month %d,"
              + " none found %d%n",
          against,
          a.compared(),
          a.sameDay(),
          a.sameMonth(),
          a.different(),
          a.missing());
      for (String example : a.examples()) {
        out.println("    " + example);
      }
    }
  }

  private static void agreementJson(ObjectNode n, ExtractionBenchmark.DateAgreement a) {
    n.put("compared", a.compared());
    n.put("same_day", a.sameDay());
    n.put("same_month", a.sameMonth());
    n.put("other_month", a.different());
    n.put("none", a.missing());
  }
}
