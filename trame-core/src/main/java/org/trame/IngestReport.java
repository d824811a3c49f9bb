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
    @Override
    public String toString() {
      return origin + ": " + problem;
    }
  }
}
