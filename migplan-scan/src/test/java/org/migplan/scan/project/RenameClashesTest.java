package org.migplan.scan.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.RenameClashes;
import org.migplan.scan.ProjectScanner;
import org.migplan.scan.TestProjects;

/**
 * The reverse names a rename makes clash, against Django's own system checks on the same models
 * with the class renamed.
 */
class RenameClashesTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final Pattern CHECK =
      Pattern.compile("^(\\w+\\.\\w+\\.\\w+): \\((fields\\.E30\\d)\\)");

  /** Every kind of clash, and relations whose reverse names the rename leaves alone. */
  private static final String MODELS =
      """
      from django.db import models


      class Room(models.Model):
          student_set = models.IntegerField(default=0)


      class Tag(models.Model):
          student = models.CharField(max_length=5)


      class Locker(models.Model):
          student = models.CharField(max_length=5)


      class Course(models.Model):
          title = models.CharField(max_length=5)


      class Audit(models.Model):
          course = models.ForeignKey(Course, models.CASCADE, related_name="student_set")


      class Shelf(models.Model):
          student_items = models.IntegerField(default=0)


      class Desk(models.Model):
          owner = models.CharField(max_length=5)


      class Member(models.Model):
          room = models.ForeignKey(Room, models.CASCADE)
          tags = models.ManyToManyField(Tag)
          locker = models.OneToOneField(Locker, models.CASCADE)
          course = models.ForeignKey(Course, models.CASCADE)
          shelf = models.ForeignKey(Shelf, models.CASCADE, related_name="%(class)s_items")
          named = models.ForeignKey(Tag, models.CASCADE, related_name="members_named")
          hidden = models.ForeignKey(Locker, models.CASCADE, related_name="+")
          desk = models.ForeignKey(Desk, models.CASCADE, related_query_name="owner_of")
          locker_lock = models.ForeignKey(
              Desk, models.CASCADE, related_name="desk_locks", related_query_name="%(class)s_lock")
          friends = models.ManyToManyField("self")
      """;

  @TempDir Path project;

  @BeforeEach
  void write() throws IOException {
    TestProjects.write(
        project,
        "manage.py",
        """
        import os, sys
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cfg.settings")
        from django.core.management import execute_from_command_line
        execute_from_command_line(sys.argv)
        """);
    TestProjects.write(project, "cfg/__init__.py", "");
    TestProjects.write(
        project,
        "cfg/settings.py",
        """
        SECRET_KEY = "x"
        INSTALLED_APPS = ["django.contrib.auth", "django.contrib.contenttypes", "club"]
        DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
        DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
        """);
    TestProjects.write(project, "club/__init__.py", "");
    TestProjects.write(project, "club/models.py", MODELS);
  }

  private List<String> clashes(String newName) {
    return RenameClashes.of(
        ProjectScanner.catalogue(project), ModelLabel.parse("club.Member"), newName);
  }

  /** {@code app.Model.field (fields.E30N)} for each clash, as Django's checks report them. */
  private static List<String> codes(List<String> lines) {
    TreeSet<String> codes = new TreeSet<>();
    Pattern ours = Pattern.compile("^(\\w+\\.\\w+\\.\\w+): .*\\((fields\\.E30\\d)\\)$");
    for (String line : lines) {
      Matcher m = ours.matcher(line);
      if (m.find()) {
        codes.add(m.group(1) + " " + m.group(2));
      }
    }
    return List.copyOf(codes);
  }

  @Test
  void theClashesAreTheOnesDjangosChecksReportAfterTheRename() throws Exception {
    assumeTrue(Files.isExecutable(PYTHON), "Debian's python3 with Django");
    List<String> found = codes(clashes("Student"));

    Files.writeString(
        project.resolve("club/models.py"), MODELS.replace("class Member(", "class Student("));
    Process check =
        new ProcessBuilder(PYTHON.toString(), "manage.py", "check")
            .directory(project.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(check.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assumeTrue(!out.contains("No module named 'django'"), "Django is installed");
    TreeSet<String> django = new TreeSet<>();
    for (String line : out.lines().toList()) {
      Matcher m = CHECK.matcher(line);
      if (m.find()) {
        django.add(m.group(1) + " " + m.group(2));
      }
    }

    assertThat(found).hasSize(9).containsExactlyElementsOf(django);
  }

  @Test
  void aNameThatClashesWithNothingAndTheCurrentNameGiveNone() {
    assertThat(clashes("Pupil")).isEmpty();
    assertThat(clashes("Member")).isEmpty();
  }

  @Test
  void eachLineSaysWhichNameClashesWithWhat() {
    assertThat(clashes("Student"))
        .contains(
            "club.Student.tags: its reverse query name is 'student', as is the field"
                + " club.Tag.student (fields.E303)")
        .noneMatch(l -> l.startsWith("club.Student.named") || l.startsWith("club.Student.hidden"))
        .noneMatch(l -> l.startsWith("club.Student.friends") || l.startsWith("club.Student.desk"));
  }

  @Test
  void relatedNamesWrittenWithTheClassNameAreListedWithTheirNewValues() {
    assertThat(
            RenameClashes.relatedNameChanges(
                    ProjectScanner.catalogue(project), ModelLabel.parse("club.Member"), "Student")
                .stream()
                .map(org.migplan.core.django.RelatedNameChange::describe))
        .containsExactly(
            "locker_lock: member_lock -> student_lock", "shelf: member_items -> student_items");
  }
}
