package fr.passeurs.attendance;

import fr.passeurs.platform.ClockProducer;
import fr.passeurs.platform.ParisTime;
import fr.passeurs.platform.PdfText;
import fr.passeurs.platform.TimeRange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A session's register printed as a French <i>feuille d'émargement</i>: landscape A4, the training,
 * its know-how, manufacture, trainer and dates, then for each half-day a table of the participants
 * with their attendance, remark and signature, and the trainer's signature that closes it; every
 * page carries its number and the time of the export. Long registers run over as many pages as
 * needed, the table's header repeated on each.
 *
 * <p>It prints in the standard Helvetica of every PDF reader (WinAnsi encoding: the accents of
 * French are there, nothing to embed); a character outside it loses its accent, or becomes "?". The
 * text stays extractable, so the sheet can be searched and checked.
 */
public final class AttendanceSheet {

  /** A participant's line for one half-day. */
  public record Line(
      String participant,
      AttendanceStatus status,
      Integer lateMinutes,
      String remark,
      Instant signedAt,
      Signature.Method method) {}

  /** A half-day: its time, its lines, and when the trainer signed it (null while open). */
  public record HalfDay(TimeRange time, List<Line> lines, Instant trainerSignedAt) {
    public HalfDay {
      lines = List.copyOf(lines);
    }
  }

  /** What the sheet states. */
  public record Content(
      String title,
      String knowHow,
      String manufacture,
      String trainer,
      List<HalfDay> halfDays,
      Instant exportedAt) {
    public Content {
      halfDays = List.copyOf(halfDays);
    }
  }

  private static final PDRectangle LANDSCAPE_A4 =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 36; // half an inch
  private static final float FOOTER = 28;
  private static final float TEXT = 9;
  private static final float LEADING = 11.5f;
  private static final float PADDING = 4;

  /** Column titles and widths; they fill the 770 points between the margins. */
  private static final String[] HEADERS = {
    "N°", "Participant", "Présence", "Remarque", "Signature du participant"
  };

  private static final float[] WIDTHS = {28, 232, 110, 178, 222};

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
  private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

  private AttendanceSheet() {}

  /** Draws the sheet; each call makes its own document. */
  public static byte[] render(Content content) {
    Objects.requireNonNull(content, "content");
    try (PDDocument document = new PDDocument()) {
      Drawing drawing = new Drawing(document, content);
      drawing.draw();
      drawing.footers();
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Feuille d'émargement — " + content.title());
      info.setSubject("Feuille d'émargement");
      info.setCreator("Passeurs");
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      created.setTimeInMillis(content.exportedAt().toEpochMilli());
      info.setCreationDate(created);
      ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The attendance sheet cannot be drawn", e);
    }
  }

  /** "présent", "en retard (12 min)", "excusé", "absent", or "non renseigné" without an entry. */
  public static String status(AttendanceStatus status, Integer lateMinutes) {
    if (status == null) {
      return "non renseigné";
    }
    return switch (status) {
      case PRESENT -> "présent";
      case LATE -> "en retard (" + (lateMinutes == null ? "?" : lateMinutes) + " min)";
      case EXCUSED -> "excusé";
      case ABSENT -> "absent";
    };
  }

  /** "signé le 12/03/2026 à 09:14 (QR)", or "non signé". */
  public static String signed(Instant at, Signature.Method method) {
    if (at == null) {
      return "non signé";
    }
    String how =
        method == null
            ? ""
            : switch (method) {
              case QR -> " (QR)";
              case SELF -> " (en ligne)";
              case TRAINER -> " (formateur)";
            };
    return "signé le " + ParisTime.inSentence(at) + how;
  }

  /** The period of the half-days: "le lundi 12 mars 2026" or "du … au …". */
  static String dates(List<HalfDay> halfDays) {
    if (halfDays.isEmpty()) {
      return "—";
    }
    LocalDate first = day(halfDays.get(0).time().start());
    LocalDate last = day(halfDays.get(halfDays.size() - 1).time().start());
    return first.equals(last)
        ? "le " + DAY.format(first)
        : "du " + DAY.format(first) + " au " + DAY.format(last);
  }

  private static LocalDate day(Instant at) {
    return at.atZone(ClockProducer.PARIS).toLocalDate();
  }

  private static String hour(Instant at) {
    return HOUR.format(at.atZone(ClockProducer.PARIS));
  }

  /** One drawing of a document: the pen's place, the current page and its content stream. */
  private static final class Drawing {
    private final PDDocument document;
    private final Content content;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;

    Drawing(PDDocument document, Content content) {
      this.document = document;
      this.content = content;
    }

    void draw() throws IOException {
      newPage();
      text(bold, 18, MARGIN, y - 18, "Feuille d'émargement");
      y -= 30;
      y = facts(y);
      y -= 8;
      for (int slot = 0; slot < content.halfDays().size(); slot++) {
        halfDay(slot, content.halfDays().get(slot));
      }
      if (content.halfDays().isEmpty()) {
        text(regular, 11, MARGIN, y - 11, "Cette session n'a aucune demi-journée.");
      }
      stream.close();
    }

    private float facts(float top) throws IOException {
      String[][] facts = {
        {"Formation", content.title()},
        {"Savoir-faire", content.knowHow()},
        {"Manufacture", content.manufacture()},
        {"Formateur", content.trainer()},
        {"Dates", dates(content.halfDays())},
        {
          "Demi-journées",
          content.halfDays().size()
              + " · participants : "
              + content.halfDays().stream().mapToInt(h -> h.lines().size()).max().orElse(0)
        }
      };
      float at = top;
      for (String[] fact : facts) {
        text(bold, 10, MARGIN, at - 10, fact[0] + " :");
        text(regular, 10, MARGIN + 90, at - 10, fact[1] == null ? "—" : fact[1]);
        at -= 14;
      }
      return at;
    }

    private void halfDay(int slot, HalfDay halfDay) throws IOException {
      float needed = 16 + 14 + rowHeight(headerCells(), bold) + LEADING + 2 * PADDING;
      if (y - needed < MARGIN + FOOTER) {
        newPage();
      }
      y -= 10;
      TimeRange time = halfDay.time();
      text(
          bold,
          12,
          MARGIN,
          y - 12,
          "Demi-journée "
              + (slot + 1)
              + " — "
              + DAY.format(day(time.start()))
              + ", "
              + hour(time.start())
              + "–"
              + hour(time.end()));
      y -= 18;
      text(
          regular,
          9,
          MARGIN,
          y - 9,
          "Formateur : "
              + content.trainer()
              + " · signature du formateur : "
              + signed(halfDay.trainerSignedAt(), null)
              + (halfDay.trainerSignedAt() == null ? "" : " (demi-journée close)"));
      y -= 14;
      tableHeader();
      int number = 1;
      for (Line line : halfDay.lines()) {
        List<String> cells =
            List.of(
                String.valueOf(number++),
                line.participant(),
                status(line.status(), line.lateMinutes()),
                line.remark() == null ? "" : line.remark(),
                signed(line.signedAt(), line.method()));
        List<List<String>> wrapped = wrap(cells, regular);
        float height = rowHeight(wrapped);
        if (y - height < MARGIN + FOOTER) {
          newPage();
          text(
              bold,
              10,
              MARGIN,
              y - 10,
              "Demi-journée "
                  + (slot + 1)
                  + " — "
                  + SHORT_DAY.format(day(time.start()))
                  + " (suite)");
          y -= 16;
          tableHeader();
        }
        row(wrapped, regular, false);
      }
      y -= 6;
      text(
          bold,
          10,
          MARGIN,
          y - 10,
          "Signature du formateur ("
              + content.trainer()
              + ") : "
              + signed(halfDay.trainerSignedAt(), null));
      y -= 18;
    }

    private List<String> headerCells() {
      return List.of(HEADERS);
    }

    private void tableHeader() throws IOException {
      row(wrap(headerCells(), bold), bold, true);
    }

    private float rowHeight(List<String> cells, PDFont font) throws IOException {
      return rowHeight(wrap(cells, font));
    }

    private static float rowHeight(List<List<String>> wrapped) {
      int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
      return Math.max(1, lines) * LEADING + 2 * PADDING;
    }

    private void row(List<List<String>> cells, PDFont font, boolean header) throws IOException {
      float height = rowHeight(cells);
      float x = MARGIN;
      if (header) {
        stream.setNonStrokingColor(0.9f, 0.9f, 0.9f);
        stream.addRect(MARGIN, y - height, total(), height);
        stream.fill();
        stream.setNonStrokingColor(0f, 0f, 0f);
      }
      stream.setLineWidth(0.5f);
      for (int i = 0; i < cells.size(); i++) {
        stream.addRect(x, y - height, WIDTHS[i], height);
        float lineY = y - PADDING - TEXT;
        for (String line : cells.get(i)) {
          text(font, TEXT, x + PADDING, lineY, line);
          lineY -= LEADING;
        }
        x += WIDTHS[i];
      }
      stream.stroke();
      y -= height;
    }

    private static float total() {
      float sum = 0;
      for (float w : WIDTHS) {
        sum += w;
      }
      return sum;
    }

    private List<List<String>> wrap(List<String> cells, PDFont font) throws IOException {
      List<List<String>> wrapped = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        wrapped.add(PdfText.wrap(font, TEXT, cells.get(i), WIDTHS[i] - 2 * PADDING));
      }
      return wrapped;
    }

    private void text(PDFont font, float size, float x, float baseline, String text)
        throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(PdfText.printable(font, text));
      stream.endText();
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(LANDSCAPE_A4);
      document.addPage(page);
      pages.add(page);
      stream = new PDPageContentStream(document, page);
      y = LANDSCAPE_A4.getHeight() - MARGIN;
      if (pages.size() > 1) {
        text(
            regular,
            8,
            MARGIN,
            y - 8,
            "Feuille d'émargement — " + content.title() + " — " + dates(content.halfDays()));
        y -= 18;
      }
    }

    /** Page numbers and the time of the export, once the number of pages is known. */
    void footers() throws IOException {
      String exported = "Exportée le " + ParisTime.inSentence(content.exportedAt());
      for (int i = 0; i < pages.size(); i++) {
        try (PDPageContentStream footer =
            new PDPageContentStream(
                document, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
          stream = footer;
          float baseline = MARGIN - 12;
          text(regular, 8, MARGIN, baseline, "Feuille d'émargement — " + content.title());
          text(
              regular,
              8,
              MARGIN + total() / 2 - PdfText.width(regular, 8, exported) / 2,
              baseline,
              exported);
          String number = "Page " + (i + 1) + " / " + pages.size();
          text(regular, 8, MARGIN + total() - PdfText.width(regular, 8, number), baseline, number);
        }
      }
    }
  }
}
