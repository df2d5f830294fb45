/**
 * Evaluations as data: each {@code src/main/resources/eval/NAME.yaml} names a task, its data and
 * the expected figures with tolerances; {@link org.paperboy.eval.EvalRunner} runs it and says OK or
 * FAIL per metric.
 */
package org.paperboy.eval;
