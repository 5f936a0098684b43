package fr.passeurs.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.Csv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The migration that loads the crafts holds exactly the reference file, row for row. */
class CraftsMigrationTest {

  @Test
  void migrationLoadsEveryCraftOfTheReferenceFile() throws IOException {
    List<Map<String, String>> rows;
    try (InputStream in = Files.newInputStream(Path.of("db/reference/crafts.csv"))) {
      rows = Csv.read(in);
    }
    String sql = Files.readString(Path.of("db/migration/V2__crafts.sql"), StandardCharsets.UTF_8);
    assertThat(rows).hasSize(67);
    for (Map<String, String> row : rows) {
      String tuple =
          "("
              + q(row.get("code"))
              + ", "
              + q(row.get("domain"))
              + ", "
              + q(row.get("name_fr"))
              + ", "
              + q(row.get("name_en"))
              + ", "
              + q(row.get("source"))
              + ")";
      assertThat(sql).as(row.toString()).contains(tuple);
    }
    assertThat(sql.split("\\),\\s*\\n|\\);").length - 1).isEqualTo(rows.size());
  }

  private static String q(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
