package org.paperboy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.paperboy.index.IndexSync;
import org.paperboy.index.PaperIndex;
import org.paperboy.lucene.LucenePaperIndex;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

/**
 * The data directory of one Paperboy instance and the store and index inside it, opened on first
 * use and closed together. Not thread-safe: owned by one command.
 */
final class Home implements AutoCloseable {
  private final Path dir;
  private PaperStore store;
  private PaperIndex index;

  Home(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  Path indexDir() {
    return dir.resolve("index");
  }

  PaperStore store() {
    if (store == null) {
      store = JdbcPaperStore.sqlite(dir);
    }
    return store;
  }

  /** The index opened for writing (one process at a time). */
  PaperIndex index() {
    if (index == null) {
      index = LucenePaperIndex.open(indexDir());
    }
    return index;
  }

  /** The index opened for searching only; works while a server holds the writer. */
  PaperIndex searchIndex() {
    if (index == null) {
      if (!Files.isDirectory(indexDir())) {
        throw new IllegalStateException(
            "no search index in " + dir + "; run 'paperboy ingest' or 'paperboy reindex'");
      }
      index = LucenePaperIndex.openReadOnly(indexDir());
    }
    return index;
  }

  /**
   * Brings the writable index up to date with the store, with a progress bar when there is much to
   * do.
   */
  long syncIndex() {
    PaperIndex idx = index();
    long behind = store().revision() - idx.indexedRevision();
    if (behind <= 0) {
      return 0;
    }
    try (Progress progress = Progress.of("index", -1, "papers")) {
      return new IndexSync(store(), idx).catchUp(progress::stepTo);
    }
  }

  @Override
  public void close() {
    try {
      if (index != null) {
        index.close();
      }
    } finally {
      if (store != null) {
        store.close();
      }
    }
  }
}
