package org.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The doctest examples of CSFCube's rank_metrics.py. */
class RankingMetricsTest {
  @Test
  void averagePrecision() {
    int[] r = {1, 1, 0, 1, 0, 1, 0, 0, 0, 1};
    assertThat(RankingMetrics.averagePrecision(r, 1)).isCloseTo(0.78333333333333333, within(1e-12));
    assertThat(RankingMetrics.averagePrecision(new int[] {0}, 1)).isZero();
  }

  @Test
  void rPrecision() {
    assertThat(RankingMetrics.rPrecision(new int[] {0, 0, 1}, 1)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(RankingMetrics.rPrecision(new int[] {0, 1, 0}, 1)).isEqualTo(0.5);
    assertThat(RankingMetrics.rPrecision(new int[] {1, 0, 0}, 1)).isEqualTo(1.0);
  }

  @Test
  void ndcg() {
    assertThat(RankingMetrics.ndcg(new int[] {3, 2, 3, 0, 0, 1, 2, 2, 3, 0}, 1)).isEqualTo(1.0);
    assertThat(RankingMetrics.ndcg(new int[] {2, 1, 2, 0}, 4))
        .isCloseTo(0.9203032077642922, within(1e-12));
    assertThat(RankingMetrics.ndcg(new int[] {0}, 1)).isZero();
    assertThat(RankingMetrics.ndcg(new int[] {1}, 2)).isEqualTo(1.0);
  }

  @Test
  void ndcgAtFractionFloorsTheCutoff() {
    int[] grades = {0, 0, 0, 0, 3, 3, 3, 3, 3, 3};
    assertThat(RankingMetrics.ndcgAtFraction(grades, 0.2)).isZero();
    assertThat(RankingMetrics.ndcgAtFraction(new int[] {3, 0, 0, 0}, 0.2)).isZero();
  }
}
