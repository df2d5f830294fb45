package org.paperboy.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {
  private static PartialDate date(int y, int m, int d) {
    return new PartialDate(y, m, d);
  }

  @Test
  void readsWhatServicesSendAndDropsWhatIsOutOfRange() {
    assertThat(PartialDate.of(null, null, null)).isEmpty();
    assertThat(PartialDate.of(2024, null, null)).contains(date(2024, 0, 0));
    assertThat(PartialDate.of(2024, 13, 1)).contains(date(2024, 0, 0));
    assertThat(PartialDate.of(2023, 2, 29)).contains(date(2023, 2, 0));
    assertThat(PartialDate.of(2023, null, 29)).contains(date(2023, 0, 0));
    assertThat(PartialDate.parse("2024-02-29")).contains(date(2024, 2, 29));
    assertThat(PartialDate.parse("2024-02")).contains(date(2024, 2, 0));
    assertThat(PartialDate.parse("Feb 2024")).isEmpty();
  }

  @Test
  void rejectsImpossibleDatesByName() {
    assertThatThrownBy(() -> date(2023, 2, 29)).hasMessageContaining("no day 29 in 2023-02");
    assertThatThrownBy(() -> date(99, 0, 0)).hasMessageContaining("got 99");
  }

  @Test
  void aPartialDateIsEarlierOnlyWhenItMustBe() {
    PartialDate online = date(2022, 5, 30);

    assertThat(PartialDate.earliest(List.of(date(2022, 7, 0), online))).contains(online);
    assertThat(PartialDate.earliest(List.of(date(2022, 0, 0), online))).contains(online);
    assertThat(PartialDate.earliest(List.of(date(2022, 4, 0), online))).contains(date(2022, 4, 0));
    assertThat(PartialDate.earliest(List.of(date(2022, 5, 31), date(2022, 5, 0))))
        .contains(date(2022, 5, 31));
    assertThat(PartialDate.earliest(List.of())).isEmpty();
    assertThat(online.toLocalDate()).contains(LocalDate.of(2022, 5, 30));
  }
}
