package org.paperboy.enrich;

import java.util.Optional;
import org.paperboy.domain.Paper;

/**
 * Crossref as a source for papers that have a DOI: venue, publication date, abstract. Thread-safe,
 * as its client is; closing it closes the client.
 */
public final class CrossrefSource implements EnrichmentSource {
  public static final String NAME = "crossref";
  private final CrossrefClient client;

  public CrossrefSource(CrossrefClient client) {
    this.client = client;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean wants(Paper stored) {
    return stored.ids().doi() != null
        && (stored.venue() == null
            || stored.year() == 0
            || stored.firstPublished() == null
            || stored.abstractText() == null);
  }

  @Override
  public Optional<Found> lookUp(Paper stored) {
    String doi = stored.ids().doi();
    return client
        .work(doi)
        .map(
            f -> {
              Paper paper = CrossrefWorks.work(f.content()).map(CrossrefWork::paper).orElse(null);
              String sourceId =
                  paper == null || paper.ids().doi() == null ? doi : paper.ids().doi();
              return new Found(f.record(NAME, sourceId), paper);
            });
  }

  @Override
  public void close() {
    client.close();
  }
}
