package org.paperboy.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A BERT-style bi-encoder run in process by ONNX Runtime: tokenize (truncating at {@code
 * maxTokens}), run the model, take the [CLS] vector of the last hidden state, L2-normalise.
 *
 * <p>Threading: each session runs with one intra-op thread, and {@link #embedAll} spreads texts
 * over {@code workers} threads; on a small machine this beats one session using every core per
 * call. Thread-safe: ONNX Runtime sessions and Hugging Face tokenizers accept concurrent calls.
 *
 * <p>Lifecycle: the model and tokenizer are read from the classpath once in the constructor (no
 * download); {@link #close()} releases the session, the tokenizer and the worker threads.
 */
public final class OnnxEncoder implements Encoder {
  /**
   * The instruction bge v1.5 was trained with for short search queries against passages. Not used
   * for paper-to-paper similarity, where both sides are abstracts.
   */
  public static final String BGE_QUERY_INSTRUCTION =
      "Represent this sentence for searching relevant passages: ";

  /** The {@link #modelId()} of {@link #bgeSmallEnV15Quantized}. */
  public static final String BGE_SMALL_Q_ID = "bge-small-en-v1.5-q/cls/512";

  static final String BGE_SMALL_Q_MODEL = "bge-small-en-v1.5-q.onnx";
  static final String BGE_SMALL_Q_TOKENIZER = "bge-small-en-v1.5-q-tokenizer.json";

  private final String modelId;
  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTokenTypes;
  private final int dimensions;
  private final ExecutorService workers;

  /**
   * bge-small-en-v1.5, int8-quantised (384 dimensions), from the langchain4j artifact's jar.
   *
   * @param workers threads used by {@link #embedAll}, each running the model single-threaded
   */
  public static OnnxEncoder bgeSmallEnV15Quantized(int workers) {
    return new OnnxEncoder(BGE_SMALL_Q_ID, BGE_SMALL_Q_MODEL, BGE_SMALL_Q_TOKENIZER, 512, workers);
  }

  OnnxEncoder(
      String modelId, String modelResource, String tokenizerResource, int maxTokens, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1, got " + workers);
    }
    this.modelId = modelId;
    this.tokenizer = tokenizer(tokenizerResource, maxTokens);
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      this.session = env.createSession(resource(modelResource), options);
      this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
    } catch (OrtException e) {
      tokenizer.close();
      throw new IllegalStateException("cannot load ONNX model " + modelResource, e);
    }
    this.workers = Executors.newFixedThreadPool(workers, Thread.ofPlatform().daemon().factory());
    this.dimensions = embed("dimension probe").length;
  }

  static HuggingFaceTokenizer tokenizer(String resource, int maxTokens) {
    Map<String, String> options =
        Map.of("truncation", "true", "maxLength", Integer.toString(maxTokens), "padding", "false");
    try (InputStream in = new ByteArrayInputStream(resource(resource))) {
      return HuggingFaceTokenizer.newInstance(in, options);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load tokenizer " + resource, e);
    }
  }

  static byte[] resource(String name) {
    try (InputStream in = OnnxEncoder.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("model resource not on the classpath: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model resource " + name, e);
    }
  }

  @Override
  public float[] embed(String text) {
    Encoding encoding = tokenizer.encode(text);
    long[][] ids = {encoding.getIds()};
    long[][] mask = {encoding.getAttentionMask()};
    long[][] types = {encoding.getTypeIds()};
    try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, ids);
        OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask);
        OnnxTensor typesTensor = OnnxTensor.createTensor(env, types)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idsTensor);
      inputs.put("attention_mask", maskTensor);
      if (wantsTokenTypes) {
        inputs.put("token_type_ids", typesTensor);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        return Vectors.normalize(hidden[0][0].clone());
      }
    } catch (OrtException e) {
      throw new IllegalStateException(
          "ONNX Runtime failed on a text of " + ids[0].length + " tokens", e);
    }
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<Future<float[]>> futures = new ArrayList<>(texts.size());
    for (String text : texts) {
      futures.add(workers.submit(() -> embed(text)));
    }
    List<float[]> vectors = new ArrayList<>(texts.size());
    try {
      for (Future<float[]> f : futures) {
        vectors.add(f.get());
      }
    } catch (InterruptedException e) {
      futures.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      futures.forEach(f -> f.cancel(true));
      throw new IllegalStateException(
          "embedding failed: " + e.getCause().getMessage(), e.getCause());
    }
    return vectors;
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try (tokenizer) {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the ONNX session of " + modelId, e);
    }
  }
}
