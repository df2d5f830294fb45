package org.paperboy.embed;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An {@link Encoder} that remembers vectors in an append-only file keyed by SHA-256 of (model id,
 * text), so that reruns over the same texts skip the model. Entries of other models share the file
 * without colliding. Thread-safe; owns and closes its delegate.
 */
public final class CachingEncoder implements Encoder {
  private final Encoder delegate;
  private final Path file;
  private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  public CachingEncoder(Encoder delegate, Path file) {
    this.delegate = delegate;
    this.file = file;
    if (Files.exists(file)) {
      load();
    }
  }

  private void load() {
    try (DataInputStream in =
        new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
      byte[] key = new byte[32];
      while (true) {
        try {
          in.readFully(key);
        } catch (EOFException end) {
          return;
        }
        float[] v = new float[in.readInt()];
        for (int i = 0; i < v.length; i++) {
          v[i] = in.readFloat();
        }
        vectors.put(HexFormat.of().formatHex(key), v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read embedding cache " + file + "; delete it", e);
    }
  }

  private String key(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(delegate.modelId().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  @Override
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    Map<String, String> missing = new LinkedHashMap<>();
    List<String> keys = new ArrayList<>(texts.size());
    for (String text : texts) {
      String key = key(text);
      keys.add(key);
      if (!vectors.containsKey(key)) {
        missing.putIfAbsent(key, text);
      }
    }
    misses.addAndGet(missing.size());
    hits.addAndGet(texts.size() - missing.size());
    if (!missing.isEmpty()) {
      List<float[]> computed = delegate.embedAll(new ArrayList<>(missing.values()));
      append(new ArrayList<>(missing.keySet()), computed);
    }
    return keys.stream().map(vectors::get).toList();
  }

  private synchronized void append(List<String> keys, List<float[]> computed) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (DataOutputStream out =
          new DataOutputStream(
              new java.io.BufferedOutputStream(
                  Files.newOutputStream(
                      file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
        for (int i = 0; i < keys.size(); i++) {
          float[] v = computed.get(i);
          out.write(HexFormat.of().parseHex(keys.get(i)));
          out.writeInt(v.length);
          for (float f : v) {
            out.writeFloat(f);
          }
          vectors.put(keys.get(i), v);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write embedding cache " + file, e);
    }
  }

  /** Texts answered from the cache so far. */
  public long hits() {
    return hits.get();
  }

  /** Texts sent to the model so far. */
  public long misses() {
    return misses.get();
  }

  @Override
  public String modelId() {
    return delegate.modelId();
  }

  @Override
  public int dimensions() {
    return delegate.dimensions();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
