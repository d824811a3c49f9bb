package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trame export} and {@code trame import} over the embedded store. */
class ExportImportCommandTest {

  @TempDir Path dir;

  @Test
  void aStoreExportedAndImportedIsTheSameStore() throws IOException {
    Path corpus = Path.of(System.getProperty("trame.root", "..")).resolve("demo/corpus");
    String first = dir.resolve("first").toString();
    String second = dir.resolve("second").toString();
    assertThat(Cli.run("ingest", "--data", first, corpus.toString()).exit()).isZero();

    Path gz = dir.resolve("first.jsonl.gz");
    Cli export = Cli.run("export", "--data", first, "--out", gz.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    assertThat(export.out()).startsWith("exported 72 articles (");
    assertThat(dir.resolve("first.jsonl.gz.partial")).doesNotExist();

    Cli imported = Cli.run("import", "--data", second, gz.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("imported 72 articles (");

    Path plain = dir.resolve("second.jsonl");
    assertThat(Cli.run("export", "--data", second, "--out", plain.toString()).exit()).isZero();
    List<String> a = lines(gz);
    List<String> b = lines(plain);
    assertThat(b).hasSameSizeAs(a);
    assertThat(b.get(0).replaceFirst("\"exported\":\"[^\"]*\"", ""))
        .isEqualTo(a.get(0).replaceFirst("\"exported\":\"[^\"]*\"", ""));
    assertThat(b.subList(1, b.size())).isEqualTo(a.subList(1, a.size()));

    // the same answers as the original
    for (List<String> command :
        List.of(
            List.of("stories"),
            List.of("search", "cascade"),
            List.of("search", "Tom Cruise"),
            List.of("status", "--json"))) {
      List<String> on1 = new ArrayList<>(command);
      on1.addAll(List.of("--data", first));
      List<String> on2 = new ArrayList<>(command);
      on2.addAll(List.of("--data", second));
      Cli r1 = Cli.run(on1.toArray(String[]::new));
      Cli r2 = Cli.run(on2.toArray(String[]::new));
      assertThat(r2.exit()).isEqualTo(r1.exit());
      String o1 = r1.out().replace(first, "DATA").replaceAll("\"last_ingest\":\"[^\"]*\"", "");
      String o2 = r2.out().replace(second, "DATA").replaceAll("\"last_ingest\":\"[^\"]*\"", "");
      assertThat(o2).as(String.join(" ", command)).isEqualTo(o1);
    }

    // a store that is not empty is refused, and left as it was
    Cli again = Cli.run("import", "--data", second, gz.toString());
    assertThat(again.exit()).isEqualTo(TrameCommand.EXIT_REJECTED);
    assertThat(again.err()).contains("not empty (72 articles");
  }

  @Test
  void aBadLineIsNamedAndNothingIsWritten() throws IOException {
    Path corpus = Path.of(System.getProperty("trame.root", "..")).resolve("demo/corpus");
    String first = dir.resolve("first").toString();
    Cli.run("ingest", "--data", first, corpus.toString());
    Path file = dir.resolve("export.jsonl");
    Cli.run("export", "--data", first, "--out", file.toString());
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.set(20, "{\"kind\":\"article\",\"article\":[1,2]}");
    Files.write(file, lines);

    String second = dir.resolve("second").toString();
    Cli bad = Cli.run("import", "--data", second, file.toString());
    assertThat(bad.exit()).isEqualTo(TrameCommand.EXIT_REJECTED);
    assertThat(bad.err())
        .startsWith("trame: line 21: a record of kind article without its \"article\" object")
        .contains("nothing was written");
    assertThat(Cli.run("status", "--data", second).out()).contains("articles   0");
  }

  private static List<String> lines(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    }
  }
}
