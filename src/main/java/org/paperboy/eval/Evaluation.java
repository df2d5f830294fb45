package org.paperboy.eval;

import java.nio.file.Path;
import java.util.Map;

/** The code behind one kind of evaluation task. Implementations are stateless. */
public interface Evaluation {

  /** The task name used in YAML files. */
  String task();

  /**
   * Runs the evaluation.
   *
   * @param sharedData the shared data directory the spec's paths are relative to
   * @param workDir an empty scratch directory, deleted afterwards
   * @return every figure measured, by metric name (expected ones are checked, the rest reported)
   */
  Map<String, Double> run(EvalSpec spec, Path sharedData, Path workDir) throws Exception;
}
