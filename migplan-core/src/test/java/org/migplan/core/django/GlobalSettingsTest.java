package org.migplan.core.django;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobalSettingsTest {
  @ParameterizedTest
  @CsvSource({"2.2,false", "3.2.25,false", "4.0,false", "4.2.28,false", "5.0,true", "5.2,true"})
  void useTzBecameTrueInDjango50(String version, boolean expected) {
    GlobalSettings defaults = new GlobalSettings(DjangoVersion.parse(version));
    assertThat(defaults.useTz()).isEqualTo(expected);
    assertThat(defaults.timeZone()).isEqualTo("America/Chicago");
  }

  @Test
  void theOldestSupportedReleaseKeepsNaiveDatetimes() {
    assertThat(GlobalSettings.OLDEST_SUPPORTED).isEqualTo(DjangoVersion.parse("3.2"));
    assertThat(new GlobalSettings(GlobalSettings.OLDEST_SUPPORTED).useTz()).isFalse();
  }
}
