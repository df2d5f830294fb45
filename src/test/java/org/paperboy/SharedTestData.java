package org.paperboy;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.paperboy.eval.SharedData;

/**
 * Access to the shared real data for integration tests. Absent data skips the test with a printed
 * reason, except under {@code CI=true}, where it fails: CI must not pass by skipping.
 */
public final class SharedTestData {
  private SharedTestData() {}

  public static Path require(String relative) {
    Path p = SharedData.defaultLocation().resolve(relative);
    if (!Files.exists(p)) {
      String reason =
          "shared data not found at " + p.toAbsolutePath() + " (set PAPERBOY_SHARED_DATA)";
      if ("true".equals(System.getenv("CI"))) {
        fail(reason + "; CI=true requires it");
      }
      System.out.println("SKIPPED: " + reason);
      Assumptions.abort(reason);
    }
    return p;
  }
}
