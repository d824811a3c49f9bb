package org.trame.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Inputs and ingest processes for the tests that run trame beside itself. */
public final class TestInputs {

  private static final String[][] SUBJECTS = {
    {"pont", "travaux", "circulation", "tablier", "mairie", "chantier", "voitures"},
    {"festival", "concert", "musique", "scène", "public", "billets", "artistes"},
    {"tempête", "vent", "rafales", "arbres", "électricité", "pompiers", "côte"}
  };

  private TestInputs() {}

  /** {@code n} short JSON Lines articles over a few subjects, so that stories form and grow. */
  public static void writeArticles(Path file, int n) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(line(String.format(Locale.ROOT, "synthetic-%05d", i), i));
    }
    java.nio.file.Files.write(file, lines, StandardCharsets.UTF_8);
  }

  static String line(String id, int i) {
    String[] words = SUBJECTS[i % SUBJECTS.length];
    Random random = new Random(i);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < 100; w++) {
      text.append(words[random.nextInt(words.length)]).append(w % 10 == 9 ? ". " : " ");
    }
    return String.format(
        Locale.ROOT,
        "{\"id\":\"%s\",\"title\":\"%s %d\",\"text\":\"%s\",\"date\":\"2022-%02d-%02d\"}",
        id,
        words[0],
        i,
        text.toString().strip(),
        1 + (i / 100) % 12,
        1 + i % 28);
  }

  /**
   * Starts {@code trame ingest --json [extra] --data DATA INPUT} in another JVM, standard output to
   * {@code log} and standard error beside it.
   */
  public static Process startIngest(Path data, Path input, Path log, String... extra)
      throws IOException {
    List<String> args = new ArrayList<>(List.of("ingest", "--json"));
    args.addAll(List.of(extra));
    args.addAll(List.of("--data", data.toString(), input.toString()));
    return start(args, log);
  }

  /**
   * Starts {@code trame watch --once --json --allow-private-addresses [extra] --config CONFIG
   * --data DATA} in another JVM, standard output to {@code log} and standard error beside it.
   */
  public static Process startWatchOnce(Path data, Path config, Path log, String... extra)
      throws IOException {
    List<String> args =
        new ArrayList<>(List.of("watch", "--once", "--json", "--allow-private-addresses"));
    args.addAll(List.of(extra));
    args.addAll(List.of("--config", config.toString(), "--data", data.toString()));
    return start(args, log);
  }

  /**
   * Starts {@code trame watch --allow-private-addresses --config CONFIG --data DATA}, left running.
   */
  public static Process startWatch(Path data, Path config, Path log) throws IOException {
    return start(
        List.of(
            "watch",
            "--allow-private-addresses",
            "--config",
            config.toString(),
            "--data",
            data.toString()),
        log);
  }

  private static Process start(List<String> args, Path log) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("org.trame.app.Main");
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectOutput(log.toFile())
        .redirectError(log.resolveSibling(log.getFileName() + ".err").toFile())
        .start();
  }
}
