package org.paperboy.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperboy.embed.OnnxEncoder;
import org.paperboy.embed.PaperEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code paperboy embed}: computes the vector of every stored paper's text that has none cached
 * yet, batch by batch, storing each batch before starting the next.
 */
@Command(
    name = "embed",
    mixinStandardHelpOptions = true,
    description = {
      "Embeds every stored paper whose text (title and abstract) has no cached vector yet, with"
          + " bge-small-en-v1.5 (int8) in process; vectors are kept in the store.",
      "Safe to interrupt (Ctrl-C stops after the current batch) and to re-run: stored batches are"
          + " not embedded again."
    })
final class EmbedCommand implements Callable<Integer> {
  /** Texts per batch: each batch is one store transaction and the unit Ctrl-C waits for. */
  static final int BATCH = 128;

  /** Two single-threaded model sessions in parallel: the fastest setting on two cores. */
  static final int WORKERS = 2;

  @ParentCommand PaperboyCommand top;
  @Spec CommandSpec spec;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Embed at most N texts in this run (default: all that are missing).")
  Integer limit;

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be 1 or more, got " + limit);
    }
    try (Home home = new Home(top.dataDir());
        OnnxEncoder encoder = OnnxEncoder.bgeSmallEnV15Quantized(WORKERS);
        StopSignal stop = new StopSignal()) {
      PaperEmbedder embedder = new PaperEmbedder(home.store(), encoder);
      List<Long> pending = embedder.papersToEmbed();
      List<Long> todo =
          limit == null ? pending : pending.subList(0, Math.min(limit, pending.size()));
      long embedded = 0;
      long start = System.nanoTime();
      try (Progress progress = Progress.of("embed", todo.size(), "texts")) {
        for (int from = 0; from < todo.size() && !stop.getAsBoolean(); from += BATCH) {
          List<Long> ids = todo.subList(from, Math.min(todo.size(), from + BATCH));
          embedded += embedder.embed(home.store().papers(ids));
          progress.stepTo(from + ids.size());
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "embedded %,d texts in %.1f s (%,.1f texts/s); %,d still missing; %,d vectors cached for %s%n",
          embedded,
          seconds,
          seconds > 0 ? embedded / seconds : 0,
          pending.size() - embedded,
          home.store().embeddings().count(encoder.modelId()),
          encoder.modelId());
      if (stop.getAsBoolean()) {
        System.out.println("interrupted: run the same command again to continue");
        return 130;
      }
      return 0;
    }
  }
}
