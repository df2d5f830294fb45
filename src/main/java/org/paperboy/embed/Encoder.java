package org.paperboy.embed;

import java.util.List;

/**
 * Turns text into a fixed-size vector; texts with similar meaning get vectors with a high cosine.
 * Implementations say whether they are thread-safe; all return L2-normalised vectors of {@link
 * #dimensions()} floats, so cosine is the dot product.
 */
public interface Encoder extends AutoCloseable {

  /** The vector of one text. */
  float[] embed(String text);

  /** The vectors of many texts, in input order; may use several threads. */
  List<float[]> embedAll(List<String> texts);

  /** Names the model and everything that changes its vectors (pooling, truncation). */
  String modelId();

  int dimensions();

  /** Releases native resources; the encoder is unusable afterwards. */
  @Override
  void close();
}
