package org.migplan.core.database;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What Django's own tables record about the model.
 *
 * @param contentType the model's {@code django_content_type} row, if there is one
 * @param permissions its {@code auth_permission} rows with their grants, by codename
 * @param adminLogRows its {@code django_admin_log} rows, when that table exists
 * @param migrations every applied migration, in the order Django applied them
 * @param missingTables Django tables that are not in the database (e.g. no admin installed)
 */
public record DjangoState(
    Optional<ContentType> contentType,
    List<Permission> permissions,
    OptionalLong adminLogRows,
    List<AppliedMigration> migrations,
    List<String> missingTables) {
  public DjangoState {
    Objects.requireNonNull(contentType, "contentType");
    permissions = permissions.stream().sorted(Comparator.comparing(Permission::codename)).toList();
    Objects.requireNonNull(adminLogRows, "adminLogRows");
    migrations =
        migrations.stream().sorted(Comparator.comparingLong(AppliedMigration::id)).toList();
    missingTables = missingTables.stream().sorted().distinct().toList();
  }

  /** Applied migration names per app, apps sorted, names in the order applied. */
  public Map<String, List<String>> migrationsByApp() {
    return Collections.unmodifiableMap(
        migrations.stream()
            .collect(
                Collectors.groupingBy(
                    AppliedMigration::app,
                    TreeMap::new,
                    Collectors.mapping(AppliedMigration::name, Collectors.toList()))));
  }

  /** The app's last applied migration: the rollback target of a change made after it. */
  public Optional<AppliedMigration> latestMigration(String app) {
    return migrations.stream()
        .filter(m -> m.app().equals(app))
        .max(Comparator.comparingLong(AppliedMigration::id));
  }
}
