package org.paperboy.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayServerTest {
  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersRecordedResponsesInTurnMatchingParametersInAnyOrder() throws Exception {
    try (ReplayServer server = ReplayServer.start()) {
      server.on(
          "GET",
          "https://example.org/oai?verb=ListRecords&set=cs",
          ReplayServer.Response.status(503, Map.of("Retry-After", "1"), "busy"),
          ReplayServer.Response.ok("<ok/>", "text/xml"));
      String url = server.baseUrl() + "/oai?set=cs&verb=ListRecords";
      HttpResponse<String> first = get(url);
      assertThat(first.statusCode()).isEqualTo(503);
      assertThat(first.headers().firstValue("Retry-After")).contains("1");
      assertThat(get(url).body()).isEqualTo("<ok/>");
      assertThat(get(url).body()).isEqualTo("<ok/>");
      assertThat(get(server.baseUrl() + "/oai?verb=Identify").statusCode()).isEqualTo(599);
      assertThat(server.requests()).hasSize(4);
    }
  }
}
