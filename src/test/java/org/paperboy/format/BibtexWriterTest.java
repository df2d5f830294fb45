package org.paperboy.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperboy.Fixtures;
import org.paperboy.domain.ArxivId;
import org.paperboy.domain.Author;
import org.paperboy.domain.ExternalIds;
import org.paperboy.domain.Link;
import org.paperboy.domain.Paper;
import org.paperboy.domain.SourceRecord;
import org.paperboy.ingest.BibtexReader;
import org.paperboy.ingest.CollectingSink;

class BibtexWriterTest {
  @TempDir Path dir;

  private static Paper.Builder paper(String title, String... authors) {
    Paper.Builder b = Paper.builder().title(title);
    for (String a : authors) {
      b.addAuthor(new Author(a));
    }
    return b;
  }

  private static SourceRecord bibtexRecord(String sourceId) {
    return new SourceRecord(BibtexReader.SOURCE, sourceId, Instant.EPOCH, "lab.bib:1", "@misc{x}");
  }

  private static String write(List<Paper> papers) throws IOException {
    StringWriter out = new StringWriter();
    BibtexWriter writer = new BibtexWriter(out);
    for (Paper p : papers) {
      writer.write(p, List.of());
    }
    return out.toString();
  }

  private CollectingSink readBack(String bibtex) throws IOException {
    Path file = dir.resolve("export.bib");
    Files.writeString(file, bibtex, StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    new BibtexReader().read(file, sink);
    return sink;
  }

  @Test
  void specialCharactersAreEscapedAndLettersStayUtf8() {
    String out =
        BibtexWriter.toBibtex(
            paper("50% of C# & F_1 {sets} cost $5 ~ ^ \\ -- ``q'' in Zürich", "Jörg Müller")
                .build(),
            List.of());
    assertThat(out)
        .contains(
            "title = {{50\\% of C\\# \\& F\\_1 \\textbraceleft{}sets\\textbraceright{} cost \\$5"
                + " \\textasciitilde{} \\textasciicircum{} \\textbackslash{} -{}- `{}`q'{}' in"
                + " Zürich}}")
        .contains("author = {Jörg Müller}");
    assertThat(out.chars().filter(c -> c == '{').count())
        .isEqualTo(out.chars().filter(c -> c == '}').count());
  }

  @Test
  void authorsAreJoinedWithAndAndBracedWhenTheyWouldSplit() {
    String out =
        BibtexWriter.toBibtex(
            paper("T", "Ada Lovelace", "Barnes and Noble", "Acme, Inc.").build(), List.of());
    assertThat(out).contains("author = {Ada Lovelace and {Barnes and Noble} and {Acme, Inc.}}");
  }

  @Test
  void theCitationKeyIsTheBibtexSourceRecordIdWhenThereIsOne() {
    Paper p = paper("Graphs", "Jan Smith").year(2021).build();
    SourceRecord arxiv =
        new SourceRecord("arxiv-listing", "2025-01-02/2501.00001", Instant.EPOCH, "x:1", "{}");
    assertThat(BibtexWriter.toBibtex(p, List.of(arxiv, bibtexRecord("lab.bib/smith2021graphs"))))
        .startsWith("@misc{lab.bib/smith2021graphs,");
    assertThat(BibtexWriter.toBibtex(p, List.of(bibtexRecord("my refs.bib/smith,2021"))))
        .startsWith("@misc{my-refs.bib/smith-2021,");
  }

  @Test
  void otherPapersGetLastnameYearFirstWordMadeUnique() throws IOException {
    Paper attention =
        paper("Attention Is All You Need", "Ashish Vaswani", "Noam Shazeer").year(2017).build();
    Paper again = paper("Attention is all you need (v2)", "Ashish Vaswani").year(2017).build();
    Paper accents = paper("The Über-Model", "Jörg Müller").build();
    Paper nobody = paper("On Nothing").build();
    String out = write(List.of(attention, again, accents, nobody));
    assertThat(out)
        .contains(
            "@misc{vaswani2017attention,",
            "@misc{vaswani2017attention-2,",
            "@misc{mulleruber,",
            "@misc{anonnothing,");
  }

  @Test
  void theEntryTypeFollowsTheVenue() {
    Paper journal = paper("J", "A B").venue("Journal of Machine Learning Research").build();
    Paper conference = paper("C", "A B").venue("ACL 2020").build();
    Paper preprint =
        paper("P", "A B")
            .ids(ExternalIds.arxiv(new ArxivId("2501.00001"), 2))
            .categories(List.of("cs.CL", "cs.LG"))
            .firstPublished(LocalDate.of(2025, 1, 2))
            .build();
    assertThat(BibtexWriter.toBibtex(journal, List.of()))
        .startsWith("@article{")
        .contains("journal = {Journal of Machine Learning Research}");
    assertThat(BibtexWriter.toBibtex(conference, List.of()))
        .startsWith("@inproceedings{")
        .contains("booktitle = {ACL 2020}");
    assertThat(BibtexWriter.toBibtex(paper("G", "A B").venue("arXiv preprint").build(), List.of()))
        .startsWith("@article{")
        .contains("journal = {arXiv preprint}");
    assertThat(BibtexWriter.toBibtex(preprint, List.of()))
        .startsWith("@misc{")
        .contains(
            "year = 2025",
            "month = jan",
            "eprint = {2501.00001}",
            "archivePrefix = {arXiv}",
            "primaryClass = {cs.CL}");
  }

  @Test
  void exportThenImportGivesBackTitlesAuthorsYearsDoisAndArxivIds() throws IOException {
    List<Paper> papers =
        List.of(
            paper("50% of C# & F_1 {sets} cost $5 ~ ^ \\ -- ``q'' … 中文", "Jörg Müller", "王 小明")
                .year(2020)
                .ids(ExternalIds.NONE.withDoi("10.1000/a_b%c"))
                .venue("Transactions on Things & Stuff")
                .abstractText("First paragraph, 100% sure.\n\nSecond {one}.")
                .build(),
            paper("Attention Is All You Need", "Ashish Vaswani", "Barnes and Noble")
                .ids(ExternalIds.arxiv(new ArxivId("1706.03762"), 5))
                .categories(List.of("cs.CL"))
                .firstPublished(LocalDate.of(2017, 6, 12))
                .addLink(Link.of("abs", "https://arxiv.org/abs/1706.03762"))
                .build(),
            paper("Über Pre--training: Jérôme's ``Café''", "François Jérôme").build());
    CollectingSink back = readBack(write(papers));
    assertThat(back.skips).isEmpty();
    assertThat(back.papers).hasSize(papers.size());
    for (int i = 0; i < papers.size(); i++) {
      Paper original = papers.get(i);
      Paper read = back.papers.get(i);
      assertThat(read.title()).isEqualTo(original.title());
      assertThat(read.authors()).isEqualTo(original.authors());
      assertThat(read.publicationYear()).isEqualTo(original.publicationYear());
      assertThat(read.ids().doi()).isEqualTo(original.ids().doi());
      assertThat(read.ids().arxivId()).isEqualTo(original.ids().arxivId());
      assertThat(read.venue()).isEqualTo(original.venue());
      assertThat(read.abstractText()).isEqualTo(original.abstractText());
    }
  }

  @Test
  void randomTextWithEverySpecialCharacterRoundTrips() throws IOException {
    int[] alphabet =
        "abcXYZ 019{}\\%&$#_~^-`'\"@,=()[]<>|/.:;!?éüßøł–—“”…中文😀αΩ".codePoints().toArray();
    Random random = new Random(42);
    List<Paper> papers = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      StringBuilder text = new StringBuilder("t");
      for (int n = random.nextInt(30); n > 0; n--) {
        text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      String clean = text.toString().strip().replaceAll("\\s+", " ");
      papers.add(paper(clean, clean, "Ann Lee").build());
    }
    CollectingSink back = readBack(write(papers));
    assertThat(back.skips).isEmpty();
    assertThat(back.papers)
        .extracting(Paper::title)
        .isEqualTo(papers.stream().map(Paper::title).toList());
    assertThat(back.papers)
        .extracting(Paper::authors)
        .isEqualTo(papers.stream().map(Paper::authors).toList());
  }

  @Test
  void aLabFileSurvivesImportExportImport() throws IOException {
    CollectingSink first = new CollectingSink();
    new BibtexReader().read(Fixtures.resource("bibtex/lab.bib"), first);
    StringWriter out = new StringWriter();
    BibtexWriter writer = new BibtexWriter(out);
    for (int i = 0; i < first.papers.size(); i++) {
      writer.write(first.papers.get(i), List.of(first.records.get(i)));
    }
    assertThat(writer.written()).isEqualTo(first.papers.size());
    CollectingSink second = readBack(out.toString());
    assertThat(second.records)
        .extracting(SourceRecord::sourceId)
        .containsExactly(
            "export.bib/lab.bib/mueller2020bert",
            "export.bib/lab.bib/vaswani2017attention",
            "export.bib/lab.bib/smith2021graphs",
            "export.bib/lab.bib/vaswani2017again");
    List<String> firstFields = new ArrayList<>();
    List<String> secondFields = new ArrayList<>();
    for (int i = 0; i < first.papers.size(); i++) {
      firstFields.add(essentials(first.papers.get(i)));
      secondFields.add(essentials(second.papers.get(i)));
    }
    assertThat(secondFields).isEqualTo(firstFields);
  }

  private static String essentials(Paper p) {
    return String.join(
        " | ",
        p.title(),
        p.authors().toString(),
        Integer.toString(p.year()),
        String.valueOf(p.ids().doi()),
        String.valueOf(p.ids().arxivId()),
        String.valueOf(p.venue()),
        String.valueOf(p.abstractText()));
  }
}
