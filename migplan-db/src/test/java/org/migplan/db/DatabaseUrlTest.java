package org.migplan.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

class DatabaseUrlTest {
  @Test
  void readsDjangoStylePostgresUrls() {
    DatabaseUrl url = DatabaseUrl.parse("postgres://app:s%40cret@db.example:6543/madaris");
    assertThat(url.engine()).isEqualTo("postgresql");
    assertThat(url.host()).isEqualTo("db.example");
    assertThat(url.port()).isEqualTo(6543);
    assertThat(url.database()).isEqualTo("madaris");
    assertThat(url.user()).isEqualTo("app");
    assertThat(url.password()).isEqualTo("s@cret");
    assertThat(url.toString()).isEqualTo("postgresql://app@db.example:6543/madaris");
    assertThat(DatabaseUrl.parse("postgresql://localhost/madaris").port()).isEqualTo(5432);
  }

  @Test
  void readsJdbcPostgresUrlsWithCredentialsAsParameters() {
    DatabaseUrl url =
        DatabaseUrl.parse("jdbc:postgresql://h:5433/db?user=u&password=p%26w&sslmode=disable");
    assertThat(url.user()).isEqualTo("u");
    assertThat(url.password()).isEqualTo("p&w");
    assertThat(url.parameters()).containsEntry("sslmode", "disable").doesNotContainKey("password");
    assertThat(url.redacted()).doesNotContain("p&w");
  }

  @Test
  void readsSqliteUrlsRelativeAndAbsolute() {
    assertThat(DatabaseUrl.parse("sqlite:///db.sqlite3").database()).isEqualTo("db.sqlite3");
    assertThat(DatabaseUrl.parse("sqlite:////var/lib/app/db.sqlite3").database())
        .isEqualTo("/var/lib/app/db.sqlite3");
    assertThat(DatabaseUrl.parse("jdbc:sqlite:/tmp/x.db").database()).isEqualTo("/tmp/x.db");
    assertThat(DatabaseUrl.parse("jdbc:sqlite:file:/tmp/x.db?mode=ro").database())
        .isEqualTo("/tmp/x.db");
    assertThat(DatabaseUrl.parse("sqlite:////var/x.db").redacted())
        .isEqualTo("sqlite:////var/x.db");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sqlite:/x.db",
        "mysql://u:p@h/db",
        "postgres://u:hunter2@/nodb",
        "postgres://u:hunter2@host",
        "",
        "sqlite:///"
      })
  void rejectsOtherFormsWithTheAcceptedOnesAndNoPassword(String text) {
    assertThatThrownBy(() -> DatabaseUrl.parse(text))
        .isInstanceOf(MigplanException.class)
        .hasMessageContaining("is not a URL migplan reads")
        .hasMessageContaining("sqlite:////absolute/path")
        .hasMessageNotContaining("hunter2")
        .satisfies(
            e -> assertThat(((MigplanException) e).code()).isEqualTo(ErrorCode.BAD_DATABASE_URL));
  }

  @Test
  void redactionRemovesPasswordsFromFreeText() {
    assertThat(Redaction.redactPassword("x postgres://u:hunter2@h/db y"))
        .isEqualTo("x postgres://u:***@h/db y");
    assertThat(Redaction.redactPassword("jdbc:postgresql://h/db?user=u&password=hunter2&a=b"))
        .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&a=b");
  }
}
