package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every kind of act the audit trail records reads in French and in English, and the database
 * accepts exactly these kinds.
 */
class AuditActionTest {

  @Test
  void everyActHasAFrenchAndAnEnglishName() throws IOException {
    for (String language : new String[] {"fr", "en"}) {
      Properties texts = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/messages_" + language + ".properties")) {
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (AuditAction action : AuditAction.values()) {
        assertThat(texts.getProperty("auditAction." + action))
            .as(language + " " + action)
            .isNotBlank();
      }
    }
  }

  @Test
  void theDatabaseAcceptsEveryActAndNoOther() throws IOException {
    String check =
        Files.readString(lastMigrationWith("ck_audit_entry_action CHECK"))
            .replaceAll("(?s).*CHECK \\(action IN \\((.*?)\\)\\).*", "$1");
    assertThat(check.split(","))
        .extracting(value -> value.trim().replace("'", ""))
        .containsExactlyInAnyOrder(
            java.util.Arrays.stream(AuditAction.values()).map(Enum::name).toArray(String[]::new));
  }

  /** The migration that set the constraint last: the one with the highest version holding it. */
  private static Path lastMigrationWith(String text) throws IOException {
    try (var files = Files.list(Path.of("db/migration"))) {
      return files
          .filter(
              file -> {
                try {
                  return Files.readString(file).contains(text);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .max(
              java.util.Comparator.comparingInt(
                  file ->
                      Integer.parseInt(
                          file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
          .orElseThrow();
    }
  }
}
