package org.trame.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two ingests into one data directory at once: the second fails at once with a message naming the
 * directory and the process that writes, or, with {@code --wait}, waits for it and then does its
 * work; nothing is stored twice.
 */
class TwoIngestsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void theSecondIngestFailsNamingTheWriterOrWaitsForIt() throws Exception {
    Path first = dir.resolve("first.jsonl");
    TestInputs.writeArticles(first, 300);
    Path second = dir.resolve("second.jsonl");
    Files.writeString(second, TestInputs.line("other-00001", 1) + "\n");
    Path data = dir.resolve("store");
    Path log = dir.resolve("first.log");

    Process writer = TestInputs.startIngest(data, first, log);
    // the writer names itself once it holds the lock
    Path holder = data.resolve("writer.pid");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (writer.isAlive()
        && System.nanoTime() < deadline
        && !(Files.exists(holder) && Files.readString(holder).startsWith("pid " + writer.pid()))) {
      Thread.sleep(10);
    }
    assertThat(writer.isAlive()).as("the first ingest should still be running").isTrue();

    Cli refused = Cli.run("ingest", "--data", data.toString(), second.toString());
    assertThat(refused.exit()).isEqualTo(TrameCommand.EXIT_BUSY);
    assertThat(refused.err())
        .contains("another trame process is writing to " + data + " (pid " + writer.pid())
        .contains("--wait");

    Cli waited =
        Cli.run("ingest", "--json", "--wait", "600", "--data", data.toString(), second.toString());
    // it could only have opened the store once the first one let go, which the first does as it
    // closes the store: its process may still be ending then, on a busy machine
    assertThat(writer.waitFor(60, TimeUnit.SECONDS)).as("the first ingest has ended").isTrue();
    assertThat(writer.exitValue()).as(Files.readString(log)).isZero();
    assertThat(Files.readString(holder))
        .as("the waiting ingest took the lock after the first")
        .startsWith("pid " + ProcessHandle.current().pid());
    assertThat(waited.exit()).as(waited.err()).isZero();
    assertThat(waited.err()).contains("waiting up to 600 s");
    assertThat(JSON.readTree(waited.lastLine()).get("stored").asLong()).isEqualTo(1);

    JsonNode status = JSON.readTree(Cli.run("status", "--json", "--data", data.toString()).out());
    assertThat(status.get("articles").asLong()).isEqualTo(301);
  }

  @Test
  void waitingGivesUpAfterItsTime() throws Exception {
    Path first = dir.resolve("first.jsonl");
    TestInputs.writeArticles(first, 2000);
    Path data = dir.resolve("store");
    Process writer = TestInputs.startIngest(data, first, dir.resolve("first.log"));
    Path holder = data.resolve("writer.pid");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (writer.isAlive()
        && System.nanoTime() < deadline
        && !(Files.exists(holder) && Files.readString(holder).startsWith("pid " + writer.pid()))) {
      Thread.sleep(10);
    }
    try {
      assertThat(writer.isAlive()).as("the first ingest should still be running").isTrue();
      long started = System.nanoTime();
      Cli gaveUp = Cli.run("ingest", "--wait", "1", "--data", data.toString(), first.toString());
      assertThat(writer.isAlive()).as("2,000 articles take longer than a second").isTrue();
      assertThat(gaveUp.exit()).isEqualTo(TrameCommand.EXIT_BUSY);
      assertThat(gaveUp.err()).contains("waiting up to 1 s").contains("pid " + writer.pid());
      assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1));
    } finally {
      writer.destroyForcibly();
      writer.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
