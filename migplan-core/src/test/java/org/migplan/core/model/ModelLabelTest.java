package org.migplan.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migplan.core.ErrorCode;
import org.migplan.core.MigplanException;

class ModelLabelTest {
  @Test
  void parsesAppLabelAndObjectNameKeepingCase() {
    ModelLabel label = ModelLabel.parse("constituents.BMParliamentMember");
    assertThat(label.appLabel()).isEqualTo("constituents");
    assertThat(label.objectName()).isEqualTo("BMParliamentMember");
    assertThat(label.modelName()).isEqualTo("bmparliamentmember");
    assertThat(label.labelLower()).isEqualTo("constituents.bmparliamentmember");
    assertThat(label.renamedTo("Student")).hasToString("constituents.Student");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Student", "a.b.C", ".Student", "app.", "app.1Model", "my-app.M"})
  void rejectsAnythingButAppLabelDotModelName(String text) {
    assertThatThrownBy(() -> ModelLabel.parse(text))
        .isInstanceOf(MigplanException.class)
        .hasMessageContaining("app_label.ModelName")
        .satisfies(
            e -> assertThat(((MigplanException) e).code()).isEqualTo(ErrorCode.BAD_MODEL_LABEL));
  }
}
