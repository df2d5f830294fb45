package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.SharedTestData;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;

/** Six real paperlists files ingested into a fresh store. */
class PaperlistsIT {
  /** Elements in the six files: 490 + 710 + 1025 + 783 + 216 + 93. */
  static final long ROWS = 3317;

  @TempDir static Path dir;
  static PaperStore store;
  static PaperlistsReader reader;
  static List<Path> files;
  static IngestCounts first;
  static List<Paper> papers = new ArrayList<>();

  @BeforeAll
  static void ingest() {
    Path data = SharedTestData.require("paperlists");
    files =
        List.of(
            data.resolve("iclr/iclr2017.json.gz"),
            data.resolve("acl/acl2021.json.gz"),
            data.resolve("icra/icra2019.json.gz"),
            data.resolve("cvpr/cvpr2017.json.gz"),
            data.resolve("siggraph/siggraph2019.json.gz"),
            data.resolve("siggraphasia/siggraphasia2019.json.gz"));
    store = JdbcPaperStore.sqlite(dir);
    reader = new PaperlistsReader();
    first = runner().run(files, Optional.empty(), () -> false);
    store.forEachPaper(0, papers::add);
  }

  @AfterAll
  static void close() {
    if (store != null) {
      store.close();
    }
  }

  static IngestRunner runner() {
    return new IngestRunner(store, List.of(reader), IngestListener.NONE);
  }

  static Paper titled(String title) {
    return papers.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
  }

  @Test
  void everyElementIsARecordOrASkipAndOnlyTheSharedDoiMerges() {
    assertThat(first.filesRead()).isEqualTo(6);
    assertThat(first.rows()).isEqualTo(ROWS);
    assertThat(first.skipped()).containsExactlyEntriesOf(Map.of("missing-title", 1L));
    assertThat(first.recordsAdded()).isEqualTo(ROWS - 1);
    assertThat(store.stats().papers()).isEqualTo(ROWS - 2);
    assertThat(papers).hasSize((int) (ROWS - 2));
  }

  @Test
  void aRejectedIclrPaperIsKeptWithoutClaimingTheVenueAndWithoutEmails() {
    Paper p = titled("Prototypical Networks for Few-shot Learning");

    assertThat(p.venue()).isEqualTo("ICLR 2017 (rejected)");
    assertThat(p.comment()).isEqualTo("Reject");
    assertThat(p.year()).isEqualTo(2017);
    assertThat(p.ids().openReviewId()).isEqualTo("B1-Hhnslg");
    assertThat(p.authors())
        .containsExactly(
            new Author("Jake Snell"), new Author("Kevin Swersky"), new Author("Richard Zemel"));
    assertThat(p.abstractText()).startsWith("A recent approach to few-shot classification");
    assertThat(reader.droppedFields().get("author-id-email")).isPositive();
  }

  @Test
  void anAclPaperHasItsAnthologyIdAndAuthorIds() {
    Paper p =
        titled("A Bidirectional Transformer Based Alignment Model for Unsupervised Word Alignment");

    assertThat(p.ids().aclId()).isEqualTo("2021.acl-long.24");
    assertThat(p.venue()).isEqualTo("ACL 2021");
    assertThat(p.comment()).isEqualTo("Long");
    assertThat(p.authors())
        .containsExactly(
            new Author("Jingyi Zhang", "acl:jingyi-zhang"),
            new Author("Josef van Genabith", "acl:josef-van-genabith"));
    assertThat(p.links())
        .extracting(Link::rel, l -> l.url().toString())
        .contains(tuple("pdf", "https://aclanthology.org/2021.acl-long.24.pdf"));
  }

  @Test
  void anIcraPaperNamesEachAuthorOnceWithIeeeIds() {
    Paper p =
        titled(
            "1-Actuator 3-DoF Manipulation Using an Underactuated Mechanism with Multiple"
                + " Nonparallel and Viscoelastic Passive Joints");

    assertThat(p.authors())
        .containsExactly(
            new Author("Taisuke Kurita", "ieee:37086936234"),
            new Author("Mitsuru Higashimori", "ieee:37394385100"));
    assertThat(p.venue()).isEqualTo("ICRA 2019");
  }

  @Test
  void aCvprPaperIsFoundByItsArxivIdAndVersion() {
    Paper p = store.paperByArxivId(new ArxivId("1612.00496")).orElseThrow();

    assertThat(p.title()).isEqualTo("3D Bounding Box Estimation Using Deep Learning and Geometry");
    assertThat(p.ids().arxivVersion()).isEqualTo(2);
    assertThat(p.venue()).isEqualTo("CVPR 2017");
    assertThat(store.sourceRecords(p.id()))
        .extracting(SourceRecord::sourceId)
        .containsExactly("cvpr2017/@1");
  }

  @Test
  void theSameDoiInTwoSiggraphListsIsOnePaperWithTwoRecords() {
    List<Paper> dice =
        papers.stream().filter(p -> "10.1145/3355089.3356552".equals(p.ids().doi())).toList();

    assertThat(dice).hasSize(1);
    assertThat(store.sourceRecords(dice.get(0).id()))
        .extracting(SourceRecord::origin)
        .containsExactlyInAnyOrder("siggraph2019.json.gz:49", "siggraphasia2019.json.gz:35");
  }

  @Test
  void noStoredAuthorIdIsAnEmailAndEveryIdIsNamespaced() {
    List<String> ids = papers.stream().flatMap(p -> p.authors().stream()).map(Author::id).toList();

    assertThat(ids).filteredOn(id -> id != null).isNotEmpty().noneMatch(id -> id.contains("@"));
    assertThat(ids)
        .filteredOn(id -> id != null)
        .allMatch(id -> id.matches("(openreview|ieee|acl):.+"), "namespaced");
  }

  @Test
  void readingTheFilesAgainChangesNothing() {
    IngestCounts again = runner().run(files, Optional.empty(), () -> false);
    IngestCounts reread = runner().rereadingKnownFiles().run(files, Optional.empty(), () -> false);

    assertThat(again.filesAlreadyIngested()).isEqualTo(6);
    assertThat(reread.recordsAdded()).isZero();
    assertThat(reread.papersAdded()).isZero();
    assertThat(reread.papersUpdated()).isZero();
    assertThat(reread.recordsUnchanged()).isEqualTo(ROWS - 1);
  }
}
