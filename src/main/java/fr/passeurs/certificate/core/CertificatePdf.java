package fr.passeurs.certificate.core;

import static fr.passeurs.platform.PdfText.printable;
import static fr.passeurs.platform.PdfText.width;
import static fr.passeurs.platform.PdfText.wrap;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import fr.passeurs.certificate.core.CertificateContent.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The certificate as people print it and show it: one A4 page in French, its title after its kind,
 * everything its {@link CertificateContent} states, its public code, and a QR code to the page
 * where anyone checks it. The signed credential travels inside the PDF as an attached file, {@value
 * #CREDENTIAL_FILE}, so that a PDF received by mail can be checked without the platform ({@link
 * #credentialOf}).
 *
 * <p>The PDF is reproducible: the same content, credential and creation time give the same bytes,
 * hence the same SHA-256, which the platform keeps to recognise its own files. So nothing in it
 * depends on the clock or on chance: its dates are the creation time given, and its trailer ID is
 * derived from what it holds.
 *
 * <p>It uses the standard Helvetica of every PDF reader, in WinAnsi encoding: nothing to embed, no
 * system font needed on the server, and the accents and ligatures of French (é, è, à, ç, œ, Œ, « »,
 * ’) are all there. A character outside WinAnsi, in a name from elsewhere, is printed without its
 * accent when it has one (ő as o, ł as l), else as "?"; the credential keeps it exact.
 *
 * <p>Thread-safe: each call makes its own document.
 */
public final class CertificatePdf {

  /** The name of the attached credential. */
  public static final String CREDENTIAL_FILE = "credential.jwt";

  /** The media type of a credential secured as a JWT (VC-JOSE-COSE). */
  static final String CREDENTIAL_MEDIA_TYPE = "application/vc+jwt";

  private static final Pattern COMPACT_JWS =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

  private static final float MARGIN = 56; // 2 cm
  private static final float LABEL_WIDTH = 150;
  private static final float QR_SIZE = 108; // 3.8 cm: scans from a phone held at arm's length
  private static final int QUIET_ZONE = 4; // modules of white around a QR code, as ISO 18004 asks

  private final IssuerProfile platform;

  public CertificatePdf(IssuerProfile platform) {
    this.platform = Objects.requireNonNull(platform, "platform");
  }

  /** A rendered certificate: its bytes and their SHA-256. */
  public static final class Rendered {
    private final byte[] bytes;
    private final String sha256;

    Rendered(byte[] bytes) {
      this.bytes = bytes;
      this.sha256 = sha256Hex(bytes);
    }

    public byte[] bytes() {
      return bytes.clone();
    }

    /** The SHA-256 of the bytes, in lower-case hexadecimal. */
    public String sha256() {
      return sha256;
    }

    public int size() {
      return bytes.length;
    }

    @Override
    public String toString() {
      return "Rendered[" + bytes.length + " bytes, sha256=" + sha256 + "]";
    }
  }

  /**
   * Draws the certificate.
   *
   * @param credentialJwt the signed credential of the same content, attached to the PDF
   * @param createdAt the creation time of the PDF, to the second: the same time, the same bytes
   */
  public Rendered render(CertificateContent content, String credentialJwt, Instant createdAt) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(credentialJwt, "credentialJwt");
    Calendar created = calendar(createdAt);
    try (PDDocument document = new PDDocument()) {
      try (Layout layout = new Layout(document, content)) {
        layout.draw(qrCode(document, content));
      }
      describe(document, content, created);
      attach(document, credentialJwt, created);
      identify(document, content, credentialJwt, createdAt);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      return new Rendered(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("The certificate " + content.code() + " cannot be drawn", e);
    }
  }

  /**
   * The credential attached to a certificate's PDF, to check it offline; empty when the bytes are
   * not a PDF or hold no credential.
   */
  public static Optional<String> credentialOf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
      if (names == null || names.getEmbeddedFiles() == null) {
        return Optional.empty();
      }
      PDComplexFileSpecification spec = find(names.getEmbeddedFiles(), CREDENTIAL_FILE, 0);
      if (spec == null) {
        return Optional.empty();
      }
      PDEmbeddedFile file =
          spec.getEmbeddedFileUnicode() != null
              ? spec.getEmbeddedFileUnicode()
              : spec.getEmbeddedFile();
      if (file == null) {
        return Optional.empty();
      }
      String jwt = new String(file.toByteArray(), StandardCharsets.US_ASCII).strip();
      return COMPACT_JWS.matcher(jwt).matches() ? Optional.of(jwt) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // A file that is no PDF, or a damaged one, holds no credential that could be checked.
      return Optional.empty();
    }
  }

  private void describe(PDDocument document, CertificateContent content, Calendar created) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(content.kind().title() + " – " + content.recipientName());
    info.setSubject(content.trainingTitle() + " – n° " + content.code().grouped());
    info.setAuthor(platform.name());
    info.setCreator(platform.name());
    info.setProducer(platform.name());
    info.setCreationDate(created);
    info.setModificationDate(created);
    info.setCustomMetadataValue("CertificateCode", content.code().grouped());
    info.setCustomMetadataValue("VerificationURL", content.verificationUrl().toString());
  }

  /** Attaches the credential, as PDF/A-3 would: an embedded file that is the data of the page. */
  private static void attach(PDDocument document, String jwt, Calendar created) throws IOException {
    byte[] bytes = jwt.getBytes(StandardCharsets.US_ASCII);
    PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
    file.setSubtype(CREDENTIAL_MEDIA_TYPE);
    file.setSize(bytes.length);
    file.setCreationDate(created);
    file.setModDate(created);

    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(CREDENTIAL_FILE);
    spec.setFileUnicode(CREDENTIAL_FILE);
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.setFileDescription("Attestation numérique signée (Open Badges 3.0, VC-JWT)");
    spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of(CREDENTIAL_FILE, spec));
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    COSArray associated = new COSArray();
    associated.add(spec);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
  }

  /**
   * Sets the trailer ID, which PDFBox would otherwise draw from the clock: 16 bytes of a SHA-256 of
   * what the document holds, the same for both halves (a document never changed since made).
   */
  private static void identify(
      PDDocument document, CertificateContent content, String jwt, Instant createdAt) {
    MessageDigest sha256 = sha256();
    sha256.update(content.code().value().getBytes(StandardCharsets.US_ASCII));
    sha256.update(
        createdAt.truncatedTo(ChronoUnit.SECONDS).toString().getBytes(StandardCharsets.US_ASCII));
    sha256.update(jwt.getBytes(StandardCharsets.US_ASCII));
    byte[] id = Arrays.copyOf(sha256.digest(), 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  /**
   * The QR code of the verification address, as a 1-bit image with one pixel per module and its
   * quiet zone, compressed here so that nothing but the address decides its bytes.
   */
  private static QrImage qrCode(PDDocument document, CertificateContent content)
      throws IOException {
    ByteMatrix matrix;
    try {
      matrix =
          Encoder.encode(
                  content.verificationUrl().toString(),
                  ErrorCorrectionLevel.M,
                  Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
              .getMatrix();
    } catch (WriterException e) {
      throw new IllegalArgumentException("The verification address cannot be a QR code", e);
    }
    int size = matrix.getWidth() + 2 * QUIET_ZONE;
    int rowBytes = (size + 7) / 8;
    byte[] pixels = new byte[rowBytes * size];
    Arrays.fill(pixels, (byte) 0xff); // white: 1 in DeviceGray
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y) == 1) {
          int px = x + QUIET_ZONE;
          int py = y + QUIET_ZONE;
          pixels[py * rowBytes + px / 8] &= (byte) ~(0x80 >>> (px % 8));
        }
      }
    }
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, deflater)) {
      out.write(pixels);
    } finally {
      deflater.end();
    }
    PDImageXObject image =
        new PDImageXObject(
            document,
            new ByteArrayInputStream(deflated.toByteArray()),
            COSName.FLATE_DECODE,
            size,
            size,
            1,
            PDDeviceGray.INSTANCE);
    return new QrImage(image, size);
  }

  private record QrImage(PDImageXObject image, int modules) {}

  /** The three faces of Helvetica, made per document as PDFBox wants. */
  private static final class Fonts {
    final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDFont italic = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
  }

  /**
   * Draws the page from the top down: the foot first (the QR code must be on the first page), then
   * the body above it. A body too long for the page goes on to another, so that nothing is ever
   * drawn over the foot.
   */
  private final class Layout implements Closeable {
    private final PDDocument document;
    private final CertificateContent c;
    private final Fonts fonts = new Fonts();
    private final float left = MARGIN;
    private final float right = PDRectangle.A4.getWidth() - MARGIN;
    private final float top = PDRectangle.A4.getHeight() - MARGIN;
    private PDPageContentStream stream;

    /** The lowest baseline allowed on this page. */
    private float floor;

    /** The baseline of the next line. */
    private float y;

    Layout(PDDocument document, CertificateContent content) throws IOException {
      this.document = document;
      this.c = content;
      newPage(false);
    }

    void draw(QrImage qr) throws IOException {
      boolean visit = c.kind() == Kind.VISIT_ATTESTATION;
      verification(qr);
      floor = MARGIN + QR_SIZE + 40;

      y -= 52;
      centred(fonts.bold, 24, c.kind().title());
      y -= 40;
      centred(fonts.regular, 12, platform.name() + " atteste que");
      y -= 26;
      for (String line : wrap(fonts.bold, 18, c.recipientName(), right - left)) {
        centred(fonts.bold, 18, line);
        y -= 22;
      }
      y -= 2;
      centred(
          fonts.regular,
          12,
          visit
              ? "a visité l’atelier décrit ci-dessous :"
              : "a suivi l’action décrite ci-dessous :");
      y -= 34;

      field("Intitulé", c.trainingTitle(), fonts.bold);
      field("Nature de l’action", c.actionNature());
      field("Savoir-faire", c.knowHow());
      field("Métier", c.craft());
      field(c.from().equals(c.to()) ? "Date" : "Dates", French.period(c.from(), c.to()));
      field("Durée prévue", French.hours(c.planned()));
      field("Durée suivie", French.hours(c.attended()));
      field("Assiduité", French.percent(c.attendanceRate()));
      field(visit ? "Visite animée par" : "Formation assurée par", c.trainerName());
      field(
          "Lieu",
          c.manufacture().name()
              + "\n"
              + c.manufacture().address()
              + "\n"
              + c.manufacture().identifier());

      if (c.kind() == Kind.ATTESTATION_OF_ATTENDANCE) {
        y -= 4;
        paragraph(
            fonts.italic,
            10,
            "Le temps suivi est inférieur au minimum requis pour un certificat de réalisation :"
                + " la présente attestation constate les heures suivies.");
      }
      y -= 10;
      String issued =
          (c.kind() == Kind.CERTIFICATE_OF_COMPLETION ? "Délivré le " : "Délivrée le ")
              + French.date(c.issuedOn())
              + " par "
              + platform.name()
              + " ("
              + platform.id()
              + "), réseau des manufactures de proximité.";
      paragraph(fonts.regular, 11, issued);
    }

    @Override
    public void close() throws IOException {
      stream.close();
    }

    private void newPage(boolean continued) throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      floor = MARGIN;
      y = top;
      gray(0.35f);
      text(fonts.bold, 11, left, y - 11, platform.name());
      String number = "N° " + c.code().grouped() + (continued ? " (suite)" : "");
      text(fonts.regular, 10, right - width(fonts.regular, 10, number), y - 11, number);
      y -= 20;
      rule(0.6f);
      gray(0);
      if (continued) {
        y -= 30;
      }
    }

    /** Goes on to a new page when the next line would fall below the floor. */
    private void room() throws IOException {
      if (y < floor) {
        newPage(true);
      }
    }

    /** The foot of the page: the QR code, the code and the address of the check. */
    private void verification(QrImage qr) throws IOException {
      float body = y;
      float bottom = MARGIN;
      float qrTop = bottom + QR_SIZE;
      y = qrTop + 14;
      gray(0.35f);
      rule(0.6f);
      gray(0);
      stream.drawImage(qr.image(), left, bottom, QR_SIZE, QR_SIZE);

      float x = left + QR_SIZE + 16;
      float width = right - x;
      y = qrTop - 12;
      text(fonts.bold, 12, x, y, "Vérifier ce document");
      y -= 18;
      text(fonts.regular, 10, x, y, "Code de vérification :");
      text(
          fonts.bold,
          12,
          x + width(fonts.regular, 10, "Code de vérification : "),
          y,
          c.code().grouped());
      y -= 15;
      for (String line : wrap(fonts.regular, 9, c.verificationUrl().toString(), width)) {
        text(fonts.regular, 9, x, y, line);
        y -= 11;
      }
      y -= 4;
      for (String line :
          wrap(
              fonts.italic,
              8,
              "Scannez le code QR ou saisissez le code à cette adresse pour vérifier l’authenticité"
                  + " de ce document et savoir s’il a été révoqué. Le fichier PDF contient"
                  + " l’attestation numérique signée ("
                  + CREDENTIAL_FILE
                  + ", Open Badges 3.0), vérifiable sans la plateforme.",
              width)) {
        text(fonts.italic, 8, x, y, line);
        y -= 10;
      }
      y = body;
    }

    private void field(String label, String value) throws IOException {
      field(label, value, fonts.regular);
    }

    private void field(String label, String value, PDFont valueFont) throws IOException {
      float size = 11;
      float x = left + LABEL_WIDTH;
      room();
      gray(0.35f);
      text(fonts.regular, size, left, y, label);
      gray(0);
      for (String part : value.split("\\R")) {
        for (String line : wrap(valueFont, size, part, right - x)) {
          room();
          text(valueFont, size, x, y, line);
          y -= 15;
        }
      }
      y -= 5;
    }

    private void paragraph(PDFont font, float size, String text) throws IOException {
      for (String line : wrap(font, size, text, right - left)) {
        room();
        text(font, size, left, y, line);
        y -= size * 1.35f;
      }
    }

    private void centred(PDFont font, float size, String text) throws IOException {
      room();
      String printable = printable(font, text);
      float x = (left + right - width(font, size, printable)) / 2;
      text(font, size, x, y, printable);
    }

    private void rule(float lineWidth) throws IOException {
      stream.setLineWidth(lineWidth);
      stream.moveTo(left, y);
      stream.lineTo(right, y);
      stream.stroke();
    }

    private void gray(float level) throws IOException {
      stream.setNonStrokingColor(level, level, level);
      stream.setStrokingColor(level, level, level);
    }

    private void text(PDFont font, float size, float x, float baseline, String text)
        throws IOException {
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, baseline);
      stream.showText(printable(font, text));
      stream.endText();
    }
  }

  private static PDComplexFileSpecification find(
      PDNameTreeNode<PDComplexFileSpecification> node, String name, int depth) throws IOException {
    if (depth > 8) {
      return null;
    }
    Map<String, PDComplexFileSpecification> names = node.getNames();
    if (names != null && names.containsKey(name)) {
      return names.get(name);
    }
    List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
    if (kids != null) {
      for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
        PDComplexFileSpecification found = find(kid, name, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
    return calendar;
  }

  private static String sha256Hex(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}
