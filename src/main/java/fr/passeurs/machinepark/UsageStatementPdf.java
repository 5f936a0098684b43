package fr.passeurs.machinepark;

import fr.passeurs.platform.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The monthly usage statement of a manufacture's machines as a PDF, in French like the other
 * documents the manufactures keep: one line per person and machine (bookings, missed, cancelled
 * late, hours, amount), then the totals; for the manufacture's own invoicing.
 */
public final class UsageStatementPdf {

  /** One line of the statement, people and machines named. */
  public record Line(
      String person,
      String machine,
      int bookings,
      int noShows,
      int lateCancellations,
      long minutes,
      long amountCents) {}

  /** What the statement shows. */
  public record Content(String manufacture, YearMonth month, List<Line> lines, Instant madeAt) {
    public Content {
      lines = List.copyOf(lines);
    }
  }

  private static final float MARGIN = 40;
  private static final float ROW = 16;
  private static final String[] HEADERS = {
    "Personne", "Machine", "Réserv.", "Absences", "Annul. tardives", "Heures", "Montant"
  };
  private static final float[] WIDTHS = {130, 130, 45, 50, 65, 45, 50};
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

  private UsageStatementPdf() {}

  /** Draws the statement; each call makes its own document. */
  public static byte[] render(Content content) {
    try (PDDocument document = new PDDocument()) {
      new Drawing(document, content).draw();
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
      created.setTimeInMillis(content.madeAt().toEpochMilli());
      document.getDocumentInformation().setCreationDate(created);
      document.getDocumentInformation().setTitle(title(content));
      document.getDocumentInformation().setCreator("Passeurs");
      ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The usage statement cannot be drawn", e);
    }
  }

  /** "3,50" hours, as a French reader writes them. */
  public static String hours(long minutes) {
    return String.format(Locale.FRENCH, "%.2f", minutes / 60.0);
  }

  /** "12,50 €". */
  public static String euros(long cents) {
    return String.format(Locale.FRENCH, "%.2f €", cents / 100.0);
  }

  private static String title(Content content) {
    return "Relevé d'utilisation des machines — " + MONTH.format(content.month());
  }

  /** One drawing: the current page, its content stream and the pen's height. */
  private static final class Drawing {
    private final PDDocument document;
    private final Content content;
    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream stream;
    private float y;

    Drawing(PDDocument document, Content content) {
      this.document = document;
      this.content = content;
    }

    void draw() throws IOException {
      newPage();
      text(bold, 15, MARGIN, y, title(content));
      y -= 20;
      text(regular, 10, MARGIN, y, "Manufacture : " + content.manufacture());
      y -= 14;
      text(
          regular,
          9,
          MARGIN,
          y,
          "Comptent les réservations tenues et terminées, les absences et les annulations après le"
              + " délai libre ; chacune au tarif de sa réservation.");
      y -= 22;
      row(bold, List.of(HEADERS));
      long minutes = 0;
      long cents = 0;
      int bookings = 0;
      for (Line line : content.lines()) {
        if (y < MARGIN + 2 * ROW) {
          stream.close();
          newPage();
          row(bold, List.of(HEADERS));
        }
        row(
            regular,
            List.of(
                line.person(),
                line.machine(),
                String.valueOf(line.bookings()),
                String.valueOf(line.noShows()),
                String.valueOf(line.lateCancellations()),
                hours(line.minutes()),
                euros(line.amountCents())));
        minutes += line.minutes();
        cents += line.amountCents();
        bookings += line.bookings();
      }
      if (content.lines().isEmpty()) {
        text(regular, 10, MARGIN, y, "Aucune utilisation ce mois-ci.");
        y -= ROW;
      }
      y -= 4;
      row(
          bold,
          List.of("Total", "", String.valueOf(bookings), "", "", hours(minutes), euros(cents)));
      stream.close();
    }

    private void newPage() throws IOException {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = page.getMediaBox().getHeight() - MARGIN - 12;
    }

    private void row(PDFont font, List<String> cells) throws IOException {
      float x = MARGIN;
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < cells.size(); i++) {
        shown.add(fit(font, cells.get(i), WIDTHS[i] - 4));
      }
      for (int i = 0; i < shown.size(); i++) {
        text(font, 9, x, y, shown.get(i));
        x += WIDTHS[i];
      }
      y -= ROW;
    }

    /** The text cut with an ellipsis to fit the column. */
    private String fit(PDFont font, String text, float width) throws IOException {
      String printable = PdfText.printable(font, text == null ? "" : text);
      if (PdfText.width(font, 9, printable) <= width) {
        return printable;
      }
      String cut = printable;
      while (!cut.isEmpty() && PdfText.width(font, 9, cut + "...") > width) {
        cut = cut.substring(0, cut.length() - 1);
      }
      return cut + "...";
    }

    private void text(PDFont font, float size, float x, float baseline, String text)
        throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(PdfText.printable(font, text));
      stream.endText();
    }
  }
}
