package org.trame.ingest;

import java.time.Duration;

/**
 * What a conditional fetch of a URL came to (see {@link Inputs#fetchIfChanged}).
 *
 * @param kind read, not modified since the validators given, or failed
 * @param etag the validator to send next time ({@code If-None-Match}), or null
 * @param lastModified the other validator ({@code If-Modified-Since}), or null
 * @param status the HTTP status of a failure, 0 when no server answered with one
 * @param retryAfter how long a failing server asked to be left alone, or null
 * @param problem what went wrong, in words for the user, or null
 */
public record FetchOutcome(
    Kind kind, String etag, String lastModified, int status, Duration retryAfter, String problem) {

  public enum Kind {
    READ,
    NOT_MODIFIED,
    FAILED
  }

  static FetchOutcome failed(String problem) {
    return new FetchOutcome(Kind.FAILED, null, null, 0, null, problem);
  }
}
