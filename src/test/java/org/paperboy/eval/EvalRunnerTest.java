package org.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalRunnerTest {
  @Test
  void everyShippedEvaluationLoads() {
    for (String name :
        new String[] {
          "arxiv-ingest",
          "arxiv-ingest-slice",
          "paperlists-ingest",
          "paperlists-ingest-slice",
          "acl-ingest",
          "acl-ingest-slice"
        }) {
      EvalSpec spec = EvalRunner.load(name);
      assertThat(spec.name()).isEqualTo(name);
      assertThat(spec.task()).isEqualTo("ingest-count");
      assertThat(spec.metrics()).containsKeys("papers", "rows", "sourceRecords", "skipped");
    }
  }

  @Test
  void verdictsRespectToleranceAndDirection() {
    EvalSpec.Expected exact = new EvalSpec.Expected(10, 0, null);
    EvalSpec.Expected higher = new EvalSpec.Expected(0.5, 0.01, "higher");
    assertThat(EvalRunner.verdict(10, exact)).isEqualTo(EvalResult.Verdict.OK);
    assertThat(EvalRunner.verdict(11, exact)).isEqualTo(EvalResult.Verdict.FAIL);
    assertThat(EvalRunner.verdict(0.505, higher)).isEqualTo(EvalResult.Verdict.OK);
    assertThat(EvalRunner.verdict(0.6, higher)).isEqualTo(EvalResult.Verdict.IMPROVED);
    assertThat(EvalRunner.verdict(0.4, higher)).isEqualTo(EvalResult.Verdict.FAIL);
  }

  @Test
  void anImprovementDoesNotPassSilently() {
    EvalSpec spec =
        new EvalSpec(
            "t",
            "d",
            "x",
            java.util.List.of(),
            null,
            Map.of("m", new EvalSpec.Expected(0.5, 0.01, "higher")));
    EvalResult result = EvalRunner.check(spec, Map.of("m", 0.7, "other", 1.0));
    assertThat(result.passed()).isFalse();
    assertThat(result.reported()).containsOnlyKeys("other");
  }

  @Test
  void aMissingMetricOrUnknownEvaluationIsAnError() {
    EvalSpec spec =
        new EvalSpec(
            "t",
            "d",
            "x",
            java.util.List.of(),
            null,
            Map.of("m", new EvalSpec.Expected(1, 0, null)));
    assertThatThrownBy(() -> EvalRunner.check(spec, Map.of("n", 1.0))).hasMessageContaining("'m'");
    assertThatThrownBy(() -> EvalRunner.load("no-such-eval")).hasMessageContaining("no-such-eval");
    assertThatThrownBy(() -> new EvalSpec.Expected(1, -1, null)).hasMessageContaining("-1");
  }
}
