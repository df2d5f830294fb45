package org.paperboy.enrich;

import java.util.Optional;
import org.paperboy.domain.Paper;

/**
 * Semantic Scholar as a source for papers with an S2 id, a DOI or an arXiv id: S2 id, DOI, venue,
 * publication date, abstract. Thread-safe, as its client is; closing it closes the client.
 */
public final class SemanticScholarSource implements EnrichmentSource {
  public static final String NAME = "semantic-scholar";
  private final SemanticScholarClient client;

  public SemanticScholarSource(SemanticScholarClient client) {
    this.client = client;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean wants(Paper stored) {
    return S2PaperId.of(stored).isPresent()
        && (stored.ids().s2Id() == null
            || stored.ids().doi() == null
            || stored.venue() == null
            || stored.year() == 0
            || stored.firstPublished() == null
            || stored.abstractText() == null);
  }

  @Override
  public Optional<Found> lookUp(Paper stored) {
    S2PaperId id =
        S2PaperId.of(stored)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "paper " + stored.id() + " has no id for Semantic Scholar"));
    return client
        .paper(id)
        .map(
            f -> {
              Paper paper = SemanticScholarPapers.paper(f.content()).orElse(null);
              String s2Id = Json.text(f.content(), "paperId");
              return new Found(f.record(NAME, s2Id != null ? s2Id : id.value()), paper);
            });
  }

  @Override
  public void close() {
    client.close();
  }
}
