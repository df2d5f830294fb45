package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CleanTextTest {
  @Test
  void joinsHardWrapsAndKeepsIndentedParagraphs() {
    String raw =
        "Precise camera localization is a critical task in XR applications and\nrobotics. Using only\n"
            + "the camera.\n  To this end, we explore\nan efficient method.";
    assertThat(CleanText.paragraphs(raw))
        .isEqualTo(
            "Precise camera localization is a critical task in XR applications and robotics. Using only the camera."
                + "\n\nTo this end, we explore an efficient method.");
  }

  @Test
  void blankLinesSeparateParagraphsAndEmptyTextIsNull() {
    assertThat(CleanText.paragraphs("One.\n\n\nTwo.")).isEqualTo("One.\n\nTwo.");
    assertThat(CleanText.paragraphs("  \n ")).isNull();
    assertThat(CleanText.paragraphs(null)).isNull();
  }

  @Test
  void mathBecomesReadableText() {
    assertThat(
            CleanText.line(
                "achieves $99\\%$ bit accuracy ($48$ bits) with a $10^5 \\times$ reduction"))
        .isEqualTo("achieves 99% bit accuracy (48 bits) with a 10⁵ × reduction");
    assertThat(CleanText.line("M$^2$D-LIF and $\\alpha$-divergence"))
        .isEqualTo("M²D-LIF and α-divergence");
    assertThat(CleanText.line("GSBAK$^K$: $top$-$K$ Attack")).isEqualTo("GSBAK^K: top-K Attack");
  }

  @Test
  void aBareScriptTakesDigitsOnlyAndABracedOneSignsToo() {
    assertThat(CleanText.line("runs in $O(n^2)$ and $0(n^6)$ time, $10^{-3}$, $x_{i+1}$, $H_2O$"))
        .isEqualTo("runs in O(n²) and 0(n⁶) time, 10⁻³, x_i+1, H₂O");
  }

  @Test
  void fontCommandsLinksAndCitationsAreResolved() {
    assertThat(
            CleanText.line(
                "we propose \\textbf{\\emph{FooNet}}, see \\href{https://x.org}{our code} \\cite{a,b}."))
        .isEqualTo("we propose FooNet, see our code .");
    assertThat(CleanText.line("\\textcolor{red}{warning} and \\url{https://github.com/x/y}"))
        .isEqualTo("warning and https://github.com/x/y");
  }

  @Test
  void accentsBecomeUnicode() {
    assertThat(
            CleanText.line(
                "B\\'ezier curves by Erd\\H{o}s and G\\\"odel, fa\\c{c}ade, \\'{e}t\\'e"))
        .isEqualTo("Bézier curves by Erdős and Gödel, façade, été");
  }

  @Test
  void plainTextIsLeftAloneIncludingAngleBracketsAndAmpersands() {
    assertThat(CleanText.line("with M << N & a <b>tag</b>"))
        .isEqualTo("with M << N & a <b>tag</b>");
    assertThat(CleanText.line("run it with --help")).isEqualTo("run it with --help");
    assertThat(CleanText.line("RAG with MoE -- Optimizing Context"))
        .isEqualTo("RAG with MoE – Optimizing Context");
  }

  @Test
  void unknownMacrosKeepTheirNameAndEscapedDollarsSurvive() {
    assertThat(CleanText.line("\\ours beats baselines by \\$5"))
        .isEqualTo("ours beats baselines by $5");
  }
}
