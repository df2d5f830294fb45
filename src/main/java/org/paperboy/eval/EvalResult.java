package org.paperboy.eval;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of one evaluation: a verdict per expected metric, plus figures that are only
 * reported.
 */
public record EvalResult(
    String name, List<MetricResult> metrics, java.util.Map<String, Double> reported) {

  public boolean passed() {
    return metrics.stream().allMatch(m -> m.verdict() == Verdict.OK);
  }

  public enum Verdict {
    OK,
    /**
     * Outside the tolerance in the better direction: update the expected figure (with its reason).
     */
    IMPROVED,
    FAIL
  }

  /** One metric compared with its expected value. */
  public record MetricResult(
      String metric, double actual, EvalSpec.Expected expected, Verdict verdict) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%-8s %-22s actual %-14s expected %s ± %s",
          verdict,
          metric,
          fmt(actual),
          fmt(expected.value()),
          fmt(expected.tolerance()));
    }

    private static String fmt(double v) {
      return v == Math.rint(v) && Math.abs(v) < 1e15
          ? String.format(Locale.ROOT, "%.0f", v)
          : String.format(Locale.ROOT, "%.4f", v);
    }
  }
}
