package org.paperboy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.paperboy.embed.OnnxEncoder;
import org.paperboy.eval.CsfcubeEvaluation;
import org.paperboy.eval.EvalResult;
import org.paperboy.eval.EvalRunner;
import org.paperboy.eval.EvalSpec;
import org.paperboy.eval.IngestCountEvaluation;
import org.paperboy.eval.SharedData;
import org.paperboy.lucene.LuceneLexicalScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code paperboy eval NAME…}: runs evaluations and checks their expected figures. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Runs evaluations described by src/main/resources/eval/NAME.yaml and prints OK / FAIL per metric.",
      "Exit code: 0 all OK, 1 a figure is off (FAIL, or IMPROVED: update the YAML), 3 data missing."
    })
final class EvalCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "NAME",
      description = "Evaluations, e.g. arxiv-ingest or arxiv-ingest-slice.")
  List<String> names;

  @Option(
      names = "--shared-data",
      paramLabel = "DIR",
      description = "Shared data directory (default: $PAPERBOY_SHARED_DATA or ../shared/data).")
  Path sharedData;

  @Override
  public Integer call() {
    Path data = sharedData != null ? sharedData : SharedData.defaultLocation();
    if (!Files.isDirectory(data)) {
      System.err.println(
          "SKIP: shared data not found at " + data.toAbsolutePath() + " (set --shared-data)");
      return 3;
    }
    EvalRunner runner = runner();
    boolean allPassed = true;
    for (String name : names) {
      EvalSpec spec = EvalRunner.load(name);
      System.out.println("== " + spec.name() + ": " + spec.description().strip());
      EvalResult result = runner.run(spec, data);
      result.metrics().forEach(m -> System.out.println("  " + m));
      result
          .reported()
          .forEach(
              (k, v) ->
                  System.out.printf(
                      Locale.ROOT,
                      "  %-8s %-22s %s%n",
                      "INFO",
                      k,
                      v == Math.rint(v)
                          ? String.format(Locale.ROOT, "%.0f", v)
                          : String.format(Locale.ROOT, "%.4f", v)));
      System.out.println(result.passed() ? "  => OK" : "  => FAIL");
      allPassed &= result.passed();
    }
    return allPassed ? 0 : 1;
  }

  /** Every evaluation task, with the adapters they need wired in. */
  static EvalRunner runner() {
    return new EvalRunner(
        List.of(
            new IngestCountEvaluation(),
            new CsfcubeEvaluation(
                LuceneLexicalScorer::new,
                () -> OnnxEncoder.bgeSmallEnV15Quantized(2),
                CsfcubeEvaluation.defaultEmbeddingCache())));
  }
}
