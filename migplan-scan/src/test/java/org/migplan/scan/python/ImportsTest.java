package org.migplan.scan.python;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The names import statements bind, as Python binds them. */
class ImportsTest {
  private static Map<String, ImportBinding> imports(String source) {
    return ModuleParser.parse("shop.admin", false, source).imports();
  }

  @Test
  void aRelativeImportOfTheDotsAloneBindsTheSubmodules() {
    Map<String, ImportBinding> bound =
        imports("from . import models\nfrom . import views as v, forms\nfrom .. import root\n");

    assertThat(bound.get("models").qualified()).isEqualTo("shop.models");
    assertThat(bound.get("v").qualified()).isEqualTo("shop.views");
    assertThat(bound.get("forms").qualified()).isEqualTo("shop.forms");
    assertThat(bound.get("root").qualified()).isEqualTo("root"); // beyond the top package
  }

  @Test
  void relativeAndAbsoluteModulesAreResolvedAgainstThePackage() {
    Map<String, ImportBinding> bound =
        imports(
            "from .models import Store as S\nfrom django.db import models\nimport a.b as ab\n"
                + "import c.d\n");

    assertThat(bound.get("S").qualified()).isEqualTo("shop.models.Store");
    assertThat(bound.get("models").qualified()).isEqualTo("django.db.models");
    assertThat(bound.get("ab").qualified()).isEqualTo("a.b");
    assertThat(bound.get("c").qualified()).isEqualTo("c");
  }

  @Test
  void incompleteStatementsBindNothing() {
    assertThat(imports("from .\nfrom . import\nfrom\nimport\n")).isEmpty();
  }
}
