package org.trame.eval.dedup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Known duplicate groups: one group a line, ids separated by commas (OrangeSum's {@code
 * orangesum-exact-duplicates.txt}: "1447.json,1491.json,5558.json"). Ids are kept as the file
 * writes them; {@link CorpusArticle#groupKey} matches them with article ids.
 */
public final class DuplicateGroups {

  private DuplicateGroups() {}

  /** The groups of two or more members; blank lines and lines starting with '#' are skipped. */
  public static List<List<String>> read(Path file) throws IOException {
    List<List<String>> groups = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String s = line.strip();
      if (s.isEmpty() || s.startsWith("#")) {
        continue;
      }
      List<String> ids =
          Arrays.stream(s.split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
      if (ids.size() >= 2) {
        groups.add(ids);
      }
    }
    return groups;
  }
}
