package org.paperboy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.paperboy.embed.CachingEncoder;
import org.paperboy.embed.Encoder;
import org.paperboy.embed.OnnxEncoder;
import org.paperboy.embed.Vectors;

/**
 * Query by example on CSFCube: every query paper's pool re-ranked by BM25, by the cosine of dense
 * embeddings, and by their reciprocal rank fusion, scored with the dataset's protocol next to the
 * SPECTER rankings the dataset ships. Texts are title + abstract on both sides. Embeddings are
 * cached across runs in {@code embeddingCache}. Stateless apart from that file.
 */
public final class CsfcubeEvaluation implements Evaluation {
  /** The usual RRF constant (Cormack et al. 2009); not tuned on this data. */
  static final int RRF_K = 60;

  private final Function<Map<String, Csfcube.PaperText>, LexicalScorer> lexical;
  private final Supplier<Encoder> encoder;
  private final Path embeddingCache;

  public CsfcubeEvaluation(
      Function<Map<String, Csfcube.PaperText>, LexicalScorer> lexical,
      Supplier<Encoder> encoder,
      Path embeddingCache) {
    this.lexical = lexical;
    this.encoder = encoder;
    this.embeddingCache = embeddingCache;
  }

  /** The cache file used when none is given: under the system temp directory. */
  public static Path defaultEmbeddingCache() {
    return Path.of(System.getProperty("java.io.tmpdir"), "paperboy-cache", "embeddings.bin");
  }

  @Override
  public String task() {
    return "csfcube";
  }

  @Override
  public Map<String, Double> run(EvalSpec spec, Path sharedData, Path workDir) throws IOException {
    Path dir = sharedData.resolve(spec.data().get(0));
    Csfcube data = Csfcube.load(dir);
    Map<String, Double> out = new LinkedHashMap<>();
    out.putAll(CsfcubeProtocol.score(data, specterRankings(dir, data), "specter"));

    Map<String, List<String>> bm25 = new HashMap<>();
    try (LexicalScorer scorer = lexical.apply(data.papers())) {
      for (Csfcube.Query q : data.queries().values()) {
        bm25.put(
            q.key(), CsfcubeProtocol.rankByScore(q, scorer.scores(q.paperId(), q.candidates())));
      }
    }
    out.putAll(CsfcubeProtocol.score(data, bm25, "bm25"));

    Map<String, List<String>> dense;
    Map<String, List<String>> denseInstructed;
    try (CachingEncoder enc = new CachingEncoder(encoder.get(), embeddingCache)) {
      long started = System.nanoTime();
      List<String> ids = new ArrayList<>(data.papers().keySet());
      List<float[]> vs =
          enc.embedAll(ids.stream().map(id -> data.papers().get(id).passage()).toList());
      Map<String, float[]> vectors = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        vectors.put(ids.get(i), vs.get(i));
      }
      Map<String, float[]> instructed = new HashMap<>();
      for (Csfcube.Query q : data.queries().values()) {
        instructed.computeIfAbsent(
            q.paperId(),
            id -> enc.embed(OnnxEncoder.BGE_QUERY_INSTRUCTION + data.papers().get(id).passage()));
      }
      out.put("embedSeconds", (System.nanoTime() - started) / 1e9);
      out.put("embedTextsComputed", (double) enc.misses());
      out.put("embedTextsCached", (double) enc.hits());
      dense = denseRankings(data, vectors, vectors);
      denseInstructed = denseRankings(data, instructed, vectors);
    }
    out.putAll(CsfcubeProtocol.score(data, dense, "dense"));
    out.putAll(CsfcubeProtocol.score(data, denseInstructed, "denseInstructed"));

    Map<String, List<String>> hybrid = new HashMap<>();
    for (Csfcube.Query q : data.queries().values()) {
      Map<String, Double> fused =
          CsfcubeProtocol.reciprocalRankFusion(
              List.of(bm25.get(q.key()), dense.get(q.key())), RRF_K);
      hybrid.put(q.key(), CsfcubeProtocol.rankByScore(q, fused));
    }
    out.putAll(CsfcubeProtocol.score(data, hybrid, "hybrid"));
    out.put(
        "hybridMinusBm25.ndcg%20.all", out.get("hybrid.ndcg%20.all") - out.get("bm25.ndcg%20.all"));
    out.put("hybridMinusBm25.map.all", out.get("hybrid.map.all") - out.get("bm25.map.all"));
    return out;
  }

  private static Map<String, List<String>> denseRankings(
      Csfcube data, Map<String, float[]> queryVectors, Map<String, float[]> candidateVectors) {
    Map<String, List<String>> rankings = new HashMap<>();
    for (Csfcube.Query q : data.queries().values()) {
      float[] qv = queryVectors.get(q.paperId());
      Map<String, Double> scores = new HashMap<>();
      for (String c : q.candidates()) {
        scores.put(c, Vectors.dot(qv, candidateVectors.get(c)));
      }
      rankings.put(q.key(), CsfcubeProtocol.rankByScore(q, scores));
    }
    return rankings;
  }

  /** The SPECTER rankings shipped in {@code eval_scripts/sample_ranked_pools}, in file order. */
  static Map<String, List<String>> specterRankings(Path dir, Csfcube data) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<String>> rankings = new HashMap<>();
    for (String facet : Csfcube.FACETS) {
      Path f =
          dir.resolve(
              "eval_scripts/sample_ranked_pools/test-pid2pool-csfcube-specter-"
                  + facet
                  + "-ranked.json");
      for (Map.Entry<String, JsonNode> e : json.readTree(f.toFile()).properties()) {
        List<String> ranking = new ArrayList<>();
        e.getValue().forEach(pair -> ranking.add(pair.get(0).asText()));
        rankings.put(e.getKey() + "_" + facet, ranking);
      }
    }
    return rankings;
  }
}
