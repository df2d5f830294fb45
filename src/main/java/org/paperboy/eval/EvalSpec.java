package org.paperboy.eval;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.paperboy.domain.Require;

/**
 * An evaluation as described by its YAML file.
 *
 * @param name the evaluation's name (the file name without {@code .yaml})
 * @param description what it measures and why the expected figures are what they are
 * @param task which evaluation code runs it, e.g. {@code ingest-count}
 * @param data paths relative to the shared data directory
 * @param include a glob on file names within {@code data}, or null for every file
 * @param metrics expected figures by metric name
 */
public record EvalSpec(
    String name,
    String description,
    String task,
    List<String> data,
    String include,
    Map<String, Expected> metrics) {
  public EvalSpec {
    Require.nonBlank(name, "name");
    Require.nonBlank(task, "task");
    data = List.copyOf(Objects.requireNonNull(data, "data"));
    metrics = Map.copyOf(Objects.requireNonNull(metrics, "metrics"));
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("evaluation '" + name + "' expects no metric");
    }
  }

  /**
   * An expected figure.
   *
   * @param value the expected value
   * @param tolerance the largest accepted absolute difference
   * @param better {@code higher}, {@code lower} or {@code none}: which way a change outside the
   *     tolerance is an improvement worth recording (still reported, so the YAML gets updated)
   */
  public record Expected(double value, double tolerance, String better) {
    public Expected {
      if (tolerance < 0) {
        throw new IllegalArgumentException("tolerance must be >= 0, got " + tolerance);
      }
      better = better == null ? "none" : better;
      if (!List.of("higher", "lower", "none").contains(better)) {
        throw new IllegalArgumentException(
            "better must be higher, lower or none, got '" + better + "'");
      }
    }
  }
}
