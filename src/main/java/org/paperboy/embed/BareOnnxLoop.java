package org.paperboy.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The throughput baseline for {@link OnnxEncoder}: the same model file, tokenizer and session
 * options, run by plain threads over a fixed list of texts, with no pooling, cache or store. Only
 * benchmarks use it.
 *
 * <p>Thread-safe for {@link #run}; {@link #close()} releases the session and the tokenizer.
 */
public final class BareOnnxLoop implements AutoCloseable {
  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final HuggingFaceTokenizer tokenizer;
  private final OrtSession session;
  private final boolean wantsTokenTypes;

  private BareOnnxLoop(HuggingFaceTokenizer tokenizer, OrtSession session) throws OrtException {
    this.tokenizer = tokenizer;
    this.session = session;
    this.wantsTokenTypes = session.getInputNames().contains("token_type_ids");
  }

  /** The model and tokenizer of {@link OnnxEncoder#bgeSmallEnV15Quantized}. */
  public static BareOnnxLoop bgeSmallEnV15Quantized() {
    HuggingFaceTokenizer tokenizer = OnnxEncoder.tokenizer(OnnxEncoder.BGE_SMALL_Q_TOKENIZER, 512);
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      return new BareOnnxLoop(
          tokenizer,
          env.createSession(OnnxEncoder.resource(OnnxEncoder.BGE_SMALL_Q_MODEL), options));
    } catch (OrtException e) {
      tokenizer.close();
      throw new IllegalStateException("cannot load the bge-small ONNX model", e);
    }
  }

  /** Tokens per text after truncation, as the model sees them. */
  public int[] tokenCounts(List<String> texts) {
    return texts.stream().mapToInt(t -> tokenizer.encode(t).getIds().length).toArray();
  }

  /**
   * Runs the model over every text on {@code threads} threads, each taking the next text not yet
   * taken, so that long texts do not leave a thread idle at the end.
   */
  public void run(List<String> texts, int threads) {
    List<Thread> running = new ArrayList<>();
    List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    for (int t = 0; t < threads; t++) {
      running.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      for (int i = next.getAndIncrement();
                          i < texts.size();
                          i = next.getAndIncrement()) {
                        runOne(texts.get(i));
                      }
                    } catch (RuntimeException e) {
                      failures.add(e);
                    }
                  }));
    }
    for (Thread thread : running) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running the model", e);
      }
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  private void runOne(String text) {
    Encoding encoding = tokenizer.encode(text);
    try (OnnxTensor ids = OnnxTensor.createTensor(env, new long[][] {encoding.getIds()});
        OnnxTensor mask = OnnxTensor.createTensor(env, new long[][] {encoding.getAttentionMask()});
        OnnxTensor types = OnnxTensor.createTensor(env, new long[][] {encoding.getTypeIds()})) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", ids);
      inputs.put("attention_mask", mask);
      if (wantsTokenTypes) {
        inputs.put("token_type_ids", types);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        // Copy the output to the heap as the encoder does, so both pay for it.
        result.get(0).getValue();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed", e);
    }
  }

  @Override
  public void close() {
    try (tokenizer) {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close the bare ONNX session", e);
    }
  }
}
