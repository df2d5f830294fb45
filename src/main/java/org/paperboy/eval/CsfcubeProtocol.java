package org.paperboy.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CSFCube's test protocol, as in its {@code ranking_eval.py}: per query AP and R-precision (grade
 * &ge; 2 relevant) and NDCG%20 (graded, over the first 20 % of the pool); per facet and for all
 * facets the mean over the two test folds of each fold's mean. Stateless.
 */
public final class CsfcubeProtocol {
  private CsfcubeProtocol() {}

  /**
   * Scores one system.
   *
   * @param rankings a ranked pool per query key ({@code PID_FACET})
   * @return {@code SYSTEM.map.FACET}, {@code SYSTEM.ndcg%20.FACET} and {@code SYSTEM.rprec.FACET}
   *     for each facet and {@code all}
   */
  public static Map<String, Double> score(
      Csfcube data, Map<String, List<String>> rankings, String system) {
    Map<String, double[]> perQuery = new HashMap<>();
    for (Csfcube.Query q : data.queries().values()) {
      List<String> ranking = rankings.get(q.key());
      if (ranking == null) {
        throw new IllegalArgumentException(system + " has no ranking for query " + q.key());
      }
      int[] grades = q.gradesInOrder(ranking);
      perQuery.put(
          q.key(),
          new double[] {
            RankingMetrics.averagePrecision(grades, Csfcube.RELEVANT_GRADE),
            RankingMetrics.ndcgAtFraction(grades, 0.2),
            RankingMetrics.rPrecision(grades, Csfcube.RELEVANT_GRADE)
          });
    }
    String[] names = {"map", "ndcg%20", "rprec"};
    Map<String, Double> out = new LinkedHashMap<>();
    List<String> facets = new ArrayList<>(Csfcube.FACETS);
    facets.add("all");
    for (String facet : facets) {
      List<List<String>> folds = data.testFolds().get(facet);
      for (int m = 0; m < names.length; m++) {
        double sumOfFoldMeans = 0;
        for (List<String> fold : folds) {
          double sum = 0;
          for (String key : fold) {
            sum += perQuery.get(key)[m];
          }
          sumOfFoldMeans += sum / fold.size();
        }
        out.put(system + "." + names[m] + "." + facet, sumOfFoldMeans / folds.size());
      }
    }
    return out;
  }

  /** The pool in descending score order; ties (and unscored candidates, as 0) by id. */
  public static List<String> rankByScore(Csfcube.Query q, Map<String, Double> scores) {
    List<String> ranking = new ArrayList<>(q.candidates());
    ranking.sort(
        Comparator.comparingDouble((String c) -> -scores.getOrDefault(c, 0.0))
            .thenComparing(Comparator.naturalOrder()));
    return ranking;
  }

  /** Reciprocal rank fusion (Cormack et al., SIGIR 2009): sum of 1 / (k + rank) per ranking. */
  public static Map<String, Double> reciprocalRankFusion(List<List<String>> rankings, int k) {
    Map<String, Double> fused = new HashMap<>();
    for (List<String> ranking : rankings) {
      for (int i = 0; i < ranking.size(); i++) {
        fused.merge(ranking.get(i), 1.0 / (k + i + 1), Double::sum);
      }
    }
    return fused;
  }
}
