package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.Author;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.store.JdbcPaperStore;
import org.paperboy.store.PaperStore;
import org.paperboy.store.StoreStats;

class AclAnthologyReaderTest {
  private static final Instant NOW = Instant.parse("2099-08-01T00:00:00Z");
  private final AclAnthologyReader reader =
      new AclAnthologyReader(Clock.fixed(NOW, ZoneOffset.UTC));

  private static Path fixture(String name) {
    return Fixtures.resource("acl-anthology/" + name);
  }

  private CollectingSink read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(file, sink);
    return sink;
  }

  @Test
  void everyPaperButFrontMatterIsARecordAndBadPapersAreSkippedWithTheirLine() throws IOException {
    CollectingSink c = read(fixture("2099.test.xml"));

    assertThat(c.papers)
        .extracting(p -> p.ids().aclId())
        .containsExactly(
            "2099.test-long.1", "2099.test-long.2", "2099.test-long.4", "2099.test-long.911");
    assertThat(c.skips)
        .extracting(CollectingSink.Skip::line, CollectingSink.Skip::reason)
        .containsExactly(tuple(35L, "missing-title"), tuple(59L, "invalid-record"));
    assertThat(c.skips.get(0).message()).contains("paper 3", "2099.test/long");
    assertThat(c.skips.get(1).message()).contains("20x9");
  }

  @Test
  void mapsAPaperToCleanTextWithAuthorIdsOnlyWhereTheFileHasThem() throws IOException {
    Paper p = read(fixture("2099.test.xml")).papers.get(0);

    assertThat(p.title()).isEqualTo("SafeConv: Scaling α-Entmax to 10⁵ Tokens");
    assertThat(p.abstractText())
        .isEqualTo(
            "We train ad hoc models with bold claims & costs under $5 million (see"
                + " https://example.org/x), minimising L = ∑_i x_i ≤ ε. A second line.");
    assertThat(p.authors())
        .containsExactly(
            new Author("Jane Doe", "acl:jane-doe"), new Author("Wei Zhang"), new Author("Madonna"));
    assertThat(p.venue())
        .isEqualTo("Proceedings of the 99th Meeting on Test Linguistics (Volume 1: Long Papers)");
    assertThat(p.year()).isEqualTo(2099);
    assertThat(p.firstPublished()).isNull();
    assertThat(p.listingDates()).isEmpty();
    assertThat(p.ids().doi()).isEqualTo("10.18653/v1/2099.test-long.1");
    assertThat(p.links())
        .containsExactly(
            Link.of("anthology", "https://aclanthology.org/2099.test-long.1"),
            Link.of("pdf", "https://aclanthology.org/2099.test-long.1.pdf"),
            Link.of("doi", "https://doi.org/10.18653/v1/2099.test-long.1"));
  }

  @Test
  void aMissingOrEmptyAbstractIsNull() throws IOException {
    List<Paper> papers = read(fixture("2099.test.xml")).papers;
    assertThat(papers.get(1).abstractText()).isNull(); // no <abstract>
    assertThat(papers.get(2).abstractText()).isNull(); // <abstract/>
  }

  @Test
  void anInvalidDoiOrOneAnEarlierPaperHasIsDroppedAndThePaperKept() throws IOException {
    List<Paper> papers = read(fixture("2099.test.xml")).papers;

    Paper repeat = papers.get(1);
    assertThat(repeat.ids().doi()).isNull();
    assertThat(repeat.ids().aclId()).isEqualTo("2099.test-long.2");
    assertThat(repeat.links()).extracting(Link::rel).containsExactly("anthology", "pdf");

    Paper handle = papers.get(2);
    assertThat(handle.ids().doi()).isNull();
    assertThat(handle.links())
        .containsExactly(
            Link.of("anthology", "https://aclanthology.org/2099.test-long.4"),
            Link.of("pdf", "http://www.lrec-conf.org/proceedings/lrec2099/pdf/4.pdf"));
  }

  @Test
  void theIdComesFromCollectionVolumeAndPaperAndThePdfFromTheUrl() throws IOException {
    Paper report = read(fixture("2099.test.xml")).papers.get(3);

    assertThat(report.ids().aclId()).isEqualTo("2099.test-long.911");
    assertThat(report.links())
        .containsExactly(
            Link.of("anthology", "https://aclanthology.org/2099.test-long.911"),
            Link.of("pdf", "https://aclanthology.org/2099.test-long.report.pdf"));
  }

  @Test
  void eachRecordKeepsThePaperElementWithItsVolumeContext() throws Exception {
    CollectingSink c = read(fixture("2099.test.xml"));
    SourceRecord r = c.records.get(0);

    assertThat(r.source()).isEqualTo("acl-anthology");
    assertThat(r.sourceId()).isEqualTo("2099.test-long.1");
    assertThat(r.origin()).isEqualTo("2099.test.xml:16");
    assertThat(r.fetchedAt()).isEqualTo(NOW);
    assertThat(r.payload())
        .startsWith(
            "<paper id=\"1\" collection=\"2099.test\" volume=\"long\" year=\"2099\""
                + " booktitle=\"Proceedings of the 99th Meeting on Test Linguistics (Volume 1: Long"
                + " Papers)\">\n      <title><fixed-case>S</fixed-case>afe")
        .contains("<tex-math>\\alpha</tex-math>")
        .contains("claims &amp; costs")
        .contains("<variant script=\"hani\"><first>伟</first><last>张</last></variant>")
        .contains("<video href=\"2099.test-long.1.mp4\"></video>")
        .endsWith("</paper>");
    assertThat(rootElementOf(r.payload())).isEqualTo("paper");
    assertThat(c.records.get(3).origin()).isEqualTo("2099.test.xml:45");
  }

  private static String rootElementOf(String xml) throws XMLStreamException {
    XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(new StringReader(xml));
    String root = null;
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && root == null) {
        root = r.getLocalName();
      }
    }
    return root;
  }

  @Test
  void readsGzipTheSameAsPlainXml(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("2099.test.xml.gz");
    Files.write(gz, gzip(Files.readAllBytes(fixture("2099.test.xml"))));

    CollectingSink plain = read(fixture("2099.test.xml"));
    CollectingSink zipped = read(gz);

    assertThat(zipped.papers).isEqualTo(plain.papers);
    assertThat(zipped.records.get(0).origin()).isEqualTo("2099.test.xml.gz:16");
  }

  @Test
  void acceptsCollectionFileNamesOnly() {
    assertThat(reader.accepts(Path.of("2023.acl.xml.gz"))).isTrue();
    assertThat(reader.accepts(Path.of("2020.nlp4convai.xml"))).isTrue();
    assertThat(reader.accepts(Path.of("P19.xml.gz"))).isTrue();
    assertThat(reader.accepts(Path.of("A00.xml"))).isTrue();
    assertThat(reader.accepts(Path.of("pom.xml"))).isFalse();
    assertThat(reader.accepts(Path.of("2023.acl.yaml"))).isFalse();
    assertThat(reader.accepts(Path.of("2025-04-15.jsonl.gz"))).isFalse();
  }

  @Test
  void aMalformedFileFailsNamingFileAndLineAfterHandingOverThePapersBeforeIt() {
    CollectingSink c = new CollectingSink();

    assertThatThrownBy(() -> reader.read(fixture("2099.malformed.xml"), c))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("2099.malformed.xml")
        .hasMessageContaining("line 13, column")
        .hasMessageContaining("</title>");
    assertThat(c.papers).extracting(Paper::title).containsExactly("Read Before the Damage");
  }

  @Test
  void aTruncatedFileFailsNamingFileAndLineAfterHandingOverThePapersBeforeIt() {
    CollectingSink c = new CollectingSink();

    assertThatThrownBy(() -> reader.read(fixture("2099.truncated.xml"), c))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("2099.truncated.xml")
        .hasMessageContaining("line 14, column");
    assertThat(c.papers).extracting(Paper::title).containsExactly("Read Before the Cut");
  }

  @Test
  void aTruncatedGzipFileFailsNamingFileAndLine(@TempDir Path dir) throws IOException {
    byte[] whole = gzip(Files.readAllBytes(fixture("2099.test.xml")));
    Path truncated = dir.resolve("2099.test.xml.gz");
    Files.write(truncated, Arrays.copyOf(whole, whole.length * 2 / 3));

    assertThatThrownBy(() -> reader.read(truncated, new CollectingSink()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("2099.test.xml.gz")
        .hasMessageMatching("(?s).*at line \\d+, column \\d+.*");
  }

  @Test
  void aDoctypeWithAnExternalEntityIsAnErrorNotAFileRead() {
    CollectingSink c = new CollectingSink();

    assertThatThrownBy(() -> reader.read(fixture("2099.xxe.xml"), c))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("2099.xxe.xml")
        .hasMessageContaining("DOCTYPE");
    assertThat(c.papers).isEmpty();
  }

  @Test
  void entityExpansionIsAnErrorToo(@TempDir Path dir) throws IOException {
    StringBuilder doctype = new StringBuilder("<!DOCTYPE collection [<!ENTITY l0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      doctype.append(
          String.format(
              java.util.Locale.ROOT, "<!ENTITY l%d \"%s\">", i, ("&l" + (i - 1) + ";").repeat(10)));
    }
    Path bomb =
        Files.writeString(
            dir.resolve("2099.bomb.xml"),
            doctype
                + "]>\n<collection id=\"2099.bomb\"><volume id=\"1\"><paper id=\"1\"><title>&l9;</title>"
                + "</paper></volume></collection>\n");
    CollectingSink c = new CollectingSink();

    assertThatThrownBy(() -> reader.read(bomb, c))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("DOCTYPE");
    assertThat(c.papers).isEmpty();
  }

  @Test
  void aFileThatIsNoCollectionIsAnError(@TempDir Path dir) throws IOException {
    Path other = Files.writeString(dir.resolve("2099.other.xml"), "<html><body/></html>\n");

    assertThatThrownBy(() -> reader.read(other, new CollectingSink()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("expected <collection>");
  }

  @Test
  void theRunnerKeepsWhatBadFilesHadAndRecordsTheirFailure(@TempDir Path dir) throws IOException {
    for (String name :
        List.of("2099.test.xml", "2099.malformed.xml", "2099.truncated.xml", "2099.xxe.xml")) {
      Files.copy(fixture(name), dir.resolve(name));
    }
    try (PaperStore store = JdbcPaperStore.sqlite(dir.resolve("data"))) {
      IngestCounts counts =
          new IngestRunner(store, List.of(reader), IngestListener.NONE)
              .run(List.of(dir), Optional.empty(), () -> false);

      assertThat(counts.filesRead()).isEqualTo(1);
      assertThat(counts.filesFailed()).isEqualTo(3);
      StoreStats stats = store.stats();
      // Papers 1 and 2 of 2099.test share a DOI in the file; had it been kept they would be one.
      assertThat(stats.papers()).isEqualTo(4 + 1 + 1);
      assertThat(stats.papersWithAbstract()).isEqualTo(1);
      assertThat(stats.skipped())
          .isEqualTo(Map.of("missing-title", 1L, "invalid-record", 1L, "unreadable-file", 3L));
    }
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
