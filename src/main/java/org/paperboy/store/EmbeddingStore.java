package org.paperboy.store;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The embedding cache: vectors keyed by model id and the SHA-256 (hex) of the embedded text. Models
 * are kept apart, so a new model starts with an empty cache. Vectors are stored bit-exact as
 * little-endian float32.
 *
 * <p>Export and import do not carry embeddings: they are derived from the papers' texts and are
 * recomputed by {@code paperboy embed}.
 *
 * <p>Thread-safe; shares the lifecycle of the store it belongs to (closing the store closes it).
 */
public interface EmbeddingStore {

  /** The cached vectors among {@code textHashes}, by hash; hashes without a vector are left out. */
  Map<String, float[]> get(String modelId, Collection<String> textHashes);

  /** Which of {@code textHashes} have a cached vector; cheaper than {@link #get} for large sets. */
  Set<String> present(String modelId, Collection<String> textHashes);

  /** Stores vectors by text hash in one transaction, replacing any present for the same key. */
  void put(String modelId, Map<String, float[]> vectorsByTextHash);

  /** Forgets the vectors of these texts (benchmarks re-embed them); absent hashes are ignored. */
  void delete(String modelId, Collection<String> textHashes);

  /** How many vectors are cached for the model. */
  long count(String modelId);
}
