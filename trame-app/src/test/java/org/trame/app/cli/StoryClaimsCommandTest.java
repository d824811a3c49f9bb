package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trame story ID [--as-of DAY] [--json]} shows claims with their history. */
class StoryClaimsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path SEEDS =
      Path.of(System.getProperty("trame.shared", "../../shared"), "seeds");

  @TempDir Path tmp;

  private static JsonNode json(Cli cli) throws Exception {
    assertThat(cli.exit()).as(cli.err()).isZero();
    return JSON.readTree(cli.lastLine());
  }

  @Test
  void theSeedStoryAsOf2021KnowsOnlyTheFirstReleaseDate() throws Exception {
    assumeThat(Files.isDirectory(SEEDS)).as("../shared/seeds").isTrue();
    String data = tmp.resolve("store").toString();
    Cli ingest = Cli.run("ingest", "--data", data, SEEDS.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    String story =
        json(Cli.run("article", "--json", "--data", data, "003_7904fc1834e44a38.txt"))
            .get("story")
            .asText();

    JsonNode whole = json(Cli.run("story", story, "--json", "--data", data));
    JsonNode claim = whole.get("claims").get(0);
    assertThat(claim.get("kind").asText()).isEqualTo("release_date");
    assertThat(claim.get("subject").asText()).isEqualTo("Mission Impossible 7");
    assertThat(claim.get("current").asText()).isEqualTo("2023-07-12");
    List<String> history = new ArrayList<>();
    for (JsonNode v : claim.get("values")) {
      assertThat(v.fieldNames())
          .toIterable()
          .contains("value", "precision", "said", "article", "source", "change");
      history.add(v.get("value").asText() + " " + v.get("change").asText());
    }
    assertThat(history)
        .containsExactly(
            "2021-11-17 first", "2023-SU update", "2023-07-14 refined", "2023-07-12 update");
    assertThat(claim.get("values").get(1).get("precision").asText()).isEqualTo("season");

    // the other kinds: an age beside the actor's name, the director; no toll from the "7 Dead"
    // of "Mission Impossible 7 Dead Reckoning"
    List<String> kinds = new ArrayList<>();
    for (JsonNode c : whole.get("claims")) {
      kinds.add(c.get("kind").asText());
      if (c.get("kind").asText().equals("age")) {
        assertThat(c.get("subject").asText()).isEqualTo("Tom Cruise");
        assertThat(c.get("type").asText()).isEqualTo("quantity");
        JsonNode v = c.get("values").get(0);
        assertThat(v.get("number").asLong()).isEqualTo(60);
        assertThat(v.get("at_least").asBoolean()).isFalse();
        assertThat(v.get("precision").isNull()).isTrue();
      }
      if (c.get("kind").asText().equals("director")) {
        assertThat(c.get("type").asText()).isEqualTo("name");
        assertThat(c.get("current").asText()).isEqualTo("Christopher McQuarrie");
      }
    }
    assertThat(kinds).contains("release_date", "age", "director").doesNotContain("death_toll");
    assertThat(claim.get("type").asText()).isEqualTo("date");

    JsonNode then =
        json(Cli.run("story", story, "--json", "--as-of", "2021-01-01", "--data", data));
    assertThat(then.get("as_of").asText()).isEqualTo("2021-01-01");
    assertThat(then.get("articles").size()).isEqualTo(1);
    assertThat(then.get("claims").size()).isEqualTo(1);
    JsonNode early = then.get("claims").get(0);
    assertThat(early.get("current").asText()).isEqualTo("2021-11-17");
    assertThat(early.get("values").size()).isEqualTo(1);
    assertThat(early.get("values").get(0).get("article").asText())
        .isEqualTo("003_7904fc1834e44a38.txt");

    Cli human = Cli.run("story", story, "--data", data);
    assertThat(human.exit()).isZero();
    assertThat(human.out())
        .contains("claims:")
        .contains("Mission Impossible 7, release date: 2023-07-12")
        .containsPattern("2021-11-17 \\(003\\S* 2020-10\\) → 2023-SU, 2023-07-14 \\(.*refined\\)")
        .containsPattern("→ 2023-07-12 \\(000\\S* 2023-06; update\\)")
        .contains("Tom Cruise, age: 60")
        .contains("Mission Impossible 7, director: Christopher McQuarrie");
  }
}
