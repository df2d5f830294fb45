package org.paperboy.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

  @Override
  public Integer call() throws InterruptedException {
    Home home = new Home(top.dataDir());
    home.syncIndex();
    WebApp app = new WebApp(new WebConfig(host, port, home.store(), home.index())).start();
    System.out.printf(
        Locale.ROOT,
        "Paperboy: http://%s:%d/  (%,d papers; Ctrl-C to stop)%n",
        host,
        app.port(),
        home.store().stats().papers());
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
