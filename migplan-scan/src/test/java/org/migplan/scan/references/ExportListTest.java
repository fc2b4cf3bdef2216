package org.migplan.scan.references;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.CodeReference;
import org.migplan.core.source.ReferenceKind;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.TestProjects;

/**
 * The model's class name in a module's {@code __all__} must change with it when the module binds it
 * to the model ({@code from module import *} would fail); elsewhere it is not the model.
 */
class ExportListTest {
  @TempDir Path project;

  @Test
  void theModelsNameInAnAllListThatExportsItMustChange() throws IOException {
    TestProjects.write(project, "school/__init__.py", "");
    TestProjects.write(
        project,
        "school/models/__init__.py",
        """
        from .student import Student

        __all__ = ["Student"]
        """);
    TestProjects.write(
        project,
        "school/models/student.py",
        """
        from django.db import models


        class Student(models.Model):
            name = models.CharField(max_length=10)


        __all__ = ('Student',)
        __all__.append("Student")
        """);
    TestProjects.write(project, "other/__init__.py", "");
    TestProjects.write(
        project,
        "other/models.py",
        """
        from django.db import models


        class Student(models.Model):
            code = models.CharField(max_length=10)


        __all__ = ["Student"]
        """);
    TestProjects.write(project, "reports/__init__.py", "");
    TestProjects.write(
        project,
        "reports/views.py",
        """
        NOTE = "Student"
        __all__ = ["index"]
        """);

    List<CodeReference> found =
        ReferenceScanner.find(
            ProjectScanner.scan(project), ModelLabel.parse("school.Student"), OptionalInt.empty());

    assertThat(found)
        .filteredOn(r -> r.text().contains("__all__") && r.mustChange())
        .allMatch(r -> r.kind() == ReferenceKind.CLASS_USAGE)
        .extracting(r -> r.file() + ":" + r.line())
        .containsExactlyInAnyOrder(
            "school/models/__init__.py:3",
            "school/models/student.py:8",
            "school/models/student.py:9");
    // another app's Student is not the model
    assertThat(found)
        .filteredOn(r -> r.file().equals("other/models.py"))
        .noneMatch(CodeReference::mustChange);
  }
}
