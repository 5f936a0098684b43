package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTest {

  @Test
  void quotedFieldsMayHoldCommasAndQuotes() {
    assertThat(Csv.parseLine("a,\"b, c\",\"say \"\"hi\"\"\",,"))
        .containsExactly("a", "b, c", "say \"hi\"", "", "");
  }

  @Test
  void rowsAreMapsByHeaderAndBlankLinesAreSkipped() {
    String text = "code,name\nx,\"Un, deux\"\n\ny,Trois\n";
    List<Map<String, String>> rows =
        Csv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(rows)
        .containsExactly(
            Map.of("code", "x", "name", "Un, deux"), Map.of("code", "y", "name", "Trois"));
  }

  @Test
  void heritageKnowHowDemoFileIsReadWhole() throws IOException {
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/demo/heritage-knowhow.csv"))) {
      List<Map<String, String>> rows = Csv.read(in);
      assertThat(rows).hasSize(13);
      assertThat(rows)
          .allSatisfy(row -> assertThat(row.get("recognition")).isIn("UNESCO", "INVENTORY"));
      assertThat(rows.get(2).get("name_fr")).contains("compagnonnage, réseau de transmission");
    }
  }

  @Test
  void linesQuoteWhatNeedsItAndReadBackTheSame() {
    String line = Csv.line(java.util.List.of("Léa", "en retard, 10 min", "dit \"présente\"", ""));
    assertThat(line).isEqualTo("Léa,\"en retard, 10 min\",\"dit \"\"présente\"\"\",\r\n");
    assertThat(Csv.parseLine(line.strip()))
        .containsExactly("Léa", "en retard, 10 min", "dit \"présente\"", "");
  }

  @Test
  void cellsASpreadsheetWouldRunAreWrittenAsText() {
    String line =
        Csv.line(
            java.util.List.of(
                "=HYPERLINK(\"http://evil.example\",\"clic\")",
                "+1",
                "-2",
                "@SUM(A1)",
                "\tx",
                "Jean"));
    assertThat(Csv.parseLine(line.strip()))
        .containsExactly(
            "'=HYPERLINK(\"http://evil.example\",\"clic\")",
            "'+1",
            "'-2",
            "'@SUM(A1)",
            "'\tx",
            "Jean");
  }
}
