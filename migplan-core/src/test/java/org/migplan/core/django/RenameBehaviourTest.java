package org.migplan.core.django;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RenameBehaviourTest {
  @ParameterizedTest
  @CsvSource({
    "3.2,true",
    "4.2.28,true",
    "5.2,true",
    "6.0,true",
    "6.0.0,false",
    "6.0.1,true",
    "6.1,false",
    "6.1.1,false",
    "7.0,false"
  })
  void migrationRenamesPermissionsUnlessDjangoDoes(String version, boolean expected) {
    assertThat(new RenameBehaviour(DjangoVersion.parse(version)).migrationRenamesPermissions())
        .isEqualTo(expected);
  }

  @Test
  void versionParsingAndOrder() {
    assertThat(DjangoVersion.parse("4.2.28")).isEqualTo(new DjangoVersion(4, 2, 28));
    assertThat(DjangoVersion.parse("5.0rc1").toString()).isEqualTo("5.0");
    assertThat(DjangoVersion.parse("3.2")).isLessThan(DjangoVersion.parse("3.2.1"));
    assertThat(DjangoVersion.parse("10.0").atLeast(6, 1)).isTrue();
    assertThatThrownBy(() -> DjangoVersion.parse("three")).hasMessageContaining("'three'");
  }
}
