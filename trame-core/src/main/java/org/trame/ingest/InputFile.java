package org.trame.ingest;

import java.nio.file.Path;

/**
 * One file found under an ingested path.
 *
 * @param path where it is
 * @param id the id its article takes: its path relative to the ingested root, with '/'
 * @param source the outlet it stands for: the name of the folder holding it
 * @param size its size in bytes, as stored on disk
 */
public record InputFile(Path path, String id, String source, long size) {

  /** How messages name the file. */
  public String origin() {
    return path.toString();
  }
}
