package org.migplan.scan.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.migplan.core.model.ModelLabel;
import org.migplan.core.source.RelationKind;

/**
 * What migplan knows of django.contrib's models without reading Django's source: which are concrete
 * (a subclass gets a parent link) and which abstract bases declare relations (a custom user model
 * built on {@code AbstractUser} gets {@code groups} and {@code user_permissions}).
 */
final class ContribModels {
  private static final Pattern QUALIFIED =
      Pattern.compile("django\\.contrib\\.(\\w+)\\.(?:models|base_user|base_session)\\.(\\w+)");
  private static final Set<String> CONCRETE =
      Set.of(
          "auth.User",
          "auth.Group",
          "auth.Permission",
          "contenttypes.ContentType",
          "admin.LogEntry",
          "sites.Site",
          "flatpages.FlatPage",
          "redirects.Redirect",
          "sessions.Session");
  private static final List<Inherited> PERMISSIONS =
      List.of(
          new Inherited("groups", RelationKind.MANY_TO_MANY, new ModelLabel("auth", "Group")),
          new Inherited(
              "user_permissions", RelationKind.MANY_TO_MANY, new ModelLabel("auth", "Permission")));
  private static final Map<String, List<Inherited>> ABSTRACT =
      Map.of(
          "auth.PermissionsMixin",
          PERMISSIONS,
          "auth.AbstractUser",
          PERMISSIONS,
          "auth.AbstractBaseUser",
          List.of(),
          "sessions.AbstractBaseSession",
          List.of());

  /** A relation an abstract contrib base gives its subclasses. */
  record Inherited(String field, RelationKind kind, ModelLabel target) {}

  private ContribModels() {}

  /** The contrib model a qualified class name stands for, if migplan knows it. */
  static Optional<ModelLabel> model(String qualified) {
    if (!qualified.startsWith("django.contrib.")) {
      return Optional.empty(); // most names: no regex run
    }
    Matcher matcher = QUALIFIED.matcher(qualified);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String label = matcher.group(1) + "." + matcher.group(2);
    return CONCRETE.contains(label) || ABSTRACT.containsKey(label)
        ? Optional.of(new ModelLabel(matcher.group(1), matcher.group(2)))
        : Optional.empty();
  }

  static boolean isConcrete(ModelLabel label) {
    return CONCRETE.contains(label.toString());
  }

  /** The relations an abstract contrib base declares (none for a concrete or unknown one). */
  static List<Inherited> inheritedRelations(ModelLabel label) {
    return ABSTRACT.getOrDefault(label.toString(), List.of());
  }
}
