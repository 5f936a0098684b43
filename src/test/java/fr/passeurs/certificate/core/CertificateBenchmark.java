package fr.passeurs.certificate.core;

import fr.passeurs.certificate.core.CertificateContent.Kind;
import fr.passeurs.certificate.core.CertificateContent.Manufacture;
import fr.passeurs.certificate.core.CredentialVerifier.Revocation;
import fr.passeurs.certificate.core.CredentialVerifier.Verification;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * How long the platform takes to issue certificates and to check one, in memory: issuing is the
 * content made into a signed credential (RS256, 3,072-bit key), then into a PDF with its QR code
 * and attached credential, then the SHA-256 of the PDF; a batch of 1,000 from one thread, then from
 * two. Checking is the signature and the claims of one credential, timed one by one over 10,000
 * checks; and, apart, the reading of its bit in a signed status list.
 *
 * <p>{@code mvn -Pbench package -Dbench=fr.passeurs.certificate.core.CertificateBenchmark}. Timings
 * are printed, never asserted.
 */
public final class CertificateBenchmark {

  private static final int BATCH = 1_000;
  private static final int RUNS = 3;
  private static final int WARM_UP = 300;
  private static final int VERIFICATIONS = 10_000;
  private static final int VERIFICATION_WARM_UP = 2_000;
  private static final int REVOCATION_CHECKS = 1_000;

  private static final IssuerProfile PLATFORM =
      new IssuerProfile(URI.create("https://passeurs.fr"), "Passeurs");
  private static final URI STATUS_LIST = URI.create("https://passeurs.fr/certificats/statuts/1");
  private static final Instant NOW = Instant.parse("2026-06-30T16:00:00Z");

  public static void main(String[] args) throws Exception {
    System.out.printf(
        "Certificate benchmark: %d processors, load average %.1f, max heap %d MB, %s %s%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"));

    long start = System.nanoTime();
    SigningKeys keys = SigningKeys.generate(NOW);
    System.out.printf(
        "A %d-bit key generated in %.0f ms%n",
        keys.active().bits(), millis(System.nanoTime() - start));
    CredentialIssuer issuer = new CredentialIssuer(PLATFORM, keys.active());
    CertificatePdf pdf = new CertificatePdf(PLATFORM);
    List<CertificateContent> contents = contents(BATCH + WARM_UP);

    start = System.nanoTime();
    Issued first = issue(issuer, pdf, contents.get(0), 0);
    System.out.printf(
        "First certificate (loads the fonts' metrics and classes): %.0f ms, PDF of %,d bytes%n",
        millis(System.nanoTime() - start), first.pdf.size());

    Stages warmUp = new Stages();
    for (int i = 0; i < WARM_UP; i++) {
      warmUp.add(issue(issuer, pdf, contents.get(BATCH + i), BATCH + i));
    }

    System.out.printf("%nIssuing %,d certificates (credential + PDF + SHA-256)%n", BATCH);
    for (int threads : new int[] {1, 2}) {
      for (int run = 1; run <= RUNS; run++) {
        Stages stages = new Stages();
        long batchStart = System.nanoTime();
        issueBatch(issuer, pdf, contents, threads, stages);
        long elapsed = System.nanoTime() - batchStart;
        System.out.printf(
            "  %d thread%s, run %d: %,.0f ms, %,.0f certificates/s;"
                + " per certificate %.2f ms of signing, %.2f ms of PDF and hash; PDF %,d bytes on"
                + " average%n",
            threads,
            threads == 1 ? "" : "s",
            run,
            millis(elapsed),
            BATCH / (elapsed / 1e9),
            millis(stages.signing) / BATCH,
            millis(stages.pdf) / BATCH,
            stages.bytes / BATCH);
      }
    }

    CredentialVerifier verifier = CredentialVerifier.ofJwks(keys.publicJwksJson());
    String jwt = first.jwt;
    for (int i = 0; i < VERIFICATION_WARM_UP; i++) {
      check(verifier.verify(jwt));
    }
    long[] times = new long[VERIFICATIONS];
    for (int i = 0; i < VERIFICATIONS; i++) {
      long t = System.nanoTime();
      Verification verification = verifier.verify(jwt);
      times[i] = System.nanoTime() - t;
      check(verification);
    }
    System.out.printf(
        "%nVerifying one credential (%,d bytes), %,d times: %s%n",
        jwt.length(), VERIFICATIONS, percentiles(times));

    StatusList list = new StatusList();
    for (int i = 0; i < 131_072; i += 97) {
      list.revoke(i);
    }
    String statusList = issuer.issueStatusList(STATUS_LIST, list, NOW);
    Verification verified = verifier.verify(jwt);
    long[] revocation = new long[REVOCATION_CHECKS];
    for (int i = 0; i < REVOCATION_CHECKS * 2; i++) {
      long t = System.nanoTime();
      Revocation status = verifier.revocation(verified, statusList).status();
      if (i >= REVOCATION_CHECKS) {
        revocation[i - REVOCATION_CHECKS] = System.nanoTime() - t;
      }
      if (status != Revocation.REVOKED) {
        throw new IllegalStateException("Index 0 is revoked in this list, not " + status);
      }
    }
    System.out.printf(
        "Revocation check against a signed list of %,d entries (%,d revoked, JWT of %,d bytes),"
            + " %,d times: %s%n",
        list.size(),
        list.revokedCount(),
        statusList.length(),
        REVOCATION_CHECKS,
        percentiles(revocation));
  }

  private record Issued(String jwt, CertificatePdf.Rendered pdf, long signing, long drawing) {}

  /** Time spent in each stage, added up over a batch. */
  private static final class Stages {
    long signing;
    long pdf;
    long bytes;

    synchronized void add(Issued issued) {
      signing += issued.signing;
      pdf += issued.drawing;
      bytes += issued.pdf.size();
    }
  }

  private static Issued issue(
      CredentialIssuer issuer, CertificatePdf pdf, CertificateContent content, int index) {
    long t0 = System.nanoTime();
    String jwt = issuer.issue(content, new StatusListEntry(STATUS_LIST, index), NOW);
    long t1 = System.nanoTime();
    CertificatePdf.Rendered rendered = pdf.render(content, jwt, NOW);
    long t2 = System.nanoTime();
    return new Issued(jwt, rendered, t1 - t0, t2 - t1);
  }

  private static void issueBatch(
      CredentialIssuer issuer,
      CertificatePdf pdf,
      List<CertificateContent> contents,
      int threads,
      Stages stages)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int from = BATCH * t / threads;
        int to = BATCH * (t + 1) / threads;
        done.add(
            pool.submit(
                () -> {
                  for (int i = from; i < to; i++) {
                    stages.add(issue(issuer, pdf, contents.get(i), i));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static void check(Verification verification) {
    if (!verification.valid()) {
      throw new IllegalStateException("The credential does not verify: " + verification.reason());
    }
  }

  /** Certificates of realistic length, all different. */
  private static List<CertificateContent> contents(int count) {
    String[] first = {"Éloïse", "Noël", "Anaïs", "François", "Maëlle", "Jérôme", "Zoé", "Loïc"};
    String[] last = {"Lefèvre", "Dupré", "Ferrand", "Garçon", "Cœur", "Bénard", "Roussel"};
    String[] trainings = {
      "Tissage à bras sur métier à pédales : initiation",
      "Forge de couteaux : la lame",
      "Marqueterie de paille, premiers motifs",
      "Tonnellerie : cintrer les douelles"
    };
    Manufacture manufacture =
        new Manufacture(
            "Manufacture des Tisserands d’Œuilly",
            "12 rue de la Filature, 81200 Mazamet",
            "SIRET 123 456 789 00012");
    List<CertificateContent> contents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      PublicCode code = PublicCode.generate();
      Duration planned = Duration.ofHours(35);
      Duration attended = i % 5 == 0 ? Duration.ofHours(24).plusMinutes(30) : planned;
      contents.add(
          new CertificateContent(
              code,
              Kind.forTraining(attended, Duration.ofHours(28)),
              first[i % first.length] + " " + last[i % last.length] + "-" + i,
              trainings[i % trainings.length],
              "action de formation",
              "tissage à bras",
              "tisserand",
              LocalDate.of(2026, 6, 22),
              LocalDate.of(2026, 6, 26),
              attended,
              planned,
              "Jérôme Garçon",
              manufacture,
              LocalDate.of(2026, 6, 30),
              URI.create("https://passeurs.fr/verifier/" + code.grouped())));
    }
    return contents;
  }

  private static String percentiles(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms",
        millis(sorted[sorted.length / 2]),
        millis(sorted[(int) (sorted.length * 0.95)]),
        millis(sorted[(int) (sorted.length * 0.99)]),
        millis(sorted[sorted.length - 1]));
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }
}
