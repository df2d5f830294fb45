package org.paperboy.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pins bge-small-en-v1.5-q's output for fixed inputs, so that a new model file, tokenizer, pooling
 * or truncation cannot change the vectors unnoticed.
 */
class OnnxEncoderTest {
  private static final String TEXT =
      "Dense retrieval of scientific papers with sentence embeddings.";
  private static OnnxEncoder encoder;

  @BeforeAll
  static void load() {
    encoder = OnnxEncoder.bgeSmallEnV15Quantized(2);
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void vectorsMatchTheGoldenValues() {
    float[] v = encoder.embed(TEXT);
    float[] golden = {
      -0.055871222f, 0.06987533f, -0.034239948f, 0.024502447f,
      0.034175653f, 0.027638765f, -0.010617974f, 0.05568206f
    };
    assertThat(encoder.dimensions()).isEqualTo(384);
    assertThat(v).hasSize(384);
    for (int i = 0; i < golden.length; i++) {
      assertThat(v[i]).as("dimension %d", i).isCloseTo(golden[i], within(1e-4f));
    }
    assertThat(Vectors.dot(v, v)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void embedAllKeepsOrderAndMatchesEmbed() {
    List<String> texts = List.of(TEXT, "Graph neural networks for molecules.", "A third text.");
    List<float[]> vectors = encoder.embedAll(texts);
    assertThat(vectors).hasSize(3);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(vectors.get(i)).containsExactly(encoder.embed(texts.get(i)), within(1e-6f));
    }
  }

  @Test
  void similarTextsAreCloserThanUnrelatedOnes() {
    float[] parsing = encoder.embed("A neural dependency parser for English sentences.");
    float[] syntax = encoder.embed("Syntactic parsing of natural language with neural networks.");
    float[] weather = encoder.embed("Rainfall forecasts for alpine valleys in spring.");
    assertThat(Vectors.cosine(parsing, syntax)).isGreaterThan(Vectors.cosine(parsing, weather));
  }

  @Test
  void longTextsAreTruncatedNotRejected() {
    String longText = "word ".repeat(3000);
    assertThat(encoder.embed(longText)).hasSize(384);
  }
}
