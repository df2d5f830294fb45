package org.paperboy.eval;

import java.util.Arrays;

/**
 * Per-query ranking metrics over graded judgments in rank order, as defined by CSFCube's {@code
 * rank_metrics.py}: binary metrics count a grade at or above a threshold as relevant; NDCG uses the
 * grades as gains with the "method 0" discount (ranks 1 and 2 both weigh 1). Stateless.
 */
public final class RankingMetrics {
  private RankingMetrics() {}

  /** Mean of precision at each relevant rank; 0 without relevant items. */
  public static double averagePrecision(int[] grades, int threshold) {
    int relevant = 0;
    double sum = 0;
    for (int i = 0; i < grades.length; i++) {
      if (grades[i] >= threshold) {
        relevant++;
        sum += (double) relevant / (i + 1);
      }
    }
    return relevant == 0 ? 0 : sum / relevant;
  }

  /** Precision up to the last relevant item; 0 without relevant items. */
  public static double rPrecision(int[] grades, int threshold) {
    int last = -1;
    int relevant = 0;
    for (int i = 0; i < grades.length; i++) {
      if (grades[i] >= threshold) {
        last = i;
        relevant++;
      }
    }
    return last < 0 ? 0 : (double) relevant / (last + 1);
  }

  /** NDCG over the first {@code k} ranks; 0 when the ideal ranking has no gain there. */
  public static double ndcg(int[] grades, int k) {
    int[] ideal = Arrays.stream(grades).boxed().sorted((a, b) -> b - a).mapToInt(i -> i).toArray();
    double best = dcg(ideal, k);
    return best == 0 ? 0 : dcg(grades, k) / best;
  }

  /**
   * NDCG over the first {@code fraction} of the ranking ({@code floor(fraction * n)} ranks),
   * CSFCube's "NDCG%20" with fraction 0.2.
   */
  public static double ndcgAtFraction(int[] grades, double fraction) {
    return ndcg(grades, (int) (fraction * grades.length));
  }

  private static double dcg(int[] grades, int k) {
    int n = Math.min(k, grades.length);
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += i == 0 ? grades[0] : grades[i] / log2(i + 1);
    }
    return sum;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
