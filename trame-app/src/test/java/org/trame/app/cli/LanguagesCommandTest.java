package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --languages}, and how articles outside them show in {@code article} and {@code
 * status}.
 */
class LanguagesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  private Path corpus() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(
        dir.resolve("fr.txt"),
        " date 2024-02-01\nLa bibliothèque ouvre le dimanche\n\nDès le mois prochain, la"
            + " bibliothèque municipale ouvrira aussi le dimanche après-midi, a annoncé la mairie.\n");
    Files.writeString(
        dir.resolve("de.txt"),
        " date 2024-02-01\nDie Bibliothek öffnet sonntags\n\nAb dem nächsten Monat ist die"
            + " Stadtbibliothek auch am Sonntagnachmittag geöffnet, teilte die Stadt mit.\n");
    return dir;
  }

  @Test
  void anArticleOutsideTheLanguagesIsStoredAndFlagged() throws Exception {
    String data = tmp.resolve("store").toString();
    Cli ingest = Cli.run("ingest", "--data", data, corpus().toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(ingest.out()).contains("stored 2 articles");

    JsonNode de = json(Cli.run("article", "--json", "--data", data, "de.txt"));
    assertThat(de.get("language").asText()).isEqualTo("de");
    assertThat(de.get("language_supported").asBoolean()).isFalse();
    JsonNode fr = json(Cli.run("article", "--json", "--data", data, "fr.txt"));
    assertThat(fr.get("language_supported").asBoolean()).isTrue();
    assertThat(Cli.run("article", "--data", data, "de.txt").out())
        .contains("language de (not supported)");

    JsonNode status = json(Cli.run("status", "--json", "--data", data));
    JsonNode languages = status.get("languages");
    assertThat(languages.get("de").get("articles").asInt()).isEqualTo(1);
    assertThat(languages.get("de").get("unsupported").asInt()).isEqualTo(1);
    assertThat(languages.get("de").get("supported").asBoolean()).isFalse();
    assertThat(languages.get("fr").get("supported").asBoolean()).isTrue();
    assertThat(Cli.run("status", "--data", data).out()).containsPattern("de\\s+1  not supported");
  }

  @Test
  void theLanguagesOptionSetsWhatIsSupported() throws Exception {
    String data = tmp.resolve("store").toString();
    Cli ingest = Cli.run("ingest", "--languages", "fr,de", "--data", data, corpus().toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    JsonNode de = json(Cli.run("article", "--json", "--data", data, "de.txt"));
    assertThat(de.get("language_supported").asBoolean()).isTrue();
  }

  @Test
  void aWordThatIsNoLanguageCodeIsAUsageError() throws Exception {
    Cli bad =
        Cli.run(
            "ingest",
            "--languages",
            "fr,german",
            "--data",
            tmp.resolve("store").toString(),
            corpus().toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("--languages").contains("'german'");
    assertThat(tmp.resolve("store")).doesNotExist();
  }

  private static JsonNode json(Cli cli) throws Exception {
    assertThat(cli.exit()).as(cli.err()).isZero();
    return JSON.readTree(cli.lastLine());
  }
}
