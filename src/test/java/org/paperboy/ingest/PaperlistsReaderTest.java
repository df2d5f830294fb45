package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

class PaperlistsReaderTest {
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private final PaperlistsReader reader = new PaperlistsReader(Clock.fixed(NOW, ZoneOffset.UTC));

  private CollectingSink read(String venueFile) throws IOException {
    CollectingSink sink = new CollectingSink();
    reader.read(fixture(venueFile), sink);
    return sink;
  }

  private static Path fixture(String venueFile) {
    return Fixtures.resource("paperlists/" + venueFile);
  }

  private static Paper paperWithTitle(CollectingSink sink, String title) {
    return sink.papers.stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
  }

  private static List<String> authorIds(Paper p) {
    return p.authors().stream().map(Author::id).toList();
  }

  @Test
  void everyElementIsAPaperOrASkipWithItsPositionAndReason() throws IOException {
    CollectingSink c = read("iclr/iclr2018.json");

    assertThat(c.records)
        .extracting(SourceRecord::sourceId)
        .containsExactly(
            "iclr2018/B1-Hhnslg",
            "iclr2018/Sk2u1g-0-",
            "iclr2018/H1-nGgWC-",
            "iclr2018/B12Js_yRb",
            "iclr2018/HyNyyCxA-",
            "iclr2018/ryF-cQ6T-");
    assertThat(c.skips)
        .extracting(CollectingSink.Skip::line, CollectingSink.Skip::reason)
        .containsExactly(
            tuple(6L, "missing-title"),
            tuple(7L, "invalid-record"),
            tuple(8L, "duplicate-id"),
            tuple(9L, "not-an-object"));
    assertThat(c.skips.get(0).message()).contains("SJUdkecgx");
    assertThat(c.skips.get(1).message()).contains("r1br_2Kge").contains("title");
    assertThat(c.skips.get(2).message()).contains("B1-Hhnslg").contains("element 1");
  }

  @Test
  void mapsAnAcceptedPaperWithCleanTextOpenReviewIdsAndNoCategories() throws IOException {
    Paper p = read("iclr/iclr2018.json").papers.get(0);

    assertThat(p.title()).isEqualTo("Prototypical Networks for Few-shot Learning");
    assertThat(p.abstractText())
        .isEqualTo("We propose prototypical networks.\n\nA second paragraph with α and 10⁵ steps.");
    assertThat(p.authors())
        .containsExactly(
            new Author("Ada Lovelace", "openreview:~Ada_Lovelace1"),
            new Author("Alan Turing", "openreview:~Alan_Turing2"));
    assertThat(p.ids().openReviewId()).isEqualTo("B1-Hhnslg");
    assertThat(p.ids().arxivId()).isNull();
    assertThat(p.venue()).isEqualTo("ICLR 2018");
    assertThat(p.year()).isEqualTo(2018);
    assertThat(p.publicationYear()).isEqualTo(2018);
    assertThat(p.comment()).isEqualTo("Poster");
    assertThat(p.categories()).isEmpty();
    assertThat(p.listingDates()).isEmpty();
    assertThat(p.links())
        .extracting(Link::rel, l -> l.url().toString())
        .containsExactly(
            tuple("site", "https://openreview.net/forum?id=B1-Hhnslg"),
            tuple("pdf", "https://openreview.net/pdf?id=B1-Hhnslg"));
  }

  @Test
  void papersThatWereNotAcceptedAreKeptWithoutClaimingTheVenue() throws IOException {
    CollectingSink c = read("iclr/iclr2018.json");

    assertThat(c.papers)
        .extracting(Paper::venue, Paper::comment)
        .containsExactly(
            tuple("ICLR 2018", "Poster"),
            tuple("ICLR 2018 (rejected)", "Reject"),
            tuple("ICLR 2018 (withdrawn)", "Withdraw"),
            tuple("ICLR 2018 Workshop", "Workshop"),
            tuple("ICLR 2018 (no decision)", "Active"),
            tuple("ICLR 2018", null));
  }

  @Test
  void anEmailOrUnknownAuthorIdIsDroppedAndCountedAndOthersKeepTheirPosition() throws IOException {
    CollectingSink c = read("iclr/iclr2018.json");
    Paper rejected = paperWithTitle(c, "A Rejected Idea");

    assertThat(rejected.authors())
        .extracting(Author::name)
        .containsExactly("Ada Lovelace", "Bob Email", "Carol Group", "Dan Empty");
    assertThat(authorIds(rejected)).containsExactly("openreview:~Ada_Lovelace1", null, null, null);
    assertThat(rejected.toString()).doesNotContain("bob@example.org");
    assertThat(reader.droppedFields().get("author-id-email")).isEqualTo(1);
    assertThat(reader.droppedFields().get("author-id-unrecognised")).isEqualTo(1);
  }

  @Test
  void whenNamesAndIdsDifferInCountTheNamesStayAndEveryIdGoes() throws IOException {
    CollectingSink c = read("iclr/iclr2018.json");
    Paper withdrawn = paperWithTitle(c, "A Withdrawn Idea");

    assertThat(withdrawn.authors())
        .extracting(Author::name)
        .containsExactly("Ada Lovelace", "Alan Turing", "Grace Hopper");
    assertThat(authorIds(withdrawn)).containsOnlyNulls();
    assertThat(reader.droppedFields().get("author-ids-misaligned")).isEqualTo(1);
  }

  @Test
  void takesTheOpenReviewIdFromTheOpenReviewFieldWhenTheSiteIsElsewhere() throws IOException {
    CollectingSink c = read("iclr/iclr2018.json");
    Paper workshop = paperWithTitle(c, "A Workshop Paper");
    Paper badId = paperWithTitle(c, "No Status Either");

    assertThat(workshop.ids().openReviewId()).isEqualTo("B12Js_yRb");
    assertThat(workshop.authors())
        .containsExactly(new Author("Itsik Pe'er", "openreview:~Itsik_Pe'er1"));
    assertThat(workshop.links()).extracting(Link::rel).containsExactly("site", "openreview");
    assertThat(badId.ids().openReviewId()).isNull();
    assertThat(reader.droppedFields().get("invalid-openreview-id")).isEqualTo(1);
  }

  @Test
  void keepsTheElementAsCompactJsonWithItsPositionAsOrigin() throws IOException {
    CollectingSink c = read("iclr/iclr2018.json");
    SourceRecord r = c.records.get(3);

    assertThat(r.source()).isEqualTo("paperlists");
    assertThat(r.origin()).isEqualTo("iclr2018.json:4");
    assertThat(r.fetchedAt()).isEqualTo(NOW);
    assertThat(new ObjectMapper().readTree(r.payload()).path("openreview").asText())
        .isEqualTo("https://openreview.net/forum?id=B12Js_yRb");
    assertThat(r.payload()).doesNotContain("\n").contains("\"status\":\"Workshop\"");
  }

  @Test
  void aMissingAbstractIsNull() throws IOException {
    assertThat(paperWithTitle(read("iclr/iclr2018.json"), "Still Under Review").abstractText())
        .isNull();
  }

  @Test
  void elementsWithoutIdAreKnownByPositionAndKeepTheirArxivVersion() throws IOException {
    CollectingSink c = read("cvpr/cvpr2017.json");

    assertThat(c.records)
        .extracting(SourceRecord::sourceId)
        .containsExactly("cvpr2017/@1", "cvpr2017/@2", "cvpr2017/@3");
    Paper first = c.papers.get(0);
    assertThat(first.ids().arxivId()).isEqualTo(new ArxivId("1612.00496"));
    assertThat(first.ids().arxivVersion()).isEqualTo(2);
    assertThat(first.abstractText()).isNull();
    assertThat(c.papers.get(1).ids().arxivId()).isEqualTo(new ArxivId("1802.09232"));
    assertThat(c.papers.get(1).ids().arxivVersion()).isZero();
    assertThat(c.papers.get(2).ids().arxivId()).isNull();
    assertThat(reader.droppedFields().get("invalid-arxiv-id")).isEqualTo(1);
  }

  @Test
  void keepsOnlyHttpLinksOncePerUrlAndAddsTheArxivPage() throws IOException {
    CollectingSink c = read("cvpr/cvpr2017.json");

    assertThat(c.papers.get(0).links())
        .extracting(Link::rel)
        .containsExactly("site", "pdf", "arxiv");
    assertThat(c.papers.get(1).links())
        .extracting(Link::rel, l -> l.url().toString())
        .containsExactly(tuple("arxiv", "https://arxiv.org/abs/1802.09232"));
    // ftp pdf, "not a url" oa, scheme-less github
    assertThat(reader.droppedFields().get("invalid-link")).isEqualTo(3);
  }

  @Test
  void aListWithoutSemicolonsIsSplitOnCommasKeepingSuffixes() throws IOException {
    Paper p = read("cvpr/cvpr2017.json").papers.get(2);

    assertThat(p.authors())
        .extracting(Author::name)
        .containsExactly("Kerry A. Seitz, Jr.", "John D. Owens");
    assertThat(reader.droppedFields().get("author-name-empty")).isEqualTo(2);
  }

  @Test
  void ieeeAuthorIdsAreNumbersAndADoubledListIsNamedOnce() throws IOException {
    CollectingSink c = read("icra/icra2019.json");
    Paper p = c.papers.get(0);

    assertThat(p.authors())
        .containsExactly(
            new Author("Jane Roe", "ieee:37279126200"),
            new Author("Rodriguez, S.", "ieee:38183614800"));
    assertThat(c.papers.get(1).authors())
        .containsExactly(
            new Author("Yang Liu", "ieee:37000000001"), new Author("Yang Liu", "ieee:37000000002"));
    assertThat(reader.droppedFields().get("author-list-doubled")).isEqualTo(1);
    assertThat(p.venue()).isEqualTo("ICRA 2019");
    assertThat(p.comment()).isEqualTo("Poster; Late Breaking");
    assertThat(p.ids().isEmpty()).isTrue();
  }

  @Test
  void aclAuthorIdsAreSlugsAndTheAnthologyIdComesFromTheSite() throws IOException {
    CollectingSink c = read("acl/acl2021.json");
    Paper p = c.papers.get(0);

    assertThat(authorIds(p)).containsExactly("acl:jingyi-zhang", "acl:josef-van-genabith", null);
    assertThat(p.ids().aclId()).isEqualTo("2021.acl-long.24");
    assertThat(c.papers.get(1).ids().aclId()).isEqualTo("2021.findings-acl.1");
    assertThat(c.papers.get(1).comment()).isEqualTo("Findings");
    assertThat(reader.droppedFields().get("author-id-unrecognised")).isEqualTo(1);
  }

  @Test
  void aDoiIsNormalisedLinkedAndDroppedWhenInvalid() throws IOException {
    CollectingSink c = read("aaai/aaai2022.json");

    assertThat(c.papers.get(0).ids().doi()).isEqualTo("10.1609/aaai.v36i1.19922");
    assertThat(c.papers.get(0).links())
        .extracting(Link::rel, l -> l.url().toString())
        .contains(tuple("doi", "https://doi.org/10.1609/aaai.v36i1.19922"));
    assertThat(c.papers.get(1).ids().doi()).isNull();
    assertThat(c.papers).hasSize(2);
    assertThat(reader.droppedFields().get("invalid-doi")).isEqualTo(1);
  }

  @Test
  void aSpringerChapterUrlGivesItsDoiUnlessItIsBroken() throws IOException {
    CollectingSink c = read("eccv/eccv2022.json");

    assertThat(c.papers.get(0).ids().doi()).isEqualTo("10.1007/978-3-031-20083-0_1");
    assertThat(c.papers.get(1).ids().doi()).isNull();
    assertThat(reader.droppedFields().get("invalid-doi")).isEqualTo(1);
  }

  @Test
  void malformedJsonFailsNamingFileElementAndLineAfterHandingOverThePapersBeforeIt() {
    CollectingSink c = new CollectingSink();

    assertThatThrownBy(() -> reader.read(fixture("nips/nips2017.json"), c))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nips2017.json")
        .hasMessageContaining("element 3")
        .hasMessageContaining("line 4");
    assertThat(c.papers)
        .extracting(Paper::title)
        .containsExactly("First Good Paper", "Second Good Paper");
  }

  @Test
  void aTruncatedGzipFileFailsAtTheElementAfterTheLastOneHandedOver(@TempDir Path dir)
      throws IOException {
    byte[] whole = gzip(manyPapers(3000));
    Path truncated = Files.createDirectories(dir.resolve("nips")).resolve("nips2017.json.gz");
    Files.write(truncated, Arrays.copyOf(whole, whole.length * 2 / 3));
    CollectingSink c = new CollectingSink();

    assertThatThrownBy(() -> reader.read(truncated, c))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nips2017.json.gz")
        .hasMessageContaining("cannot read element " + (c.records.size() + 1) + " at line");
    assertThat(c.records).hasSizeBetween(100, 2999);
    assertThat(c.records.getLast().origin()).isEqualTo("nips2017.json.gz:" + c.records.size());
  }

  @Test
  void aFileThatIsNotAnArrayFails(@TempDir Path dir) throws IOException {
    Path object = Files.createDirectories(dir.resolve("iclr")).resolve("iclr2019.json");
    Files.writeString(object, "{\"title\": \"x\"}");

    assertThatThrownBy(() -> reader.read(object, new CollectingSink()))
        .hasMessageContaining("iclr2019.json")
        .hasMessageContaining("expected a JSON array");
  }

  @Test
  void anUnclosedArrayFailsAfterItsLastElement(@TempDir Path dir) throws IOException {
    Path open = Files.createDirectories(dir.resolve("iclr")).resolve("iclr2019.json");
    Files.writeString(open, "[{\"title\": \"Only\"}");
    CollectingSink c = new CollectingSink();

    assertThatThrownBy(() -> reader.read(open, c)).hasMessageContaining("iclr2019.json");
    assertThat(c.papers).extracting(Paper::title).containsExactly("Only");
  }

  @Test
  void gzipAndPlainFilesGiveTheSameRecordsOnEveryRun(@TempDir Path dir) throws IOException {
    Path gz = Files.createDirectories(dir.resolve("iclr")).resolve("iclr2018.json.gz");
    Files.write(gz, gzip(Files.readString(fixture("iclr/iclr2018.json"))));
    CollectingSink plain = read("iclr/iclr2018.json");
    CollectingSink again = read("iclr/iclr2018.json");
    CollectingSink zipped = new CollectingSink();
    reader.read(gz, zipped);

    assertThat(again.records).isEqualTo(plain.records);
    assertThat(zipped.papers).isEqualTo(plain.papers);
    assertThat(zipped.records)
        .extracting(SourceRecord::sourceId, SourceRecord::payload)
        .isEqualTo(plain.records.stream().map(r -> tuple(r.sourceId(), r.payload())).toList());
  }

  @Test
  void acceptsOnlyVenueYearFilesInTheirVenueDirectory() {
    assertThat(reader.accepts(Path.of("data/paperlists/iclr/iclr2018.json.gz"))).isTrue();
    assertThat(reader.accepts(Path.of("acl/acl2021.json"))).isTrue();
    assertThat(reader.accepts(Path.of("3dv/3dv2025.json.gz"))).isTrue();
    assertThat(reader.accepts(Path.of("nips/iclr2018.json.gz"))).isFalse();
    assertThat(reader.accepts(Path.of("iclr/iclr18.json.gz"))).isFalse();
    assertThat(reader.accepts(Path.of("iclr/iclr2018.jsonl.gz"))).isFalse();
    assertThat(reader.accepts(Path.of("days/2025-01-02.jsonl.gz"))).isFalse();
    assertThat(new ArxivListingReader().accepts(Path.of("iclr/iclr2018.json.gz"))).isFalse();
  }

  @Test
  void venueNamesComeFromOneTableWithAFallback() {
    assertThat(venue("nips/nips1987.json.gz").name()).isEqualTo("NeurIPS 1987");
    assertThat(venue("siggraphasia/siggraphasia2019.json.gz").name())
        .isEqualTo("SIGGRAPH Asia 2019");
    assertThat(venue("3dv/3dv2025.json.gz")).isEqualTo(new PaperlistsVenue("3dv", 2025));
    assertThat(venue("3dv/3dv2025.json.gz").key()).isEqualTo("3dv2025");
    assertThat(venue("newconf/newconf2030.json").name()).isEqualTo("NEWCONF 2030");
    assertThat(PaperlistsVenue.NAMES).hasSize(27);
    assertThatThrownBy(() -> new PaperlistsVenue("iclr", 99)).hasMessageContaining("99");
    assertThatThrownBy(() -> new PaperlistsVenue("IC LR", 2018)).hasMessageContaining("IC LR");
  }

  @Test
  void statusDecidesWhatVenueAPaperMayClaim() {
    PaperlistsVenue iclr = new PaperlistsVenue("iclr", 2013);
    Map<String, String> expected =
        Map.of(
            "Oral", "ICLR 2013",
            "Spotlight", "ICLR 2013",
            "", "ICLR 2013",
            "Reject", "ICLR 2013 (rejected)",
            "Desk Rejected", "ICLR 2013 (rejected)",
            "Withdraw", "ICLR 2013 (withdrawn)",
            "Active", "ICLR 2013 (no decision)",
            "Poster Workshop", "ICLR 2013 Workshop");
    expected.forEach((status, venue) -> assertThat(iclr.forStatus(status)).isEqualTo(venue));
    assertThat(iclr.forStatus(null)).isEqualTo("ICLR 2013");
  }

  private static PaperlistsVenue venue(String path) {
    return PaperlistsVenue.of(Path.of(path)).orElseThrow();
  }

  private final DroppedFields drops = new DroppedFields();
  private final PaperlistsAuthors authors = new PaperlistsAuthors(drops);

  @Test
  void eachNamespaceIsRecognisedByItsExactForm() {
    assertThat(authors.authorId("~Jane_Doe1")).isEqualTo("openreview:~Jane_Doe1");
    assertThat(authors.authorId(" ~Joao_F._Henriques1 "))
        .isEqualTo("openreview:~Joao_F._Henriques1");
    assertThat(authors.authorId("/37279126200")).isEqualTo("ieee:37279126200");
    assertThat(authors.authorId("/j/jane-doe/")).isEqualTo("acl:jane-doe");
    assertThat(authors.authorId(" /y/yang-liu-ict/")).isEqualTo("acl:yang-liu-ict");
    assertThat(authors.authorId("")).isNull();
    assertThat(drops.snapshot()).isEmpty();
  }

  @Test
  void nearMissesAreNotIds() {
    List<String> misses =
        List.of(
            "~Jane_Doe", // OpenReview ids end in a number
            "37279126200", // IEEE ids appear as /digits
            "/x/jane-doe/", // ACL paths start with the slug's initial
            "/0/0009-0006-8124-899X/",
            "Tsinghua Univ.",
            "ICLR.cc/2018/Conference/Paper1/Authors",
            "withdrawn");
    misses.forEach(m -> assertThat(authors.authorId(m)).as(m).isNull());
    assertThat(drops.get("author-id-unrecognised")).isEqualTo(misses.size());
  }

  @Test
  void anEmailIsNeverAnIdInAnyForm() {
    assertThat(authors.authorId("jane.doe@example.org")).isNull();
    assertThat(authors.authorId("~jane@example.org")).isNull();
    assertThat(drops.get("author-id-email")).isEqualTo(2);
  }

  static String manyPapers(int n) {
    StringBuilder b = new StringBuilder("[\n");
    for (int i = 1; i <= n; i++) {
      b.append(i == 1 ? "" : ",\n")
          .append("{\"id\": \"p")
          .append(i)
          .append("\", \"title\": \"Paper number ")
          .append(i)
          .append("\", \"author\": \"Jane Roe;John Doe\", \"abstract\": \"")
          .append("We study paper number ")
          .append(i)
          .append(" at length. ".repeat(8))
          .append("\"}");
    }
    return b.append("\n]\n").toString();
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
