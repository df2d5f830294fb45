package org.paperboy.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A console progress bar with count, rate and ETA, drawn on standard error. Not thread-safe. */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;
  private boolean closed;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * @param total the expected count, or -1 when unknown
   */
  static Progress of(String task, long total, String unit) {
    ProgressBar bar =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setUnit(" " + unit, 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(500)
            .showSpeed()
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
            .build();
    return new Progress(bar);
  }

  void stepTo(long n) {
    bar.stepTo(n);
  }

  void step() {
    bar.step();
  }

  void message(String text) {
    bar.setExtraMessage(text);
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      bar.close();
    }
  }
}
