package org.paperboy.eval;

import java.util.Collection;
import java.util.Map;

/**
 * Scores candidate papers against a query paper by the words they share (BM25 or the like), over a
 * corpus fixed when it is built. Implementations state their thread-safety.
 */
public interface LexicalScorer extends AutoCloseable {

  /** The score of each candidate that shares a term with the query paper; others are absent. */
  Map<String, Double> scores(String queryPaperId, Collection<String> candidateIds);

  @Override
  void close();
}
