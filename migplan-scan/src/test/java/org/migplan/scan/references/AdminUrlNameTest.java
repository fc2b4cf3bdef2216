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
 * The admin's URL names for a model ({@code admin:app_model_change} ...) change with it, also where
 * code completes them from their common start (as django-otp's admin tests do); a custom URL name
 * that only looks like them is the app's own and does not.
 */
class AdminUrlNameTest {
  @TempDir Path project;

  @Test
  void namesBuiltFromTheAdminPrefixAreAdminUrlNames() throws IOException {
    TestProjects.write(project, "otp/__init__.py", "");
    TestProjects.write(
        project,
        "otp/models.py",
        """
        from django.db import models


        class TotpDevice(models.Model):
            name = models.CharField(max_length=10)
        """);
    TestProjects.write(
        project,
        "otp/admin.py",
        """
        from django.urls import path, reverse


        def urls(view):
            return [path("<int:pk>/config/", view, name="otp_totpdevice_config")]


        def links(pk, suffix):
            return [
                reverse("admin:otp_totpdevice_change", args=[pk]),
                reverse("admin:otp_totpdevice_" + suffix, args=[pk]),
                reverse("admin:otp_totpdevice_%s" % suffix, args=[pk]),
                reverse("admin:otp_totpdevice_{}".format(suffix), args=[pk]),
                reverse("admin:otp_totpdevice_config", args=[pk]),
                reverse("admin:otp_totpdevices_" + suffix),
            ]
        """);

    List<CodeReference> found =
        ReferenceScanner.find(
            ProjectScanner.scan(project), ModelLabel.parse("otp.TotpDevice"), OptionalInt.empty());

    assertThat(found)
        .filteredOn(r -> r.file().equals("otp/admin.py"))
        .filteredOn(r -> r.kind() == ReferenceKind.ADMIN_URL_NAME)
        .allMatch(CodeReference::mustChange)
        .extracting(CodeReference::line)
        .containsExactly(10, 11, 12, 13);
  }
}
