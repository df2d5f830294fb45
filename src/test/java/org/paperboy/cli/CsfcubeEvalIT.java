package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperboy.SharedTestData;
import org.paperboy.eval.EvalResult;
import org.paperboy.eval.EvalRunner;
import org.paperboy.eval.SharedData;

/**
 * {@code paperboy eval csfcube} against its expected figures. The first run embeds ≈ 4,200
 * abstracts (a few minutes on two cores); later runs read the embedding cache.
 */
class CsfcubeEvalIT {
  @Test
  void csfcubeMatchesItsExpectedFigures() {
    SharedTestData.require("eval/csfcube");
    EvalResult result =
        EvalCommand.runner().run(EvalRunner.load("csfcube"), SharedData.defaultLocation());
    result.metrics().forEach(m -> System.out.println("csfcube " + m));
    assertThat(result.passed()).as(result.metrics().toString()).isTrue();
  }
}
