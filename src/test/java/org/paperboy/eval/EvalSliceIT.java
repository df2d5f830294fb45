package org.paperboy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperboy.SharedTestData;

/** The CI-sized evaluations, checked against their expected figures. */
class EvalSliceIT {
  @Test
  void arxivIngestSliceMatchesItsExpectedFigures() {
    assertPasses("arxiv-ingest-slice", "arxiv-daily");
  }

  @Test
  void aclIngestSliceMatchesItsExpectedFigures() {
    assertPasses("acl-ingest-slice", "acl-anthology/xml");
  }

  private static void assertPasses(String evaluation, String data) {
    SharedTestData.require(data);
    EvalResult result =
        EvalRunner.standard().run(EvalRunner.load(evaluation), SharedData.defaultLocation());
    result.metrics().forEach(m -> System.out.println(evaluation + " " + m));
    assertThat(result.passed()).as(result.metrics().toString()).isTrue();
  }

  @Test
  void paperlistsIngestSliceMatchesItsExpectedFigures() {
    SharedTestData.require("paperlists");
    EvalResult result =
        EvalRunner.standard()
            .run(EvalRunner.load("paperlists-ingest-slice"), SharedData.defaultLocation());
    result.metrics().forEach(m -> System.out.println("paperlists-ingest-slice " + m));
    assertThat(result.passed()).as(result.metrics().toString()).isTrue();
  }
}
