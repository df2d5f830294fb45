package org.paperboy.store;

import org.paperboy.domain.Require;

/**
 * An input row or file that could not be used, kept so that skips are counted by reason and can be
 * inspected.
 *
 * @param file the file name (no directory, so moving the data does not count a skip twice)
 * @param line 1-based line number, 0 for a problem with the whole file
 * @param reason a short machine-friendly reason such as {@code malformed-json}
 * @param message what exactly was wrong, for people
 */
public record IngestIssue(String file, long line, String reason, String message) {
  public IngestIssue {
    Require.nonBlank(file, "file");
    Require.nonNegative(line, "line");
    Require.nonBlank(reason, "reason");
    Require.nonBlank(message, "message");
  }

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason + ": " + message;
  }
}
