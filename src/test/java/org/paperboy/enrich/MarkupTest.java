package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void dropsInlineTagsAsTextAndDecodesEntities() {
    assertThat(Markup.line("<i>E. coli</i> &amp; <sub>2</sub>O &#8211; &#x3b1; &unknown;"))
        .isEqualTo("E. coli & 2O – α &unknown;");
    assertThat(Markup.line("The role of\n     <scp>AI</scp>\n   in ecology"))
        .isEqualTo("The role of AI in ecology");
  }

  @Test
  void keepsALessThanThatIsNoTag() {
    assertThat(Markup.line("p < 0.05 and a<b")).isEqualTo("p < 0.05 and a<b");
    assertThat(Markup.line("x &lt;i&gt; y")).isEqualTo("x <i> y");
  }

  @Test
  void keepsWhatThePublisherGluedTogether() {
    // Wiley deposits lose the space around inline elements; which side lost it cannot be told.
    assertThat(Markup.line("<scp>T</scp>reebase: an<scp>R</scp>package"))
        .isEqualTo("Treebase: anRpackage");
  }

  @Test
  void splitsJatsBlocksIntoParagraphsWithoutTheAbstractHeading() {
    String jats =
        "<jats:title>Abstract</jats:title><jats:sec><jats:title>Background</jats:title>"
            + "<jats:p>One <jats:italic>two</jats:italic>.</jats:p></jats:sec>"
            + "<jats:p><jats:list><jats:list-item><jats:p>Item.</jats:p></jats:list-item></jats:list></jats:p>";

    assertThat(Markup.paragraphs(jats)).isEqualTo("Background\n\nOne two.\n\nItem.");
    assertThat(Markup.paragraphs("<jats:p> </jats:p>")).isNull();
    assertThat(Markup.paragraphs("Plain text.")).isEqualTo("Plain text.");
  }
}
