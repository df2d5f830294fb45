package org.paperboy.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Turns Ctrl-C into a polite stop: the long-running command sees {@link #getAsBoolean()} turn true,
 * finishes the unit of work it is in (one file, one page) and commits, while the JVM waits for it
 * before exiting.
 */
final class StopSignal implements BooleanSupplier, AutoCloseable {
  private static final long GRACE_SECONDS = 60;
  private volatile boolean stopRequested;
  private final CountDownLatch finished = new CountDownLatch(1);
  private final Thread hook;

  StopSignal() {
    hook = new Thread(this::onShutdown, "paperboy-stop");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  private void onShutdown() {
    stopRequested = true;
    System.err.println(
        "\nStopping after the current unit of work; run the same command again to resume.");
    try {
      finished.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean getAsBoolean() {
    return stopRequested;
  }

  @Override
  public void close() {
    finished.countDown();
    if (!stopRequested) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already shutting down: the hook runs and returns at once since we counted
        // down.
        stopRequested = true;
      }
    }
  }
}
