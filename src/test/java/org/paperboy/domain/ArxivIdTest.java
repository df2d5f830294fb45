package org.paperboy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArxivIdTest {
  @Test
  void parsesModernIdsWithAndWithoutVersion() {
    assertThat(ArxivId.parse("2504.08901"))
        .isEqualTo(new ArxivId.Versioned(new ArxivId("2504.08901"), 0));
    assertThat(ArxivId.parse("arXiv:2504.08901v3"))
        .isEqualTo(new ArxivId.Versioned(new ArxivId("2504.08901"), 3));
    assertThat(ArxivId.parse("0704.0001v1").id().value()).isEqualTo("0704.0001");
  }

  @Test
  void parsesOldStyleIds() {
    assertThat(ArxivId.parse("hep-th/9901001v2").id().value()).isEqualTo("hep-th/9901001");
    assertThat(ArxivId.parse("math.AG/0601001").id().value()).isEqualTo("math.AG/0601001");
  }

  @Test
  void rejectsWhatIsNotAnIdAndNamesIt() {
    assertThatThrownBy(() -> ArxivId.parse("not-an-id")).hasMessageContaining("'not-an-id'");
    assertThatThrownBy(() -> new ArxivId("2504.08901v2")).hasMessageContaining("2504.08901v2");
    assertThatThrownBy(() -> new ArxivId("25.1")).isInstanceOf(IllegalArgumentException.class);
  }
}
