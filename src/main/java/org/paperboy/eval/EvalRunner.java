package org.paperboy.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads an evaluation's YAML from the classpath ({@code eval/NAME.yaml}), runs its task and checks
 * every expected figure against its tolerance. Thread-safe: stateless apart from the registered
 * tasks.
 */
public final class EvalRunner {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  private final Map<String, Evaluation> tasks = new LinkedHashMap<>();

  public EvalRunner(List<Evaluation> evaluations) {
    evaluations.forEach(e -> tasks.put(e.task(), e));
  }

  public static EvalRunner standard() {
    return new EvalRunner(List.of(new IngestCountEvaluation()));
  }

  public static EvalSpec load(String name) {
    String resource = "eval/" + name + ".yaml";
    try (InputStream in = EvalRunner.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException(
            "no evaluation named '" + name + "' (looked for " + resource + ")");
      }
      return YAML.readValue(in, EvalSpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  public EvalResult run(EvalSpec spec, Path sharedData) {
    Evaluation task = tasks.get(spec.task());
    if (task == null) {
      throw new IllegalArgumentException(
          "evaluation '" + spec.name() + "' names unknown task '" + spec.task() + "'");
    }
    Path work = null;
    try {
      work = Files.createTempDirectory("paperboy-eval-");
      Map<String, Double> measured = task.run(spec, sharedData, work);
      return check(spec, measured);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(
          "evaluation '" + spec.name() + "' failed: " + e.getMessage(), e);
    } finally {
      deleteRecursively(work);
    }
  }

  static EvalResult check(EvalSpec spec, Map<String, Double> measured) {
    List<EvalResult.MetricResult> results = new ArrayList<>();
    spec.metrics().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Double actual = measured.get(e.getKey());
              if (actual == null) {
                throw new IllegalArgumentException(
                    "evaluation '"
                        + spec.name()
                        + "' expects metric '"
                        + e.getKey()
                        + "' that task '"
                        + spec.task()
                        + "' does not measure; it measures "
                        + measured.keySet());
              }
              results.add(
                  new EvalResult.MetricResult(
                      e.getKey(), actual, e.getValue(), verdict(actual, e.getValue())));
            });
    Map<String, Double> reported = new LinkedHashMap<>(measured);
    reported.keySet().removeAll(spec.metrics().keySet());
    return new EvalResult(spec.name(), results, reported);
  }

  static EvalResult.Verdict verdict(double actual, EvalSpec.Expected expected) {
    double diff = actual - expected.value();
    if (Math.abs(diff) <= expected.tolerance()) {
      return EvalResult.Verdict.OK;
    }
    boolean better =
        ("higher".equals(expected.better()) && diff > 0)
            || ("lower".equals(expected.better()) && diff < 0);
    return better ? EvalResult.Verdict.IMPROVED : EvalResult.Verdict.FAIL;
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete scratch directory " + dir, e);
    }
  }
}
