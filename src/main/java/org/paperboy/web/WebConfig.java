package org.paperboy.web;

import java.util.Objects;
import java.util.function.Supplier;
import org.paperboy.harvest.Bootstrap;
import org.paperboy.index.PaperIndex;
import org.paperboy.store.PaperStore;

/**
 * Everything the web app needs, in one object.
 *
 * @param host interface to bind, e.g. {@code 127.0.0.1} (the default: a laptop service is not
 *     public by accident)
 * @param port TCP port, 0 for any free port
 * @param store the paper store, shared and owned by the caller
 * @param index the search index, shared and owned by the caller
 * @param bootstrap the status of a first-run bootstrap, or a supplier of null when there is none
 */
public record WebConfig(
    String host,
    int port,
    PaperStore store,
    PaperIndex index,
    Supplier<Bootstrap.Status> bootstrap) {
  public WebConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(index, "index");
    bootstrap = bootstrap == null ? () -> null : bootstrap;
  }

  /** A server without a first-run bootstrap. */
  public WebConfig(String host, int port, PaperStore store, PaperIndex index) {
    this(host, port, store, index, null);
  }
}
