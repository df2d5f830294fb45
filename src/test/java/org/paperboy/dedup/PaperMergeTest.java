package org.paperboy.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.paperboy.Fixtures;
import org.paperboy.domain.Paper;

class PaperMergeTest {
  private static final LocalDate D1 = LocalDate.of(2025, 1, 2);
  private static final LocalDate D2 = LocalDate.of(2025, 1, 3);

  @Test
  void aLaterListingUpdatesContentButKeepsTheFirstSeenDateAndId() {
    Paper stored =
        Fixtures.paper("2501.00001", "Old title", "Old abstract", D1, "cs.CL").withId(42);
    Paper incoming =
        Fixtures.paper("2501.00001", "New title", "New abstract", D2, "cs.CL", "cs.LG");

    Paper merged = PaperMerge.merge(stored, incoming);

    assertThat(merged.id()).isEqualTo(42);
    assertThat(merged.title()).isEqualTo("New title");
    assertThat(merged.abstractText()).isEqualTo("New abstract");
    assertThat(merged.categories()).containsExactly("cs.CL", "cs.LG");
    assertThat(merged.listingDates()).containsExactly(D1, D2);
    assertThat(merged.firstPublished()).isEqualTo(D1);
    assertThat(merged.firstSeen()).isEqualTo(D1);
    assertThat(merged.versionDate()).isEqualTo(D2);
  }

  @Test
  void anOlderListingReadLaterAddsItsDateButNotItsContent() {
    Paper stored = Fixtures.paper("2501.00001", "New title", "New abstract", D2).withId(1);
    Paper older = Fixtures.paper("2501.00001", "Old title", "Old abstract", D1);

    Paper merged = PaperMerge.merge(stored, older);

    assertThat(merged.title()).isEqualTo("New title");
    assertThat(merged.listingDates()).containsExactly(D1, D2);
    assertThat(merged.firstPublished()).isEqualTo(D1);
  }

  @Test
  void aMissingAbstractIsFilledFromTheOtherVersion() {
    Paper stored = Fixtures.paper("2501.00001", "T", "Has abstract", D1).withId(1);
    Paper incoming = Fixtures.paper("2501.00001", "T", null, D2);
    assertThat(PaperMerge.merge(stored, incoming).abstractText()).isEqualTo("Has abstract");
  }

  @Test
  void mergingTheSameRecordAgainChangesNothing() {
    Paper stored = Fixtures.paper("2501.00001", "T", "A", D1).withId(1);
    assertThat(PaperMerge.merge(stored, Fixtures.paper("2501.00001", "T", "A", D1)))
        .isEqualTo(stored);
  }
}
