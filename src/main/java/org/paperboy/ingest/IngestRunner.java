package org.paperboy.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.store.IngestIssue;
import org.paperboy.store.IngestTransaction;
import org.paperboy.store.IngestedFile;
import org.paperboy.store.PaperStore;
import org.paperboy.store.Sha256;

/**
 * Ingests files into the store, one transaction per file, so that an interrupted run loses at most
 * the file it was reading and the next run resumes: files read to the end are known by content hash
 * and skipped, and records already stored are recognised by (source, id, payload hash). Running the
 * same ingest twice changes nothing.
 *
 * <p>Not thread-safe: one run at a time per instance; the store serialises concurrent writers
 * anyway.
 */
public final class IngestRunner {
  private final PaperStore store;
  private final List<SourceReader> readers;
  private final IngestListener listener;
  private final boolean rereadKnownFiles;

  public IngestRunner(PaperStore store, List<SourceReader> readers, IngestListener listener) {
    this(store, readers, listener, false);
  }

  private IngestRunner(
      PaperStore store, List<SourceReader> readers, IngestListener listener, boolean reread) {
    this.store = store;
    this.readers = List.copyOf(readers);
    this.listener = listener;
    this.rereadKnownFiles = reread;
  }

  /**
   * A runner that reads files even when they were read to the end before; records already stored
   * are still recognised, so this only costs time. For re-deriving papers after a reader changed.
   */
  public IngestRunner rereadingKnownFiles() {
    return new IngestRunner(store, readers, listener, true);
  }

  /**
   * Ingests every file under {@code paths} that a reader accepts (or all, when {@code source} names
   * the reader), in name order.
   *
   * @param stop polled between files; when it returns true the run ends after the current file
   */
  public IngestCounts run(List<Path> paths, Optional<String> source, BooleanSupplier stop) {
    List<Path> files = expand(paths, source);
    listener.started(files.size());
    IngestCounts counts = new IngestCounts();
    // Parsing (decompression, JSON, text cleaning) of the next file overlaps with writing the
    // current one: the
    // two halves cost about the same, and the machine this targets has two cores.
    ExecutorService parser =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "paperboy-parse");
              t.setDaemon(true);
              return t;
            });
    try {
      Future<ParsedFile> next =
          files.isEmpty() ? null : parser.submit(() -> parse(files.get(0), source));
      for (int i = 0; next != null; i++) {
        ParsedFile current = await(next);
        boolean more = i + 1 < files.size() && !stop.getAsBoolean();
        Path following = more ? files.get(i + 1) : null;
        next = more ? parser.submit(() -> parse(following, source)) : null;
        write(current, counts);
        listener.fileDone(current.file(), counts);
      }
    } finally {
      parser.shutdownNow();
    }
    return counts;
  }

  private static ParsedFile await(Future<ParsedFile> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
  }

  /** A file read into memory, ready to be written in one transaction. */
  private record ParsedFile(
      Path file,
      String name,
      String sha256,
      String source,
      boolean alreadyIngested,
      List<Event> events,
      IOException failure) {}

  private sealed interface Event permits Accepted, Skipped {}

  private record Accepted(SourceRecord record, Paper paper) implements Event {}

  private record Skipped(long line, String reason, String message) implements Event {}

  private ParsedFile parse(Path file, Optional<String> source) {
    SourceReader reader = readerFor(file, source);
    String name = file.getFileName().toString();
    String sha = sha256(file);
    if (!rereadKnownFiles && store.isFileIngested(sha)) {
      return new ParsedFile(file, name, sha, reader.source(), true, List.of(), null);
    }
    List<Event> events = new ArrayList<>();
    IOException failure = null;
    try {
      reader.read(
          file,
          new SourceReader.Sink() {
            @Override
            public void accept(SourceRecord record, Paper paper) {
              events.add(new Accepted(record, paper));
            }

            @Override
            public void skip(long line, String reason, String message) {
              events.add(new Skipped(line, reason, message));
            }
          });
    } catch (IOException e) {
      failure = e;
    }
    return new ParsedFile(file, name, sha, reader.source(), false, events, failure);
  }

  /** The files a run over {@code paths} would read, in the order it reads them. */
  public List<Path> expand(List<Path> paths, Optional<String> source) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> accepts(f, source))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else if (Files.isRegularFile(path)) {
        readerFor(path, source);
        files.add(path);
      } else {
        throw new IllegalArgumentException("no such file or directory: " + path);
      }
    }
    return files;
  }

  private boolean accepts(Path file, Optional<String> source) {
    return source.isPresent() || readers.stream().anyMatch(r -> r.accepts(file));
  }

  private SourceReader readerFor(Path file, Optional<String> source) {
    if (source.isPresent()) {
      return readers.stream()
          .filter(r -> r.source().equals(source.get()))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "unknown source '"
                          + source.get()
                          + "'; known: "
                          + readers.stream().map(SourceReader::source).toList()));
    }
    return readers.stream()
        .filter(r -> r.accepts(file))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no reader for " + file + "; name the source with --source"));
  }

  private void write(ParsedFile parsed, IngestCounts counts) {
    if (parsed.alreadyIngested()) {
      counts.filesAlreadyIngested++;
      return;
    }
    try (IngestTransaction tx = store.begin()) {
      FileSink sink = new FileSink(tx, parsed.name(), counts);
      for (Event event : parsed.events()) {
        switch (event) {
          case Accepted a -> sink.accept(a.record(), a.paper());
          case Skipped k -> sink.skip(k.line(), k.reason(), k.message());
        }
      }
      if (parsed.failure() == null) {
        tx.markFileIngested(
            new IngestedFile(
                parsed.sha256(), parsed.name(), parsed.source(), sink.lines, Instant.now()));
        counts.filesRead++;
      } else {
        // Keep what was read before the damage; the file is not marked done, so a fixed copy is
        // read again.
        counts.filesFailed++;
        sink.issue(
            new IngestIssue(
                parsed.name(),
                sink.lines + 1,
                "unreadable-file",
                String.valueOf(parsed.failure().getMessage())));
      }
      tx.commit();
    }
  }

  private static String sha256(Path file) {
    MessageDigest md = Sha256.digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  /** Writes one file's records into its transaction. */
  private final class FileSink implements SourceReader.Sink {
    private final IngestTransaction tx;
    private final String file;
    private final IngestCounts counts;
    long lines;

    FileSink(IngestTransaction tx, String file, IngestCounts counts) {
      this.tx = tx;
      this.file = file;
      this.counts = counts;
    }

    @Override
    public void accept(SourceRecord record, Paper paper) {
      lines++;
      counts.add(RecordWriter.write(tx, record, paper));
    }

    @Override
    public void skip(long line, String reason, String message) {
      lines = Math.max(lines, line);
      counts.rows++;
      issue(new IngestIssue(file, line, reason, message));
    }

    void issue(IngestIssue issue) {
      counts.skip(issue);
      tx.recordIssue(issue);
      listener.issue(issue);
    }
  }
}
