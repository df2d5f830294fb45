package org.paperboy.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcEmbeddingStoreTest {
  @TempDir Path dir;
  private JdbcPaperStore store;
  private EmbeddingStore cache;

  @BeforeEach
  void open() {
    store = JdbcPaperStore.sqlite(dir);
    cache = store.embeddings();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void vectorsRoundTripBitExact() {
    float[] awkward = {
      Float.MIN_VALUE, -0.0f, Float.MAX_VALUE, Float.intBitsToFloat(0x7fc00001), 1e-40f, -3.25f
    };
    cache.put("m", Map.of("h1", awkward));
    float[] back = cache.get("m", List.of("h1")).get("h1");
    assertThat(back).hasSameSizeAs(awkward);
    for (int i = 0; i < awkward.length; i++) {
      assertThat(Float.floatToRawIntBits(back[i]))
          .as("float %d", i)
          .isEqualTo(Float.floatToRawIntBits(awkward[i]));
    }
  }

  @Test
  void missingKeysAreLeftOut() {
    cache.put("m", Map.of("h1", new float[] {1f}));
    assertThat(cache.get("m", List.of("h1", "nope")).keySet()).containsExactly("h1");
    assertThat(cache.present("m", List.of("nope", "h1"))).containsExactly("h1");
    assertThat(cache.get("m", List.of())).isEmpty();
  }

  @Test
  void batchesLargerThanOneQuery() {
    int n = JdbcEmbeddingStore.KEYS_PER_QUERY * 2 + 7;
    Map<String, float[]> vectors = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      vectors.put(Sha256.hex("text " + i), new float[] {i, -i});
    }
    cache.put("m", vectors);
    List<String> keys = new ArrayList<>(vectors.keySet());
    Map<String, float[]> back = cache.get("m", keys);
    assertThat(back).hasSize(n);
    assertThat(back.get(keys.get(n - 1))).containsExactly(n - 1f, 1f - n);
    assertThat(cache.present("m", keys)).hasSize(n);
    assertThat(cache.count("m")).isEqualTo(n);
    cache.delete("m", keys.subList(0, 600));
    assertThat(cache.count("m")).isEqualTo(n - 600);
  }

  @Test
  void modelsAreKeptApart() {
    cache.put("a", Map.of("h", new float[] {1f, 2f}));
    cache.put("b", Map.of("h", new float[] {3f}));
    assertThat(cache.get("a", List.of("h")).get("h")).containsExactly(1f, 2f);
    assertThat(cache.get("b", List.of("h")).get("h")).containsExactly(3f);
    assertThat(cache.get("c", List.of("h"))).isEmpty();
    assertThat(cache.count("a")).isEqualTo(1);
  }
}
