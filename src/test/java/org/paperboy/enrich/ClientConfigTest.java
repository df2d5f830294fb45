package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientConfigTest {
  @Test
  void crossrefDefaultsToTheRealServiceAndNamesTheContact() {
    CrossrefConfig c = CrossrefConfig.of("me@example.org");

    assertThat(c.baseUrl()).isEqualTo(URI.create("https://api.crossref.org"));
    assertThat(c.userAgent()).startsWith("Paperboy/").endsWith(" (mailto:me@example.org)");
    assertThat(c.withBaseUrl(URI.create("http://127.0.0.1:9/")).baseUrl())
        .isEqualTo(URI.create("http://127.0.0.1:9"));
  }

  @Test
  void badSettingsAreNamed() {
    assertThatThrownBy(() -> CrossrefConfig.of("not-an-address"))
        .hasMessageContaining("'not-an-address'");
    assertThatThrownBy(() -> CrossrefConfig.of("me@example.org").withBaseUrl(URI.create("ftp://x")))
        .hasMessageContaining("'ftp://x'");
    assertThatThrownBy(
            () ->
                new CrossrefConfig(
                    CrossrefConfig.DEFAULT_BASE_URL, "me@example.org", Duration.ZERO, 3))
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> SemanticScholarConfig.defaults().withApiKey("two words"))
        .hasMessageContaining("9 characters")
        .hasMessageNotContaining("two words");
    assertThatThrownBy(
            () ->
                new SemanticScholarConfig(
                    SemanticScholarConfig.DEFAULT_BASE_URL, null, Duration.ofSeconds(1), 11))
        .hasMessageContaining("got 11");
  }

  @Test
  void theApiKeyIsNeverShown() {
    SemanticScholarConfig c = SemanticScholarConfig.defaults().withApiKey("s3cret");

    assertThat(c.toString()).contains("apiKey=(set)").doesNotContain("s3cret");
  }

  @Test
  void queriesAreValidatedAndDoisKeepTheirSlashesInPaths() {
    assertThatThrownBy(() -> CrossrefQuery.of("x", 1001)).hasMessageContaining("got 1001");
    assertThatThrownBy(() -> new CrossrefQuery(null, Map.of("Author", "x"), 2))
        .hasMessageContaining("'Author'");
    try (CrossrefClient client = new CrossrefClient(CrossrefConfig.of("me@example.org"))) {
      assertThat(client.workUrl("https://doi.org/10.1002/(SICI)1097-4636<7::AID>3.0.CO;2-#"))
          .hasToString(
              "https://api.crossref.org/works/10.1002/(sici)1097-4636%3C7::aid%3E3.0.co;2-%23");
      assertThat(
              client.worksUrl(CrossrefQuery.of("deep learning", 2).withField("author", "Lê Văn")))
          .hasToString(
              "https://api.crossref.org/works?query=deep+learning&query.author=L%C3%AA+V%C4%83n&rows=2");
    }
  }
}
