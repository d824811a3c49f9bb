package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTimelineCommandTest {

  private final ObjectMapper json = new ObjectMapper();

  private String article(String id, String date, String title, String text) throws Exception {
    return json.writeValueAsString(
        json.createObjectNode()
            .put("id", id)
            .put("date", date)
            .put("title", title)
            .put("text", text)
            .put("lang", "es")
            .put("story", "puente"));
  }

  @Test
  void scoresTheGoldStorysTimelineAndTheBaselineInOneRun(@TempDir Path tmp) throws Exception {
    Path articles = tmp.resolve("articles.jsonl");
    Files.write(
        articles,
        List.of(
            article(
                "a1",
                "2021-03-02",
                "Un puente para el valle",
                "El alcalde anunció que el nuevo puente se abrirá el 15 de junio de 2021."),
            article(
                "a2",
                "2021-04-10",
                "Las obras avanzan",
                "Según el ayuntamiento, el nuevo puente se abrirá el 15 de junio de 2021."),
            article(
                "a3",
                "2021-06-16",
                "Inauguración del puente",
                "Ayer se abrió el nuevo puente, como el alcalde había anunciado.")));
    ObjectNode reference = json.createObjectNode().put("story", "puente").put("lang", "es");
    reference
        .putArray("entries")
        .addObject()
        .put("date", "2021-06-15")
        .put("text", "Se abre el nuevo puente del valle.");
    Path timeline = tmp.resolve("puente.timeline.json");
    json.writeValue(timeline.toFile(), reference);

    Cli cli = Cli.run("eval", "timeline", "--json", articles.toString(), timeline.toString());

    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("pubcount").contains("trame");
    JsonNode r = json.readTree(cli.lastLine());
    JsonNode one = r.get("timelines").get(0);
    // a budget of one date: the day three articles name, not a day one was published on
    assertThat(one.get("date_f1").asDouble()).isEqualTo(1.0);
    assertThat(one.get("baseline").get("date_f1").asDouble()).isZero();
    assertThat(one.get("rouge1_f").asDouble()).isPositive();
    assertThat(one.get("oracle_date_recall").asDouble()).isEqualTo(1.0);
    assertThat(r.get("mean").get("date_f1").asDouble()).isEqualTo(1.0);

    Files.writeString(tmp.resolve("bad.json"), "{\"entries\": []}");
    Cli bad = Cli.run("eval", "timeline", articles.toString(), tmp.resolve("bad.json").toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("bad.json");
  }
}
