package org.paperboy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.http.ReplayServer;
import org.paperboy.http.ReplayServer.Response;

/** {@code paperboy harvest arxiv} end to end against a local OAI-PMH server. */
class HarvestCommandTest {
  @TempDir Path dir;

  private static String page(String records, String token) {
    return "<?xml version=\"1.0\"?><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<responseDate>2025-01-10T10:00:00Z</responseDate><ListRecords>"
        + records
        + (token == null
            ? ""
            : "<resumptionToken completeListSize=\"2\">" + token + "</resumptionToken>")
        + "</ListRecords></OAI-PMH>";
  }

  private static String record(String id, String title) {
    return "<record><header><identifier>oai:arXiv.org:"
        + id
        + "</identifier><datestamp>2025-01-09</datestamp></header>"
        + "<metadata><arXiv xmlns=\"http://arxiv.org/OAI/arXiv/\"><id>"
        + id
        + "</id><created>2025-01-08</created>"
        + "<authors><author><keyname>Hopper</keyname><forenames>Grace</forenames></author></authors>"
        + "<title>"
        + title
        + "</title><categories>cs.LG</categories><abstract>About "
        + title
        + ".</abstract>"
        + "</arXiv></metadata></record>";
  }

  @Test
  void harvestsAllPagesIndexesThemAndARerunIsAlreadyComplete() throws Exception {
    try (ReplayServer server = ReplayServer.start()) {
      server.on(
          "GET",
          "/oai?verb=ListRecords&metadataPrefix=arXiv&set=cs&from=2025-01-01",
          Response.ok(page(record("2501.00001", "Sparse transformers"), "t1"), "text/xml"));
      server.on(
          "GET",
          "/oai?verb=ListRecords&resumptionToken=t1",
          Response.ok(page(record("2501.00002", "Dense retrievers"), null), "text/xml"));
      String data = dir.toString();
      String[] harvest = {
        "--data-dir",
        data,
        "harvest",
        "arxiv",
        "--base-url",
        server.baseUrl() + "/oai",
        "--set",
        "cs",
        "--from",
        "2025-01-01",
        "--format",
        "arXiv",
        "--delay",
        "0"
      };

      CliTest.Run run = CliTest.run(harvest);
      assertThat(run.code()).isZero();
      assertThat(run.out())
          .contains("COMPLETED", "2 papers added")
          .contains("indexed 2 changed papers");

      JsonNode hits = CliTest.run("--data-dir", data, "search", "retrievers", "--json").json();
      assertThat(hits.path("hits").get(0).path("paper").path("arxivId").asText())
          .isEqualTo("2501.00002");
      assertThat(CliTest.run(harvest).out()).contains("ALREADY_COMPLETE", "--from 2025-01-10");
      assertThat(server.requests()).hasSize(2);
    }
  }

  @Test
  void anUnreachableRepositoryIsAClearErrorAndLeavesTheStoreAsItWas() {
    CliTest.Run run =
        CliTest.run(
            "--data-dir",
            dir.toString(),
            "harvest",
            "arxiv",
            "--base-url",
            "http://127.0.0.1:9/oai",
            "--tries",
            "1",
            "--delay",
            "0",
            "--from",
            "2025-01-01");
    assertThat(run.code()).isEqualTo(1);
  }

  @Test
  void listsTheCommands() {
    assertThat(CliTest.run("harvest", "--help").code()).isZero();
    assertThat(CliTest.run("harvest", "arxiv-api", "--help").code()).isZero();
  }
}
