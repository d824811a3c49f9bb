package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCleaningCommandTest {

  @Test
  void reportsWhatEachStepRemovedAndTheCommonestLines(@TempDir Path tmp) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String text =
          "Les sites du groupe : Le Matin, Le Soir\n"
              + "Le conseil a voté le budget numéro "
              + i
              + " après une longue séance consacrée aux écoles et aux routes de la commune.";
      lines.add(
          json.writeValueAsString(
              json.createObjectNode().put("id", "a" + i).put("source", "matin").put("text", text)));
    }
    Path file = tmp.resolve("articles.jsonl");
    Files.write(file, lines);

    Cli cli = Cli.run("eval", "cleaning", "--json", file.toString());

    assertThat(cli.exit()).isZero();
    assertThat(cli.out()).contains("learned source furniture");
    JsonNode r = json.readTree(cli.lastLine());
    assertThat(r.get("articles").asInt()).isEqualTo(6);
    JsonNode learned = r.get("steps").get(0);
    assertThat(learned.get("step").asText()).isEqualTo("learned source furniture");
    // every article loses the line: with the look-ahead, the first ones too
    assertThat(learned.get("articles_touched").asInt()).isEqualTo(6);
    assertThat(r.get("common_lines").get("Les sites du groupe : Le Matin, Le Soir").asInt())
        .isEqualTo(6);
    assertThat(Cli.run("eval", "cleaning", tmp.resolve("none.jsonl").toString()).exit())
        .isEqualTo(2);
  }
}
