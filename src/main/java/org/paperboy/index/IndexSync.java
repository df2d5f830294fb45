package org.paperboy.index;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.paperboy.domain.Paper;
import org.paperboy.store.PaperStore;

/**
 * Brings a derived index up to date with the store. The index records the store revision it
 * reflects, so a crash between a store commit and an index commit is repaired by the next catch-up,
 * and a rebuild is just a catch-up from revision 0 into an empty index.
 *
 * <p>Batches read from the store are indexed by {@link #THREADS} worker threads while the next
 * batch is read ({@link PaperIndex#upsert} is thread-safe). Not thread-safe itself: run one sync at
 * a time per index.
 */
public final class IndexSync {
  static final int THREADS = 2;
  private static final int BATCH = 1000;
  private final PaperStore store;
  private final PaperIndex index;

  public IndexSync(PaperStore store, PaperIndex index) {
    this.store = store;
    this.index = index;
  }

  /** Indexes every paper changed since the index's last commit; returns how many were indexed. */
  public long catchUp(LongConsumer progress) {
    long target = store.revision();
    long from = index.indexedRevision();
    if (from >= target) {
      return 0;
    }
    AtomicLong done = new AtomicLong();
    ExecutorService workers =
        Executors.newFixedThreadPool(THREADS, r -> daemon(r, "paperboy-index"));
    List<Future<?>> pending = new ArrayList<>();
    try {
      List<Paper> batch = new ArrayList<>(BATCH);
      store.forEachPaper(
          from,
          p -> {
            batch.add(p);
            if (batch.size() == BATCH) {
              pending.add(submit(workers, List.copyOf(batch), done, progress));
              batch.clear();
              awaitAllButLast(pending);
            }
          });
      pending.add(submit(workers, List.copyOf(batch), done, progress));
      pending.forEach(IndexSync::await);
    } finally {
      workers.shutdownNow();
    }
    index.commit(target);
    return done.get();
  }

  /** Empties the index and indexes every paper in the store. */
  public long rebuild(LongConsumer progress) {
    index.clear();
    index.commit(0);
    return catchUp(progress);
  }

  private Future<?> submit(
      ExecutorService workers, List<Paper> batch, AtomicLong done, LongConsumer progress) {
    return workers.submit(
        () -> {
          index.upsert(batch);
          progress.accept(done.addAndGet(batch.size()));
        });
  }

  /** Bounds memory: at most {@link #THREADS} batches in flight besides the one being read. */
  private static void awaitAllButLast(List<Future<?>> pending) {
    while (pending.size() > THREADS) {
      await(pending.remove(0));
    }
  }

  private static void await(Future<?> f) {
    try {
      f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while indexing", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }
}
