package org.migplan.core.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FixtureRecordTest {
  private static final String SHA = "a".repeat(64);

  @Test
  void roundTripsThroughAMarkerAndReplacesAnEarlierRecord() {
    FixtureRecord first = new FixtureRecord("/srv/a b/fixture.json", SHA, 12);
    FixtureRecord second = new FixtureRecord("/srv/other.json", "b".repeat(64), 3);
    String marker = second.into(first.into("migplan staging copy of x made 2026-01-01"));

    assertThat(marker)
        .startsWith("migplan staging copy of x made 2026-01-01\n")
        .doesNotContain("fixture.json");
    assertThat(FixtureRecord.from(marker)).contains(second);
    assertThat(FixtureRecord.from(first.into("m"))).contains(first);
  }

  @Test
  void aMarkerWithoutAFixtureHasNone() {
    assertThat(FixtureRecord.from("migplan staging copy of x")).isEmpty();
    assertThat(FixtureRecord.from("fixture: /x sha256=short objects=1")).isEmpty();
  }

  @Test
  void rejectsWhatCannotBeOneLine() {
    assertThatThrownBy(() -> new FixtureRecord("/a\nb", SHA, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FixtureRecord("/a", "xyz", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
