package org.paperboy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.paperboy.domain.Paper;
import org.paperboy.index.SearchHit;
import org.paperboy.index.SearchQuery;
import org.paperboy.index.SearchResults;
import org.paperboy.store.PaperJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code paperboy search "QUERY"}: keyword search from the command line. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Searches papers by keyword (BM25).")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand PaperboyCommand top;

  @Parameters(
      index = "0",
      paramLabel = "QUERY",
      description = "Words, \"phrases\", or fields: title:, abstract:, author:.")
  String query;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Earliest listing date.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Latest listing date.")
  LocalDate to;

  @Option(
      names = "--category",
      paramLabel = "CAT",
      description = "Only papers in this category (repeatable), e.g. cs.CL.")
  Set<String> categories = Set.of();

  @Option(
      names = "--limit",
      defaultValue = "10",
      description = "Number of results (default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print results as JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (Home home = new Home(top.dataDir())) {
      SearchResults results =
          home.searchIndex().search(new SearchQuery(query, from, to, categories, 0, limit));
      Map<Long, Paper> papers = new HashMap<>();
      home.store()
          .papers(results.hits().stream().map(SearchHit::paperId).toList())
          .forEach(p -> papers.put(p.id(), p));
      if (json) {
        printJson(results, papers);
      } else {
        printText(results, papers);
      }
      return 0;
    }
  }

  private static void printText(SearchResults results, Map<Long, Paper> papers) {
    System.out.printf(
        Locale.ROOT,
        "%,d%s papers match%n%n",
        results.totalHits(),
        results.totalIsExact() ? "" : "+");
    int rank = 1;
    for (SearchHit hit : results.hits()) {
      Paper p = papers.get(hit.paperId());
      if (p == null) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "%2d. %s  [%s]%n",
          rank++,
          p.title(),
          p.ids().arxivId() == null ? "#" + p.id() : "arXiv:" + p.ids().arxivId());
      System.out.printf(
          Locale.ROOT,
          "    %s · %s · score %.2f%n",
          authors(p.authors().stream().map(a -> a.name()).toList()),
          p.firstSeen(),
          hit.score());
      if (hit.snippetHtml() != null) {
        System.out.println("    " + TerminalText.fromHighlight(hit.snippetHtml()));
      }
      System.out.println();
    }
  }

  private static String authors(List<String> names) {
    return names.size() <= 3
        ? String.join(", ", names)
        : String.join(", ", names.subList(0, 3)) + " et al.";
  }

  private static void printJson(SearchResults results, Map<Long, Paper> papers) {
    ObjectNode root = PaperJson.MAPPER.createObjectNode();
    root.put("totalHits", results.totalHits());
    root.put("totalIsExact", results.totalIsExact());
    ArrayNode hits = root.putArray("hits");
    for (SearchHit hit : results.hits()) {
      Paper p = papers.get(hit.paperId());
      if (p == null) {
        continue;
      }
      ObjectNode n = hits.addObject();
      n.put("score", hit.score());
      n.put("snippetHtml", hit.snippetHtml());
      n.set("paper", PaperJson.encode(p));
    }
    System.out.println(root.toPrettyString());
  }
}
