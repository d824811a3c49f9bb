package org.trame.ingest;

import java.nio.file.Path;

/**
 * One input to read: a file found under an ingested path, or a fetched URL held in a file.
 *
 * @param path where its bytes are
 * @param id the id its article takes: its path relative to the ingested root, with '/' (readers of
 *     formats holding many articles give each its own id: a line number, a URL)
 * @param source the outlet it stands for: the name of the folder holding it, or a URL's host
 * @param size its size in bytes, as stored on disk
 * @param origin how messages name it: the path as given, or the URL
 */
public record InputFile(Path path, String id, String source, long size, String origin) {

  public InputFile(Path path, String id, String source, long size) {
    this(path, id, source, size, path.toString());
  }
}
