package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.SharedTestData;
import org.paperboy.domain.Author;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;
import org.paperboy.store.StoreStats;

/** Five real collection files of ../shared/data/acl-anthology/xml, new-style and old-style. */
class AclAnthologyIT {
  /** Counted independently from the files: every {@code <paper>}, and those with abstract text. */
  private static final int PAPERS = 1249 + 763 + 46 + 87 + 1247;

  private static final int WITH_ABSTRACT = 1249 + 763 + 0 + 77 + 1097;

  @TempDir static Path dir;
  static PaperStore store;
  static List<Path> files;
  static IngestCounts first;
  static final Map<String, Paper> byAclId = new HashMap<>();

  @BeforeAll
  static void ingest() {
    Path xml = SharedTestData.require("acl-anthology/xml");
    files =
        List.of("2010.amta", "2023.acl", "J10", "P19", "W18").stream()
            .map(c -> xml.resolve(c + ".xml.gz"))
            .toList();
    store = JdbcPaperStore.sqlite(dir.resolve("data"));
    first = runner().run(files, Optional.empty(), () -> false);
    store.forEachPaper(0, p -> byAclId.put(p.ids().aclId(), p));
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  private static IngestRunner runner() {
    return new IngestRunner(store, SourceReaders.all(), IngestListener.NONE);
  }

  @Test
  void everyPaperElementIsOnePaperAndOneRecordWithNothingSkipped() {
    StoreStats stats = store.stats();

    assertThat(first.filesRead()).isEqualTo(5);
    assertThat(first.filesFailed()).isZero();
    assertThat(stats.papers()).isEqualTo(PAPERS);
    assertThat(stats.sourceRecords()).isEqualTo(PAPERS);
    assertThat(stats.papersWithAbstract()).isEqualTo(WITH_ABSTRACT);
    assertThat(stats.skippedTotal()).isZero();
    assertThat(stats.listingDays()).isZero();
    assertThat(byAclId).hasSize(PAPERS);
  }

  @Test
  void aNewStylePaperHasItsTitleDoiAuthorsVenueAndLinks() {
    Paper p = byAclId.get("2023.acl-long.1");

    assertThat(p.title())
        .isEqualTo(
            "One Cannot Stand for Everyone! Leveraging Multiple User Simulators to train"
                + " Task-oriented Dialogue Systems");
    assertThat(p.ids().doi()).isEqualTo("10.18653/v1/2023.acl-long.1");
    assertThat(p.authors()).hasSize(8);
    assertThat(p.authors().get(0)).isEqualTo(new Author("Yajiao Liu"));
    assertThat(p.authors().get(7)).isEqualTo(new Author("Benyou Wang"));
    assertThat(p.abstractText())
        .startsWith("User simulators are agents designed to imitate human users;")
        .contains("only one ad hoc user simulator", "a method called MUST_adaptive that balances")
        .doesNotContain("<i>", "tex-math", "\\mathrm");
    assertThat(p.venue())
        .isEqualTo(
            "Proceedings of the 61st Annual Meeting of the Association for Computational"
                + " Linguistics (Volume 1: Long Papers)");
    assertThat(p.year()).isEqualTo(2023);
    assertThat(p.firstPublished()).isNull();
    assertThat(p.links())
        .containsExactly(
            Link.of("anthology", "https://aclanthology.org/2023.acl-long.1"),
            Link.of("pdf", "https://aclanthology.org/2023.acl-long.1.pdf"),
            Link.of("doi", "https://doi.org/10.18653/v1/2023.acl-long.1"));

    List<SourceRecord> records = store.sourceRecords(p.id());
    assertThat(records).hasSize(1);
    assertThat(records.get(0).sourceId()).isEqualTo("2023.acl-long.1");
    assertThat(records.get(0).origin()).isEqualTo("2023.acl.xml.gz:30");
    assertThat(records.get(0).payload())
        .startsWith("<paper id=\"1\" collection=\"2023.acl\" volume=\"long\" year=\"2023\"");
  }

  @Test
  void authorsWithAnAnthologyIdKeepIt() {
    assertThat(byAclId.get("2023.acl-long.77").authors())
        .containsExactly(
            new Author("Wang Jing"),
            new Author("Aixin Sun"),
            new Author("Hao Zhang", "acl:hao-zhang"),
            new Author("Xiaoli Li"));
  }

  @Test
  void oldStyleIdsArePaddedAsTheAnthologyPadsThem() {
    assertThat(byAclId.get("P19-1001").title())
        .startsWith("One Time of Interaction May Not Be Enough: Go Deep");
    assertThat(byAclId.get("P19-1001").ids().doi()).isEqualTo("10.18653/v1/p19-1001");
    assertThat(byAclId).containsKeys("J10-1006", "W18-6481", "W18-6482");
  }

  @Test
  void papersThatShareADoiInTheFileStayApart() {
    assertThat(byAclId.get("J10-1006").ids().doi()).isEqualTo("10.1162/coli.2010.36.1.36105");
    assertThat(byAclId.get("J10-1008").title()).startsWith("Last Words: Failure is an Orphan");
    assertThat(byAclId.get("J10-1008").ids().doi()).isNull();
    assertThat(byAclId.get("W18-6482").title())
        .isEqualTo("Alibaba Submission to the WMT18 Parallel Corpus Filtering Task");
  }

  @Test
  void theIdFollowsThePaperNotItsPdfFileName() {
    Paper p = byAclId.get("2010.amta-government.18");

    assertThat(p.title()).isEqualTo("Parallel Corpus Development at NVTC");
    assertThat(p.links())
        .contains(Link.of("pdf", "https://aclanthology.org/2010.amta-government.19.pdf"));
    assertThat(byAclId).doesNotContainKey("2010.amta-government.19");
  }

  @Test
  void aSecondRunAndAForcedRereadAddNothing() {
    IngestCounts again = runner().run(files, Optional.empty(), () -> false);
    assertThat(again.filesAlreadyIngested()).isEqualTo(5);
    assertThat(again.filesRead()).isZero();

    IngestCounts reread = runner().rereadingKnownFiles().run(files, Optional.empty(), () -> false);
    assertThat(reread.recordsUnchanged()).isEqualTo(PAPERS);
    assertThat(reread.papersAdded()).isZero();
    assertThat(reread.papersUpdated()).isZero();
    assertThat(reread.recordsAdded()).isZero();
  }
}
