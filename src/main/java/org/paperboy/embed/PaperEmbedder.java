package org.paperboy.embed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.paperboy.domain.Paper;
import org.paperboy.store.EmbeddingStore;
import org.paperboy.store.PaperStore;

/**
 * Fills the store's embedding cache from papers' texts ({@link PaperText}): hash, look up, encode
 * only what is missing, store. A text already cached is never encoded again, whichever paper
 * carries it.
 *
 * <p>Not thread-safe: one caller at a time (the encoder parallelises within a batch). Owns neither
 * the store nor the encoder; the caller closes them.
 */
public final class PaperEmbedder {
  private final PaperStore store;
  private final EmbeddingStore cache;
  private final Encoder encoder;

  public PaperEmbedder(PaperStore store, Encoder encoder) {
    this.store = store;
    this.cache = store.embeddings();
    this.encoder = encoder;
  }

  /**
   * One paper id per distinct text without a cached vector, in paper id order. Holds hashes only,
   * not texts or vectors, so it scales to the whole store.
   */
  public List<Long> papersToEmbed() {
    Map<String, Long> firstPaperByHash = new LinkedHashMap<>();
    store.forEachPaper(
        0, p -> firstPaperByHash.putIfAbsent(PaperText.sha256(PaperText.of(p)), p.id()));
    firstPaperByHash
        .keySet()
        .removeAll(cache.present(encoder.modelId(), firstPaperByHash.keySet()));
    return new ArrayList<>(firstPaperByHash.values());
  }

  /**
   * Encodes and stores the texts of {@code papers} that have no cached vector yet, in one store
   * transaction.
   *
   * @return how many texts were encoded
   */
  public int embed(List<Paper> papers) {
    Map<String, String> textByHash = new LinkedHashMap<>();
    for (Paper p : papers) {
      String text = PaperText.of(p);
      textByHash.putIfAbsent(PaperText.sha256(text), text);
    }
    textByHash.keySet().removeAll(cache.present(encoder.modelId(), textByHash.keySet()));
    if (textByHash.isEmpty()) {
      return 0;
    }
    List<String> hashes = new ArrayList<>(textByHash.keySet());
    List<float[]> vectors = encoder.embedAll(new ArrayList<>(textByHash.values()));
    Map<String, float[]> byHash = new LinkedHashMap<>();
    for (int i = 0; i < hashes.size(); i++) {
      byHash.put(hashes.get(i), vectors.get(i));
    }
    cache.put(encoder.modelId(), byHash);
    return byHash.size();
  }
}
