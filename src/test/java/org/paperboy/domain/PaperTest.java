package org.paperboy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.paperboy.Fixtures;

class PaperTest {
  @Test
  void blankTitleIsRejectedWithItsValue() {
    assertThatThrownBy(() -> Fixtures.paper("2501.00001", "  ", "x", LocalDate.of(2025, 1, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("title");
  }

  @Test
  void blankAbstractBecomesNullAndListingDatesAreSorted() {
    Paper p =
        new Paper(
            0,
            ExternalIds.NONE,
            "T",
            List.of(),
            "  ",
            List.of(),
            " ",
            0,
            null,
            new TreeSet<>(List.of(LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 1))),
            null,
            null,
            List.of(),
            List.of());
    assertThat(p.abstractText()).isNull();
    assertThat(p.venue()).isNull();
    assertThat(p.firstSeen()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(p.isStored()).isFalse();
    assertThat(p.withId(7).isStored()).isTrue();
  }

  @Test
  void negativeIdIsRejected() {
    Paper p = Fixtures.paper("2501.00001", "T", null, LocalDate.of(2025, 1, 2));
    assertThatThrownBy(() -> p.withId(-1)).hasMessageContaining("-1");
  }

  @Test
  void externalIdsNormaliseDoisAndRejectJunk() {
    ExternalIds ids =
        new ExternalIds(null, 0, "https://doi.org/10.18653/V1/2023.ACL-LONG.1", null, null, null);
    assertThat(ids.doi()).isEqualTo("10.18653/v1/2023.acl-long.1");
    assertThatThrownBy(() -> new ExternalIds(null, 0, "not a doi", null, null, null))
        .hasMessageContaining("'not a doi'");
    assertThatThrownBy(() -> new ExternalIds(null, 2, null, null, null, null))
        .hasMessageContaining("without an arXiv id");
  }

  @Test
  void categoriesAreTokensAndYearsHaveFourDigits() {
    Paper.Builder b = Paper.builder().title("T");
    assertThatThrownBy(() -> b.categories(List.of("Deep learning")).build())
        .hasMessageContaining("'Deep learning'");
    assertThatThrownBy(() -> b.categories(List.of()).year(23).build()).hasMessageContaining("23");
    assertThat(b.year(2023).build().publicationYear()).isEqualTo(2023);
  }

  @Test
  void authorIdsAreNamespaced() {
    assertThat(new Author("Jan de Vries", "acl:jan-de-vries").id()).isEqualTo("acl:jan-de-vries");
    assertThatThrownBy(() -> new Author("Jan", "jan-de-vries"))
        .hasMessageContaining("'jan-de-vries'");
  }

  @Test
  void linksMustBeHttp() {
    assertThatThrownBy(() -> Link.of("pdf", "javascript:alert(1)"))
        .hasMessageContaining("javascript:alert(1)");
  }

  @Test
  void authorNamesAreWhitespaceNormalised() {
    assertThat(new Author("  Jan  A.\n de Vries ").name()).isEqualTo("Jan A. de Vries");
  }
}
