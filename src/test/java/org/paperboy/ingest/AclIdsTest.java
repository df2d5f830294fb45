package org.paperboy.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AclIdsTest {
  @Test
  void newStyleIdsJoinCollectionVolumeAndPaper() {
    assertThat(AclIds.paper("2023.acl", "long", "1")).isEqualTo("2023.acl-long.1");
    assertThat(AclIds.paper("2023.acl", "long", "911")).isEqualTo("2023.acl-long.911");
    assertThat(AclIds.paper("1952.earlymt", "1", "6")).isEqualTo("1952.earlymt-1.6");
  }

  @Test
  void oldStyleIdsPadVolumeAndPaperIntoFourDigits() {
    assertThat(AclIds.paper("P19", "1", "1")).isEqualTo("P19-1001");
    assertThat(AclIds.paper("J10", "1", "6")).isEqualTo("J10-1006");
    assertThat(AclIds.paper("D19", "1", "3")).isEqualTo("D19-1003");
  }

  @Test
  void workshopsAndAFewOthersUseTwoDigitVolumes() {
    assertThat(AclIds.paper("W18", "64", "81")).isEqualTo("W18-6481");
    assertThat(AclIds.paper("W18", "1", "2")).isEqualTo("W18-0102");
    assertThat(AclIds.paper("C69", "1", "2")).isEqualTo("C69-0102");
    assertThat(AclIds.paper("D19", "50", "1")).isEqualTo("D19-5001");
    assertThat(AclIds.paper("D19", "5", "3")).isEqualTo("D19-0503");
  }

  @Test
  void missingOrNonNumericOldStyleIdsAreInvalid() {
    assertThatThrownBy(() -> AclIds.paper("P19", "long", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'long'");
    assertThatThrownBy(() -> AclIds.paper("2023.acl", "long", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paper id");
    assertThatThrownBy(() -> AclIds.paper("2023.acl", " ", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("volume id");
  }
}
