package org.paperboy.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.paperboy.store.PaperJson;
import org.paperboy.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code paperboy stats}: what the data directory holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = "Counts papers, source records and skipped rows.")
final class StatsCommand implements Callable<Integer> {
  @ParentCommand PaperboyCommand top;

  @Option(names = "--json", description = "Print as JSON.")
  boolean json;

  @Option(
      names = "--checksum",
      description = "Also compute a SHA-256 over all papers and records (reads everything).")
  boolean checksum;

  @Override
  public Integer call() {
    try (Home home = new Home(top.dataDir())) {
      StoreStats s = home.store().stats();
      Long indexed = Files.isDirectory(home.indexDir()) ? home.searchIndex().size() : null;
      String sum = checksum ? home.store().checksum() : null;
      if (json) {
        ObjectNode n = PaperJson.MAPPER.createObjectNode();
        n.put("dataDir", home.dir().toAbsolutePath().toString());
        n.put("papers", s.papers());
        n.put("papersWithAbstract", s.papersWithAbstract());
        n.put("sourceRecords", s.sourceRecords());
        n.put("listingDays", s.listingDays());
        n.put(
            "firstListingDay", s.firstListingDay() == null ? null : s.firstListingDay().toString());
        n.put("lastListingDay", s.lastListingDay() == null ? null : s.lastListingDay().toString());
        n.put("ingestedFiles", s.ingestedFiles());
        ObjectNode skipped = n.putObject("skipped");
        s.skipped().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .forEach(e -> skipped.put(e.getKey(), e.getValue()));
        n.put("skippedTotal", s.skippedTotal());
        n.put("revision", s.revision());
        n.put("indexedPapers", indexed);
        if (sum != null) {
          n.put("checksum", sum);
        }
        System.out.println(n.toPrettyString());
      } else {
        System.out.printf(Locale.ROOT, "data dir          %s%n", home.dir().toAbsolutePath());
        System.out.printf(
            Locale.ROOT,
            "papers            %,d (%,d with abstract)%n",
            s.papers(),
            s.papersWithAbstract());
        System.out.printf(
            Locale.ROOT,
            "source records    %,d from %,d files%n",
            s.sourceRecords(),
            s.ingestedFiles());
        System.out.printf(
            Locale.ROOT,
            "listing days      %,d (%s … %s)%n",
            s.listingDays(),
            s.firstListingDay(),
            s.lastListingDay());
        System.out.printf(
            Locale.ROOT,
            "indexed papers    %s%n",
            indexed == null ? "no index" : String.format(Locale.ROOT, "%,d", indexed));
        System.out.printf(Locale.ROOT, "skipped rows      %,d%n", s.skippedTotal());
        s.skipped()
            .forEach(
                (reason, count) -> System.out.printf(Locale.ROOT, "  %-16s%,d%n", reason, count));
        if (sum != null) {
          System.out.printf(Locale.ROOT, "checksum          %s%n", sum);
        }
      }
      return 0;
    }
  }
}
