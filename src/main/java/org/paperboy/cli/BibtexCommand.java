package org.paperboy.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.format.BibtexWriter;
import org.paperboy.index.SearchHit;
import org.paperboy.index.SearchQuery;
import org.paperboy.ingest.BibtexReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code paperboy bibtex [QUERY]}: search results, or every paper, as a BibTeX file. */
@Command(
    name = "bibtex",
    mixinStandardHelpOptions = true,
    description = {
      "Writes papers as BibTeX (UTF-8): the best matches for QUERY, or every paper without one.",
      "Papers read from a .bib file keep that file and key as their citation key (lab.bib/smith2020)."
    })
final class BibtexCommand implements Callable<Integer> {
  private static final int DEFAULT_SEARCH_LIMIT = 100;

  @ParentCommand PaperboyCommand top;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "QUERY",
      description = "Words, \"phrases\", or fields: title:, abstract:, author:.")
  String query;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description =
          "At most N papers (default: "
              + DEFAULT_SEARCH_LIMIT
              + " with a query, at most "
              + SearchQuery.MAX_LIMIT
              + "; all without one).")
  Integer limit;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Output file; '-' (default) for standard output.")
  String output = "-";

  @Override
  public Integer call() {
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
    }
    try (Home home = new Home(top.dataDir())) {
      boolean toStdout = "-".equals(output);
      Path partial = toStdout ? null : Path.of(output + ".partial");
      long written;
      try {
        Writer out = writer(partial);
        try {
          BibtexWriter bibtex = new BibtexWriter(out);
          if (query == null) {
            writeAll(home, bibtex);
          } else {
            writeMatches(home, bibtex);
          }
          written = bibtex.written();
        } finally {
          // Standard output stays open for whoever prints next.
          if (toStdout) {
            out.flush();
          } else {
            out.close();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + output, e);
      }
      if (!toStdout) {
        move(partial, Path.of(output));
        System.err.printf(Locale.ROOT, "wrote %,d BibTeX entries to %s%n", written, output);
      }
      return 0;
    }
  }

  private void writeMatches(Home home, BibtexWriter bibtex) throws IOException {
    int n = limit == null ? DEFAULT_SEARCH_LIMIT : limit;
    List<Long> ids =
        home.searchIndex().search(SearchQuery.of(query, n)).hits().stream()
            .map(SearchHit::paperId)
            .toList();
    for (Paper paper : home.store().papers(ids)) {
      bibtex.write(paper, home.store().sourceRecords(paper.id()));
    }
  }

  /** Streams the store in id order; only the BibTeX source records are held, for the keys. */
  private void writeAll(Home home, BibtexWriter bibtex) throws IOException {
    Map<Long, List<SourceRecord>> bibtexRecords = new HashMap<>();
    home.store()
        .forEachSourceRecord(
            (paperId, record) -> {
              if (record.source().equals(BibtexReader.SOURCE)) {
                bibtexRecords.putIfAbsent(paperId, List.of(record));
              }
            });
    long max = limit == null ? Long.MAX_VALUE : limit;
    try {
      home.store()
          .forEachPaper(
              0,
              paper -> {
                if (bibtex.written() < max) {
                  write(bibtex, paper, bibtexRecords.getOrDefault(paper.id(), List.of()));
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void write(BibtexWriter bibtex, Paper paper, List<SourceRecord> records) {
    try {
      bibtex.write(paper, records);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Writer writer(Path file) throws IOException {
    OutputStream os = file == null ? System.out : Files.newOutputStream(file);
    return new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Written under a temporary name first, so an interrupted run leaves no truncated file. */
  private static void move(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + from + " to " + to, e);
    }
  }
}
