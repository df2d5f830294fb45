package org.paperboy.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CSFCube test collection (Mysore et al., NeurIPS 2021 Datasets and Benchmarks): 50 query
 * papers, each with a facet and a pool of candidates graded 0-3, the titles and abstracts of all of
 * them, and the 2-fold test protocol of {@code evaluation_splits.json}. Immutable.
 *
 * @param papers title and abstract by paper id, queries and candidates
 * @param queries by key {@code PID_FACET}
 * @param testFolds by facet ({@code background}, {@code method}, {@code result}, {@code all}): the
 *     query keys of {@code fold1_test} and {@code fold2_test}
 */
public record Csfcube(
    Map<String, PaperText> papers,
    Map<String, Query> queries,
    Map<String, List<List<String>>> testFolds) {
  public static final List<String> FACETS = List.of("background", "method", "result");

  /** A relevance grade of at least this counts as relevant for MAP and R-precision. */
  public static final int RELEVANT_GRADE = 2;

  public Csfcube {
    papers = Map.copyOf(papers);
    queries = Map.copyOf(queries);
    testFolds = Map.copyOf(testFolds);
    for (Query q : queries.values()) {
      if (!papers.containsKey(q.paperId())) {
        throw new IllegalArgumentException("no text for query paper " + q.paperId());
      }
      for (String c : q.candidates()) {
        if (!papers.containsKey(c)) {
          throw new IllegalArgumentException("no text for candidate " + c + " of " + q.key());
        }
      }
    }
  }

  /** A paper's text as the annotators saw it, sentence labels removed. */
  public record PaperText(String title, String abstractText) {
    public PaperText {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(abstractText, "abstractText");
    }

    /** Title and abstract as one passage, the input of lexical and dense models. */
    public String passage() {
      return title + ". " + abstractText;
    }
  }

  /** One query paper under one facet, with its graded pool. */
  public record Query(
      String paperId, String facet, List<String> candidates, Map<String, Integer> grades) {
    public Query {
      if (!FACETS.contains(facet)) {
        throw new IllegalArgumentException("unknown facet '" + facet + "' for query " + paperId);
      }
      candidates = List.copyOf(candidates);
      grades = Map.copyOf(grades);
      if (candidates.size() != grades.size()) {
        throw new IllegalArgumentException(
            "query "
                + paperId
                + "_"
                + facet
                + " has "
                + candidates.size()
                + " candidates but "
                + grades.size()
                + " grades");
      }
    }

    public String key() {
      return paperId + "_" + facet;
    }

    /**
     * The grades of {@code ranking} in rank order. Like {@code ranking_eval.py}, a ranking may
     * leave candidates out (the shipped SPECTER ranking of one pool does); they then count nowhere.
     */
    public int[] gradesInOrder(List<String> ranking) {
      if (ranking.size() > candidates.size()
          || new java.util.HashSet<>(ranking).size() != ranking.size()) {
        throw new IllegalArgumentException(
            "ranking of "
                + key()
                + " has "
                + ranking.size()
                + " items or repeats one; pool has "
                + candidates.size());
      }
      int[] out = new int[ranking.size()];
      for (int i = 0; i < out.length; i++) {
        Integer g = grades.get(ranking.get(i));
        if (g == null) {
          throw new IllegalArgumentException(ranking.get(i) + " is not in the pool of " + key());
        }
        out[i] = g;
      }
      return out;
    }
  }

  private static final Pattern PAPER_ID = Pattern.compile("^paper_id: (\\S+);");
  private static final Pattern LABELLED_SENTENCE =
      Pattern.compile("^(?:ABSTRACT: )?[a-z]+_label: (.*)$");

  public static Csfcube load(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Query> queries = new TreeMap<>();
    for (String facet : FACETS) {
      JsonNode anns =
          json.readTree(dir.resolve("test-pid2anns-csfcube-" + facet + ".json").toFile());
      for (Map.Entry<String, JsonNode> e : anns.properties()) {
        List<String> cands = new ArrayList<>();
        Map<String, Integer> grades = new LinkedHashMap<>();
        JsonNode c = e.getValue().get("cands");
        JsonNode g = e.getValue().get("relevance_adju");
        for (int i = 0; i < c.size(); i++) {
          cands.add(c.get(i).asText());
          grades.put(c.get(i).asText(), g.get(i).asInt());
        }
        Query q = new Query(e.getKey(), facet, cands, grades);
        queries.put(q.key(), q);
      }
    }
    Map<String, List<List<String>>> folds = new TreeMap<>();
    JsonNode splits = json.readTree(dir.resolve("evaluation_splits.json").toFile());
    for (Map.Entry<String, JsonNode> e : splits.properties()) {
      List<List<String>> both = new ArrayList<>();
      for (String fold : List.of("fold1_test", "fold2_test")) {
        List<String> keys = new ArrayList<>();
        e.getValue().get(fold).forEach(k -> keys.add(k.asText()));
        both.add(List.copyOf(keys));
      }
      folds.put(e.getKey(), both);
    }
    return new Csfcube(readTexts(dir.resolve("readable_annotations")), queries, folds);
  }

  /**
   * Parses the {@code readable_annotations/*.txt} files: paper id, TITLE line, labelled sentences.
   */
  static Map<String, PaperText> readTexts(Path dir) throws IOException {
    Map<String, PaperText> texts = new TreeMap<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.txt")) {
      for (Path f : files) {
        parseAnnotations(Files.readAllLines(f, StandardCharsets.UTF_8), texts);
      }
    }
    return texts;
  }

  static void parseAnnotations(List<String> lines, Map<String, PaperText> into) {
    String id = null;
    String title = null;
    List<String> sentences = new ArrayList<>();
    for (String line : lines) {
      Matcher idLine = PAPER_ID.matcher(line);
      if (idLine.find() || line.startsWith("=====")) {
        addText(id, title, sentences, into);
        id = idLine.find(0) ? idLine.group(1) : null;
        title = null;
        sentences.clear();
      } else if (id != null && title == null && line.startsWith("TITLE: ")) {
        title = line.substring("TITLE: ".length()).strip();
      } else if (id != null && title != null && !line.isBlank()) {
        Matcher sentence = LABELLED_SENTENCE.matcher(line);
        sentences.add((sentence.matches() ? sentence.group(1) : line).strip());
      }
    }
    addText(id, title, sentences, into);
  }

  private static void addText(
      String id, String title, List<String> sentences, Map<String, PaperText> into) {
    if (id != null && title != null) {
      into.putIfAbsent(id, new PaperText(title, String.join(" ", sentences)));
    }
  }
}
