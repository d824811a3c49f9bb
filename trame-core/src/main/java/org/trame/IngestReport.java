package org.trame;

import java.util.List;

/**
 * What one ingest did.
 *
 * @param stored new articles stored (duplicates included)
 * @param duplicates of those, copies (exact or near) of an article stored earlier
 * @param unchanged articles already stored with the same content, skipped
 * @param rejected inputs or parts of inputs that could not be stored, each with its problem
 */
public record IngestReport(long stored, long duplicates, long unchanged, List<Rejection> rejected) {

  public IngestReport {
    rejected = List.copyOf(rejected);
  }

  /** An input that was not stored: where, and why. */
  public record Rejection(String origin, String problem) {

    /**
     * The kind of problem, for counting: the problem without its particulars (the part after the
     * first colon, a leading line number, numbers), e.g. "not a JSON object" or "empty file".
     * Derived from the message rather than listed, so that a new reader's problems count too.
     */
    public String kind() {
      String p = problem == null ? "" : problem.strip();
      p = p.replaceFirst("^line \\d+:\\s*", "");
      int colon = p.indexOf(':');
      if (colon > 0) {
        p = p.substring(0, colon);
      }
      p = p.replaceAll("\\d+", "N").strip();
      return p.isEmpty() ? "unknown" : p;
    }

    @Override
    public String toString() {
      return origin + ": " + problem;
    }
  }
}
