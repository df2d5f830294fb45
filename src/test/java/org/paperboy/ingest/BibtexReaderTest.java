package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.Author;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;

class BibtexReaderTest {
  private static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
  private static final BibtexReader READER = new BibtexReader(Clock.fixed(NOW, ZoneOffset.UTC));
  private static CollectingSink lab;
  @TempDir Path dir;

  @BeforeAll
  static void readLab() throws IOException {
    lab = read(Fixtures.resource("bibtex/lab.bib"));
  }

  static CollectingSink read(Path file) throws IOException {
    CollectingSink sink = new CollectingSink();
    READER.read(file, sink);
    return sink;
  }

  private CollectingSink read(String bibtex) throws IOException {
    Path file = dir.resolve("test.bib");
    Files.writeString(file, bibtex, StandardCharsets.UTF_8);
    return read(file);
  }

  private static Paper paper(CollectingSink sink, String key) {
    for (int i = 0; i < sink.records.size(); i++) {
      if (sink.records.get(i).sourceId().endsWith("/" + key)) {
        return sink.papers.get(i);
      }
    }
    throw new AssertionError("no record for " + key + " in " + sink.records);
  }

  private static SourceRecord record(CollectingSink sink, String key) {
    return sink.records.stream()
        .filter(r -> r.sourceId().endsWith("/" + key))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, List<Long>> skipLines(CollectingSink sink) {
    return sink.skips.stream()
        .collect(
            Collectors.groupingBy(
                CollectingSink.Skip::reason,
                Collectors.mapping(CollectingSink.Skip::line, Collectors.toList())));
  }

  @Test
  void acceptsBibFilesOnly() {
    assertThat(READER.accepts(Path.of("papers/lab.bib"))).isTrue();
    assertThat(READER.accepts(Path.of("LAB.BIB"))).isTrue();
    assertThat(READER.accepts(Path.of("2025-01-02.jsonl"))).isFalse();
    assertThat(READER.accepts(Path.of("lab.bib.bak"))).isFalse();
  }

  @Test
  void readsEveryUsableEntryOnceInFileOrder() {
    assertThat(lab.records)
        .extracting(SourceRecord::sourceId)
        .containsExactly(
            "lab.bib/mueller2020bert",
            "lab.bib/vaswani2017attention",
            "lab.bib/smith2021graphs",
            "lab.bib/vaswani2017again");
    assertThat(lab.records).allSatisfy(r -> assertThat(r.source()).isEqualTo("bibtex"));
    assertThat(lab.records).allSatisfy(r -> assertThat(r.fetchedAt()).isEqualTo(NOW));
  }

  @Test
  void originIsTheLineOfTheEntry() {
    assertThat(lab.records)
        .extracting(SourceRecord::origin)
        .containsExactly("lab.bib:10", "lab.bib:24", "lab.bib:45", "lab.bib:62");
  }

  @Test
  void latexAccentsAndProtectiveBracesBecomeUnicode() {
    Paper p = paper(lab, "mueller2020bert");
    assertThat(p.title()).isEqualTo("Über BERT: Pre-training for Cafés in Zürich");
    assertThat(p.abstractText())
        .isEqualTo(
            "We pre-train BERT on menus. It works.\n\nA second paragraph with 50% more café.");
  }

  @Test
  void authorsAreInBylineOrderFirstNameFirstWithoutOthers() {
    assertThat(paper(lab, "mueller2020bert").authors())
        .extracting(Author::name)
        .containsExactly("Jörg Müller", "Jan A. de Vries", "François Jérôme");
    assertThat(paper(lab, "smith2021graphs").authors())
        .extracting(Author::name)
        .containsExactly("J. Smith", "Barnes and Noble");
    assertThat(paper(lab, "vaswani2017again").authors())
        .extracting(Author::name)
        .containsExactly("Ashish Vaswani", "Noam Shazeer");
  }

  @Test
  void stringMacrosAreExpandedIntoTheVenue() {
    Paper p = paper(lab, "mueller2020bert");
    assertThat(p.venue()).isEqualTo("Proceedings of the 58th Annual Meeting of the ACL (ACL 2020)");
    assertThat(p.year()).isEqualTo(2020);
  }

  @Test
  void doiLosesItsResolverPrefixAndCase() {
    assertThat(paper(lab, "mueller2020bert").ids().doi()).isEqualTo("10.18653/v1/2020.acl-main.1");
  }

  @Test
  void keywordsAreNotCategories() {
    assertThat(paper(lab, "mueller2020bert").categories()).isEmpty();
  }

  @Test
  void arxivEprintGivesTheArxivIdAndItsLinks() {
    Paper p = paper(lab, "vaswani2017attention");
    assertThat(p.ids().arxivId().value()).isEqualTo("1706.03762");
    assertThat(p.ids().arxivVersion()).isEqualTo(5);
    assertThat(p.links()).extracting(Link::rel).containsExactly("abs", "pdf");
    assertThat(p.year()).isEqualTo(2017);
    assertThat(p.authors()).extracting(Author::name).contains("Google Brain");
  }

  @Test
  void anArxivUrlAlsoGivesTheArxivId() {
    Paper p = paper(lab, "vaswani2017again");
    assertThat(p.ids().arxivId().value()).isEqualTo("1706.03762");
    assertThat(p.links().get(0)).isEqualTo(Link.of("url", "https://arxiv.org/abs/1706.03762"));
  }

  @Test
  void crossrefSuppliesMissingFieldsButNotTheVolumeTitle() {
    Paper p = paper(lab, "smith2021graphs");
    assertThat(p.title()).isEqualTo("Graphs in O(n) Time");
    assertThat(p.venue())
        .isEqualTo(
            "Proceedings of the 2021 Conference on Empirical Methods in Natural Language Processing");
    assertThat(p.year()).isEqualTo(2021);
    assertThat(p.links()).containsExactly(Link.of("url", "https://example.org/smith2021.pdf"));
  }

  @Test
  void unusableFieldValuesAreLeftOutAndCountedButThePaperIsKept() {
    assertThat(paper(lab, "smith2021graphs").ids().doi()).isNull();
    assertThat(paper(lab, "vaswani2017again").year()).isZero();
    assertThat(skipLines(lab)).containsEntry("invalid-doi", List.of(45L));
    assertThat(skipLines(lab)).containsEntry("invalid-year", List.of(62L));
  }

  @Test
  void entriesThatAreNoPapersAreSkippedByReasonWithTheirLine() {
    Map<String, List<Long>> skips = skipLines(lab);
    assertThat(skips).containsEntry("missing-title", List.of(33L));
    assertThat(skips).containsEntry("unsupported-type", List.of(39L));
    assertThat(skips).containsEntry("duplicate-key", List.of(53L));
    assertThat(skips)
        .containsOnlyKeys(
            "missing-title", "unsupported-type", "duplicate-key", "invalid-doi", "invalid-year");
  }

  @Test
  void commentsPreamblesAndStringsYieldNoRecords() {
    assertThat(lab.records).noneMatch(r -> r.sourceId().contains("old2001"));
    assertThat(lab.records).hasSize(4);
  }

  @Test
  void thePayloadIsSelfContainedBibtexThatGivesBackThePaper() throws IOException {
    SourceRecord record = record(lab, "mueller2020bert");
    assertThat(record.payload())
        .startsWith("@inproceedings{mueller2020bert,")
        .contains("booktitle = {Proceedings of the 58th Annual Meeting of the ACL (ACL 2020)}")
        .contains("month = {January}");
    CollectingSink again = read(record.payload());
    assertThat(again.papers).containsExactly(paper(lab, "mueller2020bert"));
    assertThat(again.records.get(0).payload()).isEqualTo(record.payload());

    CollectingSink crossref = read(record(lab, "smith2021graphs").payload());
    assertThat(crossref.papers.get(0).venue()).startsWith("Proceedings of the 2021 Conference");
  }

  @Test
  void readingTheSameFileTwiceGivesEqualRecords() throws IOException {
    assertThat(read(Fixtures.resource("bibtex/lab.bib")).records).isEqualTo(lab.records);
  }

  @Test
  void aBrokenEntryIsSkippedAndTheRestIsRead() throws IOException {
    CollectingSink sink = read(Fixtures.resource("bibtex/broken-entry.bib"));
    assertThat(sink.records)
        .extracting(SourceRecord::sourceId, SourceRecord::origin)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "broken-entry.bib/second2021", "broken-entry.bib:7"));
    assertThat(sink.skips).hasSize(1);
    CollectingSink.Skip skip = sink.skips.get(0);
    assertThat(skip.reason()).isEqualTo("malformed-entry");
    assertThat(skip.line()).isEqualTo(3);
    assertThat(skip.message()).contains("line 1", "first2020", "author");
  }

  @Test
  void anUnparseableFileFailsNamingFileAndPosition() {
    assertThatThrownBy(() -> read(Fixtures.resource("bibtex/malformed.bib")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("malformed.bib")
        .hasMessageContaining("line 6");
  }

  @Test
  void textBetweenEntriesFailsTheFileAtItsLine() {
    assertThatThrownBy(() -> read("@misc{a, title={A}}\nstray words\n@misc{b, title={B}}\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.bib: cannot parse BibTeX at line 2, column 1");
  }

  @Test
  void aBadCharacterRightAfterAnAtFailsTheFileInsteadOfLoopingForever() {
    // jbibtex's recovery would skip to the next '@', which is this one, again and again.
    assertThatThrownBy(() -> read("@misc{a, title={A}}\n@^x{b, title={B}}\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("test.bib: cannot parse BibTeX")
        .hasMessageContaining("line 2, column 1");
  }

  @Test
  void deeplyNestedBracesDoNotOverflowTheStack() throws IOException {
    String deep = "{".repeat(20_000) + "Deep" + "}".repeat(20_000);
    CollectingSink sink = read("@misc{d, title={" + deep + "}}\n@misc{e, title={E}}\n");
    assertThat(sink.papers).extracting(Paper::title).containsExactly("Deep", "E");
  }

  @Test
  void thousandsOfConcatenationsFailTheFileInsteadOfOverflowingTheStack() {
    String concatenated = "\"x\"" + " # \"y\"".repeat(50_000);
    assertThatThrownBy(() -> read("@misc{c, title = " + concatenated + "}\n"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("'#' concatenations in the object at line 1, column 1");
  }

  @Test
  void aFileThatIsNotUtf8FailsWithAHint() throws IOException {
    Path file = dir.resolve("latin1.bib");
    Files.write(file, "@misc{a, title={Caf\u00e9}}".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("latin1.bib: not UTF-8");
  }

  @Test
  void undefinedMacrosAndMissingCrossrefsDoNotFailTheFile() throws IOException {
    CollectingSink sink =
        read("@article{a, title={A}, journal=jmlr, crossref={elsewhere}, year=2020}\n");
    assertThat(sink.papers).hasSize(1);
    assertThat(sink.papers.get(0).venue()).isEqualTo("jmlr");
  }

  @Test
  void includeIsNotFollowed() throws IOException {
    Path other = dir.resolve("other.bib");
    Files.writeString(other, "@misc{secret, title={Secret}}\n");
    CollectingSink sink = read("@include{" + other + "}\n@misc{b, title={B}}\n");
    assertThat(sink.records).extracting(SourceRecord::sourceId).containsExactly("test.bib/b");
    // jbibtex would have read other.bib as an @include object, without any skip.
    assertThat(sink.skips).extracting(CollectingSink.Skip::line).containsExactly(1L);
  }

  @Test
  void entriesWithoutKeyAreSkipped() throws IOException {
    CollectingSink sink = read("@misc{title={No Key}, year=2000}\n@misc{k, title={K}}\n");
    assertThat(sink.records).extracting(SourceRecord::sourceId).containsExactly("test.bib/k");
    assertThat(sink.skips).extracting(CollectingSink.Skip::reason).containsExactly("missing-key");
  }

  @Test
  void unicodeTheLatexLexerRejectsStillComesThrough() throws IOException {
    CollectingSink sink = read("@misc{u, title={{\\'E}tude … 中文 😀 \\& more}, author={王, 小明}}\n");
    assertThat(sink.papers.get(0).title()).isEqualTo("Étude … 中文 😀 & more");
    assertThat(sink.papers.get(0).authors()).extracting(Author::name).containsExactly("小明 王");
  }

  @Test
  void aControlWordTakesTheSpaceAfterItAsInTex() throws IOException {
    CollectingSink sink = read("@misc{s, title={Stra\\ss e and {\\AA}ngstr\\\"om -- 50\\%}}\n");
    assertThat(sink.papers.get(0).title()).isEqualTo("Straße and Ångström – 50%");
  }

  @Test
  void accentsJbibtexsOwnPrinterLosesAreKept() throws IOException {
    CollectingSink sink =
        read(
            "@misc{a, title={Erd\\H{o}s, \\c{c}a, \\k{a}, \\={a}, \\.{z}, {\\'\\i}, \\oe, \\ss,"
                + " \\tau{} \\omega{}}}\n");
    assertThat(sink.papers.get(0).title()).isEqualTo("Erdős, ça, ą, ā, ż, í, œ, ß, τ ω");
  }
}
