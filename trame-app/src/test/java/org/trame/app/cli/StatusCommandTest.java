package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trame status}: counts, and what the latest ingest stored, skipped and rejected. */
class StatusCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void showsTheLatestIngestWithItsRejectionsByKind() throws Exception {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("bac.txt"),
        " date 2020-02-06\nLe bac reprend ses rotations\n\nLe bac de l'île reprend ses rotations"
            + " ce jeudi après trois jours d'arrêt dû à la houle.\n");
    Files.writeString(in.resolve("vide.txt"), "");
    Files.writeString(in.resolve("autre-vide.txt"), "  \n");
    Files.writeString(
        in.resolve("lignes.jsonl"),
        "{\"id\": \"x\", \"title\": \"T\", \"text\": \"Un texte.\"}\n[1, 2]\n{oops\n");
    String data = dir.resolve("store").toString();

    assertThat(Cli.run("status", "--data", data).out()).doesNotContain("latest ingest");
    Cli.run("ingest", "--data", data, in.toString());
    Cli again = Cli.run("ingest", "--data", data, in.resolve("bac.txt").toString());
    assertThat(again.exit()).isZero();

    JsonNode status = JSON.readTree(Cli.run("status", "--json", "--data", data).out());
    assertThat(status.get("articles").asLong()).isEqualTo(2);
    JsonNode ingest = status.get("ingest");
    assertThat(ingest.get("finished").asBoolean()).isTrue();
    // the latest ingest is the second: one article, already stored
    assertThat(ingest.get("stored").asLong()).isZero();
    assertThat(ingest.get("unchanged").asLong()).isEqualTo(1);
    assertThat(ingest.get("rejected").asLong()).isZero();

    Cli.run("ingest", "--data", data, in.toString());
    JsonNode third = JSON.readTree(Cli.run("status", "--json", "--data", data).out()).get("ingest");
    assertThat(third.get("unchanged").asLong()).isEqualTo(2);
    assertThat(third.get("rejected").asLong()).isEqualTo(4);
    assertThat(third.get("rejected_by_kind").get("empty file").asLong()).isEqualTo(2);
    assertThat(third.get("rejected_by_kind").get("not a JSON object").asLong()).isEqualTo(2);

    String text = Cli.run("status", "--data", data).out();
    assertThat(text)
        .contains("latest ingest")
        .contains("finished")
        .contains("skipped 2 already stored")
        .containsPattern("2\\s+empty file");
  }
}
