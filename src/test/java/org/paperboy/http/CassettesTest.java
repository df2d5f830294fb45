package org.paperboy.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperboy.Fixtures;

class CassettesTest {
  private static String body(Cassettes.Exchange e) {
    return new String(e.response().body(), StandardCharsets.UTF_8);
  }

  @Test
  void vcrpyCassettesServeGzipBinaryBodiesDecompressed() {
    List<Cassettes.Exchange> exchanges =
        Cassettes.vcr(Fixtures.resource("cassettes/vcrpy-gzip.yaml"));

    assertThat(exchanges).hasSize(2);
    assertThat(exchanges.get(0).url()).isEqualTo("https://api.example.org/works/10.5555/one");
    assertThat(exchanges.get(0).response().status()).isEqualTo(200);
    assertThat(body(exchanges.get(0)))
        .isEqualTo("{\"status\":\"ok\",\"message\":{\"DOI\":\"10.5555/one\"}}");
    assertThat(exchanges.get(0).response().headers())
        .containsEntry("content-type", "application/json")
        .doesNotContainKey("content-encoding");
    assertThat(exchanges.get(1).response().status()).isEqualTo(404);
    assertThat(body(exchanges.get(1))).isEqualTo("Resource not found.");
  }

  @Test
  void httpxCassettesKeepTheirStatusAndContent() {
    Cassettes.Exchange e = Cassettes.vcr(Fixtures.resource("cassettes/httpx.yaml")).get(0);

    assertThat(e.response().status()).isEqualTo(400);
    assertThat(body(e)).startsWith("{\"error\":\"Unrecognized or unsupported fields: [unknown]\"}");
    assertThat(e.response().headers()).containsEntry("Retry-After", "3");
  }
}
