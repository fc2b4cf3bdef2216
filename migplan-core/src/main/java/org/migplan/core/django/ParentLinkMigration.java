package org.migplan.core.django;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.migplan.core.naming.DjangoNames;

/**
 * The migration migplan writes into another app for its MTI children of the renamed model: a {@code
 * RenameField} of each child's parent link {@code <old>_ptr} to {@code <new>_ptr}. It must live in
 * the child's app (an operation acts on the models of its migration's app), after the rename
 * migration and after that app's latest migration (§3.10).
 *
 * @param appLabel the children's app label
 * @param directory the app's migrations directory, relative to the project root
 * @param number the migration number in that app
 * @param dependency the app's latest migration
 * @param renameAppLabel the renamed model's app
 * @param renameMigration the rename migration's name
 * @param children the children's object names
 * @param oldObjectName the parent's current class name
 * @param newObjectName the parent's new class name
 * @param header the comment lines at the top of the file
 */
public record ParentLinkMigration(
    String appLabel,
    String directory,
    int number,
    Optional<String> dependency,
    String renameAppLabel,
    String renameMigration,
    List<String> children,
    String oldObjectName,
    String newObjectName,
    String header) {

  public ParentLinkMigration {
    Objects.requireNonNull(appLabel, "appLabel");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(dependency, "dependency");
    children = children.stream().sorted().toList();
    Objects.requireNonNull(header, "header");
  }

  /** {@code 0002_rename_bmparliamentmember_ptr_student_ptr}. */
  public String name() {
    return String.format(Locale.ROOT, "%04d_rename_%s_%s", number, oldPointer(), newPointer());
  }

  public String fileName() {
    return name() + ".py";
  }

  /** Where it goes, relative to the project root. */
  public String path() {
    return directory.isEmpty() ? fileName() : directory + "/" + fileName();
  }

  public String oldPointer() {
    return DjangoNames.parentLinkField(oldObjectName);
  }

  public String newPointer() {
    return DjangoNames.parentLinkField(newObjectName);
  }

  /** The file's text. */
  public String text() {
    StringBuilder py = new StringBuilder(header);
    py.append("from django.db import migrations\n\n\n");
    py.append("class Migration(migrations.Migration):\n\n");
    py.append("    dependencies = [\n");
    dependency.ifPresent(
        name ->
            py.append("        (")
                .append(RenameMigration.str(appLabel))
                .append(", ")
                .append(RenameMigration.str(name))
                .append("),\n"));
    py.append("        (")
        .append(RenameMigration.str(renameAppLabel))
        .append(", ")
        .append(RenameMigration.str(renameMigration))
        .append("),\n");
    py.append("    ]\n\n");
    py.append("    operations = [\n");
    RenameMigration.renameParentLinks(py, children, oldObjectName, newObjectName);
    py.append("    ]\n");
    return py.toString();
  }
}
