package org.paperboy.http;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP server on a random loopback port that answers with recorded responses, for testing
 * connectors against what the real services sent. Requests are matched by method, path and query
 * parameters (in any order); several responses for the same request are served in turn, the last
 * one repeating. Unmatched requests get a 599 naming what was asked, so a test sees its mistake.
 *
 * <p>Thread-safe. Close it after the test.
 */
public final class ReplayServer implements AutoCloseable {
  /** A recorded response. */
  public record Response(int status, Map<String, String> headers, byte[] body) {
    public static Response ok(String body, String contentType) {
      return new Response(
          200, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    public static Response status(int status, Map<String, String> headers, String body) {
      return new Response(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final Map<String, Deque<Response>> responses = new ConcurrentHashMap<>();
  private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
  private final Javalin javalin;

  private ReplayServer() {
    javalin =
        Javalin.create(
            cfg -> {
              cfg.jetty.host = "127.0.0.1";
              cfg.jetty.port = 0;
              cfg.routes.get("/<path>", this::answer);
              cfg.routes.post("/<path>", this::answer);
            });
  }

  public static ReplayServer start() {
    ReplayServer server = new ReplayServer();
    server.javalin.start();
    return server;
  }

  /** The base URL to give the client under test instead of the real service's. */
  public String baseUrl() {
    return "http://127.0.0.1:" + javalin.port();
  }

  /**
   * Answers {@code method url} (a recorded absolute URL or a path with query) with the given
   * responses in turn.
   */
  public ReplayServer on(String method, String url, Response... inTurn) {
    responses
        .computeIfAbsent(key(method, URI.create(url)), k -> new ArrayDeque<>())
        .addAll(List.of(inTurn));
    return this;
  }

  /** Every request received so far, as {@code METHOD path?query}. */
  public List<String> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void answer(Context ctx) {
    String query = ctx.queryString();
    URI uri = URI.create(ctx.path() + (query == null ? "" : "?" + query));
    requests.add(ctx.method() + " " + uri);
    Deque<Response> queue = responses.get(key(ctx.method().name(), uri));
    if (queue == null || queue.isEmpty()) {
      ctx.status(599).result("no recorded response for " + ctx.method() + " " + uri);
      return;
    }
    Response r = queue.size() > 1 ? queue.poll() : queue.peek();
    ctx.status(r.status());
    r.headers().forEach(ctx::header);
    ctx.result(r.body());
  }

  /** Method, path and the query parameters sorted, so parameter order does not matter. */
  static String key(String method, URI uri) {
    Map<String, String> params = new TreeMap<>();
    String query = uri.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String name =
            java.net.URLDecoder.decode(
                eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0
                ? ""
                : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.merge(name, value, (a, b) -> a + "," + b);
      }
    }
    return method.toUpperCase(java.util.Locale.ROOT) + " " + uri.getRawPath() + " " + params;
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
