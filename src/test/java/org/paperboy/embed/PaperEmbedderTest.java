package org.paperboy.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.Paper;
import org.paperboy.store.IngestTransaction;
import org.paperboy.store.JdbcPaperStore;

class PaperEmbedderTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 2);
  @TempDir Path dir;
  private JdbcPaperStore store;
  private final CountingEncoder encoder = new CountingEncoder();

  @BeforeEach
  void open() {
    store = JdbcPaperStore.sqlite(dir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private Paper insert(String arxivId, String title, String abstractText) {
    try (IngestTransaction tx = store.begin()) {
      Paper saved = tx.insert(Fixtures.paper(arxivId, title, abstractText, DAY, "cs.CL"));
      tx.commit();
      return saved;
    }
  }

  @Test
  void theTextIsTitleBlankLineAbstractOrTheTitleAlone() {
    assertThat(PaperText.of(insert("2501.00001", "T", "A"))).isEqualTo("T\n\nA");
    assertThat(PaperText.of(insert("2501.00002", "T", null))).isEqualTo("T");
  }

  @Test
  void aTextSharedByTwoPapersIsEmbeddedOnceAndNeverAgain() {
    Paper a = insert("2501.00001", "Same", "Text");
    Paper b = insert("2501.00002", "Same", "Text");
    Paper c = insert("2501.00003", "Other", "Text");
    PaperEmbedder embedder = new PaperEmbedder(store, encoder);

    assertThat(embedder.papersToEmbed()).containsExactly(a.id(), c.id());
    assertThat(embedder.embed(List.of(a, b, c))).isEqualTo(2);
    assertThat(encoder.texts).containsExactly("Same\n\nText", "Other\n\nText");

    assertThat(embedder.papersToEmbed()).isEmpty();
    assertThat(embedder.embed(List.of(a, b, c))).isZero();
    assertThat(encoder.texts).hasSize(2);
    float[] stored =
        store.embeddings().get("fake", List.of(PaperText.sha256("Other\n\nText"))).values().stream()
            .findFirst()
            .orElseThrow();
    assertThat(stored).containsExactly("Other\n\nText".length(), 1f);
  }

  /** Records what it is asked to embed; the vector encodes the text's length. Not thread-safe. */
  private static final class CountingEncoder implements Encoder {
    final List<String> texts = new ArrayList<>();

    @Override
    public float[] embed(String text) {
      texts.add(text);
      return new float[] {text.length(), 1f};
    }

    @Override
    public List<float[]> embedAll(List<String> batch) {
      return batch.stream().map(this::embed).toList();
    }

    @Override
    public String modelId() {
      return "fake";
    }

    @Override
    public int dimensions() {
      return 2;
    }

    @Override
    public void close() {}
  }
}
