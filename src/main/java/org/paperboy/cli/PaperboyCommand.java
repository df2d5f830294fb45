package org.paperboy.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level command; its options apply to every subcommand. */
@Command(
    name = "paperboy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Research-paper discovery: ingest, deduplicate, search and serve papers.",
    subcommands = {
      IngestCommand.class,
      EnrichCommand.class,
      EmbedCommand.class,
      SearchCommand.class,
      ReindexCommand.class,
      ServeCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      BibtexCommand.class,
      ImportCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      HarvestCommand.class
    })
public final class PaperboyCommand {

  @Option(
      names = "--data-dir",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "Where all state lives (store, index). Default: $PAPERBOY_HOME, else ~/.paperboy.")
  Path dataDir;

  Path dataDir() {
    if (dataDir != null) {
      return dataDir;
    }
    String env = System.getenv("PAPERBOY_HOME");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    return Path.of(System.getProperty("user.home"), ".paperboy");
  }
}
