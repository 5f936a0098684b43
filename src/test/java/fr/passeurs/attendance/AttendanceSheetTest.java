package fr.passeurs.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.TimeRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed feuille d'émargement, drawn without a server and read back as text. */
class AttendanceSheetTest {

  static final Instant MORNING = Instant.parse("2026-03-12T08:00:00Z"); // 09:00 in Paris

  @Test
  void manyParticipantsRunOverPagesEachNumberedAndNamesOutsideWinAnsiStayReadable()
      throws Exception {
    List<AttendanceSheet.Line> lines = new ArrayList<>();
    lines.add(
        new AttendanceSheet.Line(
            "Łukasz Wróbel 李",
            AttendanceStatus.LATE,
            15,
            "une remarque assez longue pour passer sur deux lignes dans sa colonne du tableau",
            MORNING.plusSeconds(14 * 60),
            Signature.Method.QR));
    for (int i = 2; i <= 30; i++) {
      lines.add(
          new AttendanceSheet.Line(
              "Participant " + i, AttendanceStatus.PRESENT, null, "", null, null));
    }
    AttendanceSheet.HalfDay morning =
        new AttendanceSheet.HalfDay(
            new TimeRange(MORNING, MORNING.plusSeconds(3 * 3600)),
            lines,
            MORNING.plusSeconds(3 * 3600 - 60));
    byte[] pdf =
        AttendanceSheet.render(
            new AttendanceSheet.Content(
                "Initiation à la dentelle",
                "Dentelle d’Alençon",
                "Manufacture d’Alençon (Alençon)",
                "Odile Lemaître",
                List.of(morning, morning),
                MORNING.plusSeconds(36_000)));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      int pages = document.getNumberOfPages();
      assertThat(pages).isGreaterThanOrEqualTo(2);
      assertThat(text)
          .contains("Initiation à la dentelle")
          .contains("Dentelle d’Alençon")
          .contains("le jeudi 12 mars 2026")
          .contains("09:00–12:00")
          .contains("Lukasz Wróbel ?")
          .contains("en retard (15 min)")
          .contains("signé le 12/03/2026 à 09:14 (QR)")
          .contains("signé le 12/03/2026 à 11:59")
          .contains("Participant 30")
          .contains("Exportée le 12/03/2026 à 19:00")
          .contains("Page " + pages + " / " + pages);
    }
  }

  @Test
  void statusesAndSignaturesReadInFrench() {
    assertThat(AttendanceSheet.status(AttendanceStatus.PRESENT, null)).isEqualTo("présent");
    assertThat(AttendanceSheet.status(AttendanceStatus.LATE, 5)).isEqualTo("en retard (5 min)");
    assertThat(AttendanceSheet.status(AttendanceStatus.EXCUSED, null)).isEqualTo("excusé");
    assertThat(AttendanceSheet.status(AttendanceStatus.ABSENT, null)).isEqualTo("absent");
    assertThat(AttendanceSheet.status(null, null)).isEqualTo("non renseigné");
    assertThat(AttendanceSheet.signed(null, null)).isEqualTo("non signé");
  }
}
