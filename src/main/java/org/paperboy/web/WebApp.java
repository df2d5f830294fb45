package org.paperboy.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.paperboy.store.PaperJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Paperboy web server: pages and their JSON twins.
 *
 * <p>Lifecycle: {@link #start()} once, {@link #stop()} once. The store and index belong to the
 * caller, who closes them after stopping the server. Request handling is concurrent; the store and
 * index are thread-safe.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
  private static final String ERROR_RENDERED = "paperboy.errorRendered";
  private final WebConfig config;
  private final Javalin javalin;
  private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

  public WebApp(WebConfig config) {
    this.config = config;
    Handlers h = new Handlers(config.store(), config.index(), config.bootstrap());
    this.javalin =
        Javalin.create(
            cfg -> {
              cfg.jsonMapper(
                  new JavalinJackson(
                      PaperJson.MAPPER
                          .copy()
                          .registerModule(
                              new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                          .disable(
                              com.fasterxml.jackson.databind.SerializationFeature
                                  .WRITE_DATES_AS_TIMESTAMPS),
                      false));
              cfg.staticFiles.enableWebjars();
              cfg.staticFiles.add(
                  files -> {
                    files.hostedPath = "/static";
                    files.directory = "/static";
                    files.location = Location.CLASSPATH;
                  });
              cfg.jetty.host = config.host();
              cfg.jetty.port = config.port();
              cfg.routes.get("/", ctx -> render(ctx, "day.jte", h.day(ctx)));
              cfg.routes.get("/search", ctx -> render(ctx, "search.jte", h.search(ctx)));
              cfg.routes.get("/paper/{id}", ctx -> render(ctx, "paper.jte", h.paper(ctx)));
              cfg.routes.get("/api/day", ctx -> ctx.json(Handlers.dayJson(h.day(ctx))));
              cfg.routes.get("/api/search", ctx -> ctx.json(Handlers.searchJson(h.search(ctx))));
              cfg.routes.get("/api/papers/{id}", ctx -> ctx.json(Handlers.paperJson(h.paper(ctx))));
              cfg.routes.get(
                  "/api/papers/{id}/bibtex",
                  ctx ->
                      ctx.contentType("application/x-bibtex; charset=utf-8")
                          .result(Handlers.bibtex(h.paper(ctx))));
              cfg.routes.get("/api/stats", ctx -> ctx.json(config.store().stats()));
              cfg.routes.get("/health", ctx -> ctx.result("ok"));
              cfg.routes.get("/bootstrap", ctx -> render(ctx, "bootstrap.jte", h.bootstrap()));
              cfg.routes.get(
                  "/api/bootstrap",
                  ctx -> {
                    if (h.bootstrap() == null) {
                      throw HttpError.notFound("this server was started without --bootstrap");
                    }
                    ctx.json(h.bootstrap());
                  });
              cfg.routes.exception(
                  HttpError.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
              cfg.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
                  });
              cfg.routes.error(
                  404,
                  ctx -> {
                    if (ctx.attribute(ERROR_RENDERED) == null) {
                      error(ctx, 404, "no page at " + ctx.path());
                    }
                  });
            });
  }

  private void render(Context ctx, String template, Object model) {
    StringOutput out = new StringOutput();
    templates.render(template, model, out);
    ctx.contentType("text/html; charset=utf-8").result(out.toString());
  }

  /** Errors answer in one shape: RFC 9457 problem details for the API, an HTML page otherwise. */
  private void error(Context ctx, int status, String message) {
    ctx.attribute(ERROR_RENDERED, true);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      var problem = PaperJson.MAPPER.createObjectNode();
      problem.put("type", "about:blank");
      problem.put("title", HttpStatus.forStatus(status).getMessage());
      problem.put("status", status);
      problem.put("detail", message);
      problem.put("instance", ctx.path());
      ctx.contentType("application/problem+json").result(problem.toString());
    } else {
      render(ctx, "error.jte", new Pages.ErrorPage(status, message));
    }
  }

  public WebApp start() {
    javalin.start();
    LOG.info("Paperboy is serving on http://{}:{}/", config.host(), javalin.port());
    return this;
  }

  /** The port actually bound (useful with port 0). */
  public int port() {
    return javalin.port();
  }

  public void stop() {
    javalin.stop();
  }
}
