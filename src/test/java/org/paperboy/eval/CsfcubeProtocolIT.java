package org.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperboy.SharedTestData;

/**
 * Our metric code against the dataset's own: the SPECTER rankings shipped with CSFCube, scored by
 * {@code ranking_eval.py} (NumPy 2 fix applied), give these figures.
 */
class CsfcubeProtocolIT {
  @Test
  void reproducesTheSpecterFiguresOfRankingEvalPy() throws Exception {
    Path dir = SharedTestData.require("eval/csfcube");
    Csfcube data = Csfcube.load(dir);
    assertThat(data.queries()).hasSize(50);
    Map<String, Double> s =
        CsfcubeProtocol.score(data, CsfcubeEvaluation.specterRankings(dir, data), "specter");
    assertThat(s.get("specter.ndcg%20.background")).isCloseTo(0.6670, within(5e-5));
    assertThat(s.get("specter.ndcg%20.method")).isCloseTo(0.3741, within(5e-5));
    assertThat(s.get("specter.ndcg%20.result")).isCloseTo(0.5667, within(5e-5));
    assertThat(s.get("specter.ndcg%20.all")).isCloseTo(0.5328, within(5e-5));
    assertThat(s.get("specter.rprec.all")).isCloseTo(0.1829, within(5e-5));
  }

  @Test
  void everyPaperHasATitleAndAnAbstract() throws Exception {
    Csfcube data = Csfcube.load(SharedTestData.require("eval/csfcube"));
    assertThat(data.papers()).hasSizeGreaterThanOrEqualTo(4174);
    assertThat(data.papers().values()).allSatisfy(p -> assertThat(p.abstractText()).isNotBlank());
  }
}
