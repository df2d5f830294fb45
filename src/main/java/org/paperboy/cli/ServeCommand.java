package org.paperboy.cli;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.paperboy.harvest.ArxivApiClient;
import org.paperboy.harvest.Bootstrap;
import org.paperboy.harvest.HttpFetcher;
import org.paperboy.index.IndexSync;
import org.paperboy.web.WebApp;
import org.paperboy.web.WebConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code paperboy serve}: the web UI and JSON API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serves the web UI and the JSON API until stopped (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
  private Bootstrap bootstrap(Home home) {
    List<String> categories = Bootstrap.parseSpec(bootstrap);
    ArxivApiClient api =
        new ArxivApiClient(
            HarvestCommand.fetcher(3),
            new ArxivApiClient.Config(bootstrapUrl, 200),
            Clock.systemUTC());
    IndexSync sync = new IndexSync(home.store(), home.index());
    return new Bootstrap(
        home.store(),
        api,
        categories,
        7,
        Clock.systemUTC(),
        HttpFetcher.Sleeper.REAL,
        () -> sync.catchUp(n -> {}));
  }

  @ParentCommand PaperboyCommand top;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "TCP port (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Interface to listen on (default ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(
      names = "--bootstrap",
      paramLabel = "arxiv:CATS",
      description = {
        "On start, fetch the last 7 days of these arXiv categories in the background, e.g. arxiv:cs.LG,cs.CL."
      })
  String bootstrap;

  @Option(
      names = "--bootstrap-url",
      defaultValue = "https://export.arxiv.org/api/query",
      hidden = true)
  URI bootstrapUrl;

  @Override
  public Integer call() throws InterruptedException {
    Home home = new Home(top.dataDir());
    home.syncIndex();
    Bootstrap first = bootstrap == null ? null : bootstrap(home);
    WebApp app =
        new WebApp(
                new WebConfig(
                    host, port, home.store(), home.index(), first == null ? null : first::status))
            .start();
    if (first != null) {
      Thread t = new Thread(first, "paperboy-bootstrap");
      t.setDaemon(true);
      t.start();
    }
    System.out.printf(
        Locale.ROOT,
        "Paperboy: http://%s:%d/  (%,d papers; Ctrl-C to stop)%n",
        host,
        app.port(),
        home.store().stats().papers());
    if (first == null && home.store().stats().papers() == 0) {
      System.out.println(
          "No papers yet. Load some with ./paperboy ingest PATH, or fetch the last week of your"
              + " fields with ./paperboy serve --bootstrap arxiv:cs.LG,cs.CL");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    app.stop();
                  } finally {
                    home.close();
                    stopped.countDown();
                  }
                },
                "paperboy-serve-stop"));
    stopped.await();
    return 0;
  }
}
