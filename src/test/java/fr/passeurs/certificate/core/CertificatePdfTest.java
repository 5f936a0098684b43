package fr.passeurs.certificate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import fr.passeurs.certificate.core.CredentialVerifier.Outcome;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  private static final Instant CREATED = Instant.parse("2026-03-09T10:15:30Z");

  private final SigningKeys keys = TestKeys.first();
  private final CredentialIssuer issuer = new CredentialIssuer(Samples.PLATFORM, keys.active());
  private final CertificatePdf pdf = new CertificatePdf(Samples.PLATFORM);

  @Test
  void theCertificateIsOneA4PageThatStatesEverything() throws Exception {
    CertificateContent content = Samples.completion("K7QM-3XPA-9D2F");

    byte[] bytes = render(content).bytes();

    try (PDDocument document = Loader.loadPDF(bytes)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      PDRectangle box = document.getPage(0).getMediaBox();
      assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(0.1f));
      assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(0.1f));
      String text = text(document);
      assertThat(text)
          .contains("Certificat de réalisation")
          .contains("Éloïse Françoise Lefèvre-Cœur")
          .contains("Tissage à bras sur métier à pédales : initiation")
          .contains("action de formation")
          .contains("Savoir-faire tissage à bras")
          .contains("Métier tisserand")
          .contains("du 2 au 6 mars 2026")
          .contains("Durée prévue 35 h")
          .contains("Durée suivie 35 h")
          .contains("Assiduité 100 %")
          .contains("Jérôme Garçon")
          .contains("Manufacture des Tisserands d’Œuilly")
          .contains("12 rue de la Filature, 81200 Mazamet")
          .contains("SIRET 123 456 789 00012")
          .contains("Délivré le 9 mars 2026")
          .contains("K7QM-3XPA-9D2F")
          .contains("https://passeurs.example/verifier/K7QM-3XPA-9D2F");
    }
  }

  @Test
  void eachKindHasItsTitleAndItsWords() throws Exception {
    String attendance = text(render(Samples.attendance("K7QM-3XPA-9D2G")).bytes());
    String visit = text(render(Samples.visit("K7QM-3XPA-9D2H")).bytes());

    assertThat(attendance)
        .contains("Attestation d’assiduité")
        .contains("Durée suivie 15 h 30")
        .contains("Assiduité 73,8 %")
        .contains("inférieur au minimum requis")
        .contains("Délivrée le 4 avril 2026");
    assertThat(visit)
        .contains("Attestation de visite")
        .contains("a visité l’atelier")
        .contains("Date le 12 mai 2026")
        .contains("Visite animée par Jérôme Garçon")
        .doesNotContain("inférieur au minimum requis");
  }

  @Test
  void theQrCodeLeadsToTheVerificationPage() throws Exception {
    CertificateContent content = Samples.attendance("K7QM-3XPA-9D2G");

    try (PDDocument document = Loader.loadPDF(render(content).bytes())) {
      BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
      Result decoded =
          new QRCodeReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))),
                  Map.of(
                      DecodeHintType.TRY_HARDER,
                      Boolean.TRUE,
                      DecodeHintType.POSSIBLE_FORMATS,
                      List.of(BarcodeFormat.QR_CODE)));

      assertThat(decoded.getText()).isEqualTo("https://passeurs.example/verifier/K7QM-3XPA-9D2G");
    }
  }

  @Test
  void theSameCertificateMadeAtTheSameTimeIsTheSameFile() throws Exception {
    CertificateContent content = Samples.completion("K7QM-3XPA-9D2F");
    String jwt = issuer.issue(content, Samples.entry(7), Samples.ISSUED_AT);

    CertificatePdf.Rendered first = pdf.render(content, jwt, CREATED);
    CertificatePdf.Rendered second =
        new CertificatePdf(Samples.PLATFORM).render(content, jwt, CREATED);

    assertThat(second.bytes()).isEqualTo(first.bytes());
    assertThat(second.sha256()).isEqualTo(first.sha256());
    assertThat(first.sha256())
        .isEqualTo(
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(first.bytes())))
        .hasSize(64);
    assertThat(pdf.render(content, jwt, CREATED.plusSeconds(1)).sha256())
        .isNotEqualTo(first.sha256());
    assertThat(pdf.render(Samples.attendance("K7QM-3XPA-9D2G"), jwt, CREATED).sha256())
        .isNotEqualTo(first.sha256());
  }

  @Test
  void theDocumentCarriesItsCreationTimeAndAnIdOfItsOwn() throws Exception {
    CertificatePdf.Rendered rendered = render(Samples.completion("K7QM-3XPA-9D2F"));

    try (PDDocument document = Loader.loadPDF(rendered.bytes())) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getCreationDate().toInstant()).isEqualTo(CREATED);
      assertThat(info.getModificationDate().toInstant()).isEqualTo(CREATED);
      assertThat(info.getTitle())
          .isEqualTo("Certificat de réalisation – Éloïse Françoise Lefèvre-Cœur");
      assertThat(info.getCustomMetadataValue("CertificateCode")).isEqualTo("K7QM-3XPA-9D2F");
      COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
      assertThat(id.size()).isEqualTo(2);
      assertThat(((COSString) id.getObject(0)).getBytes()).hasSize(16);
    }
  }

  @Test
  void theAttachedCredentialIsExtractedAndVerifies() {
    CertificateContent content = Samples.completion("K7QM-3XPA-9D2F");
    String jwt = issuer.issue(content, Samples.entry(7), Samples.ISSUED_AT);
    byte[] bytes = pdf.render(content, jwt, CREATED).bytes();

    assertThat(CertificatePdf.credentialOf(bytes)).contains(jwt);
    CredentialVerifier verifier = CredentialVerifier.ofJwks(keys.publicJwksJson());
    assertThat(verifier.verify(CertificatePdf.credentialOf(bytes).orElseThrow()).outcome())
        .isEqualTo(Outcome.VALID);
  }

  @Test
  void aFileWithoutCredentialGivesNone() throws Exception {
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(plain);
    }

    assertThat(CertificatePdf.credentialOf(plain.toByteArray())).isEmpty();
    assertThat(CertificatePdf.credentialOf("not a pdf".getBytes())).isEmpty();
    assertThat(CertificatePdf.credentialOf(new byte[0])).isEmpty();
  }

  @Test
  void charactersBeyondWinAnsiArePrintedWithoutTheirAccentsOrAsQuestionMarks() throws Exception {
    CertificateContent c = Samples.completion("K7QM-3XPA-9D2F");
    CertificateContent foreign =
        new CertificateContent(
            c.code(),
            c.kind(),
            "Łukasz Wałęsa\u202fNguyễn 王",
            "Forge\u2011à\u2011froid\tet œuvre « ‘bien’ faite » — 2\u202f€",
            c.actionNature(),
            c.knowHow(),
            c.craft(),
            c.from(),
            c.to(),
            c.attended(),
            c.planned(),
            c.trainerName(),
            c.manufacture(),
            c.issuedOn(),
            c.verificationUrl());

    String text = text(render(foreign).bytes());

    assertThat(text).contains("Lukasz Walesa Nguyen ?");
    assertThat(text).contains("Forge-à-froid et œuvre « ‘bien’ faite » — 2 €");
  }

  @Test
  void aBodyTooLongForOnePageGoesOnToASecondWithoutCoveringTheQrCode() throws Exception {
    CertificateContent c = Samples.completion("K7QM-3XPA-9D2F");
    String longTitle = "Tissage à bras sur métier à pédales, ".repeat(40).strip();
    CertificateContent longOne =
        new CertificateContent(
            c.code(),
            c.kind(),
            c.recipientName(),
            longTitle,
            c.actionNature(),
            c.knowHow(),
            c.craft(),
            c.from(),
            c.to(),
            c.attended(),
            c.planned(),
            c.trainerName(),
            c.manufacture(),
            c.issuedOn(),
            c.verificationUrl());

    try (PDDocument document = Loader.loadPDF(render(longOne).bytes())) {
      assertThat(document.getNumberOfPages()).isEqualTo(2);
      String text = text(document);
      assertThat(text).contains("N° K7QM-3XPA-9D2F (suite)").contains("Délivré le 9 mars 2026");
      BufferedImage first = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
      Result decoded =
          new QRCodeReader()
              .decode(
                  new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(first))),
                  Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
      assertThat(decoded.getText()).isEqualTo(c.verificationUrl().toString());
    }
  }

  private CertificatePdf.Rendered render(CertificateContent content) {
    return pdf.render(content, issuer.issue(content, Samples.entry(7), Samples.ISSUED_AT), CREATED);
  }

  private static String text(byte[] bytes) throws Exception {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return text(document);
    }
  }

  /** The text as read from the PDF, no-break spaces as spaces, one line per line. */
  private static String text(PDDocument document) throws Exception {
    return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
  }
}
