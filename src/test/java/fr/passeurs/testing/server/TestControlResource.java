package fr.passeurs.testing.server;

import fr.passeurs.certificate.CertificateBatches;
import fr.passeurs.certificate.LeftBehindBatches;
import fr.passeurs.matching.UnansweredPlaces;
import fr.passeurs.notification.MailWorker;
import fr.passeurs.platform.Background;
import fr.passeurs.platform.work.WorkLeases;
import fr.passeurs.platform.work.WorkScheduler;
import fr.passeurs.training.EnrolmentDeadlines;
import fr.passeurs.visit.UnansweredRequests;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * In the test deployment only: moves the clock and runs the periodic jobs now, so that tests about
 * deadlines and retries do not wait.
 */
@Path("test")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class TestControlResource {

  @Inject private EnrolmentDeadlines deadlines;
  @Inject private MailWorker mail;
  @Inject private UnansweredRequests visits;
  @Inject private UnansweredPlaces matches;
  @Inject private LeftBehindBatches leftBehind;
  @Inject private WorkScheduler scheduler;
  @Inject private WorkLeases leases;
  @Inject private CertificateBatches certificateBatches;

  @Inject private Background background;

  @PersistenceContext private EntityManager em;

  @Resource(lookup = "jdbc/passeurs")
  private DataSource dataSource;

  /** What each piece of work handed over by {@link #handOver} came to: "done" or its failure. */
  private static final Map<String, String> HANDED_OVER = new ConcurrentHashMap<>();

  @POST
  @Path("clock/{seconds}")
  public Map<String, Object> moveClock(@PathParam("seconds") long seconds) {
    MutableClock.INSTANCE.setOffset(Duration.ofSeconds(seconds));
    return Map.of("offsetSeconds", seconds, "now", MutableClock.INSTANCE.instant().toString());
  }

  @POST
  @Path("jobs/deadlines")
  public Map<String, Object> closeDueEnrolments() {
    return Map.of("cancelled", scheduler.runIfFree(deadlines));
  }

  @POST
  @Path("jobs/visits")
  public Map<String, Object> expireUnansweredVisits() {
    return Map.of("expired", scheduler.runIfFree(visits));
  }

  @POST
  @Path("jobs/matches")
  public Map<String, Object> expireUnansweredMatches() {
    return Map.of("expired", scheduler.runIfFree(matches));
  }

  @POST
  @Path("jobs/mail")
  public Map<String, Object> deliverMail() {
    return Map.of("sent", scheduler.runIfFree(mail));
  }

  /** Records a session's batch as a closing would, without running it: as if the server stopped. */
  @POST
  @Path("certificate-batches/left-behind/{session}")
  public Map<String, Object> leaveBatchBehind(@PathParam("session") String sessionId) {
    return Map.of("id", certificateBatches.ofClosedRegister(sessionId).id());
  }

  /** How many rows each table holds, to check that a refused request stored nothing. */
  @GET
  @Path("rows")
  public Map<String, Long> rows() throws SQLException {
    Map<String, Long> rows = new TreeMap<>();
    try (Connection db = dataSource.getConnection()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet found =
          db.getMetaData()
              .getTables(db.getCatalog(), db.getSchema(), "%", new String[] {"TABLE"})) {
        while (found.next()) {
          tables.add(found.getString("TABLE_NAME"));
        }
      }
      for (String table : tables) {
        try (Statement count = db.createStatement();
            ResultSet result = count.executeQuery("SELECT COUNT(*) FROM " + table)) {
          result.next();
          rows.put(table.toLowerCase(java.util.Locale.ROOT), result.getLong(1));
        }
      }
    }
    return rows;
  }

  /**
   * Reads outside a transaction, hands work reading the same way {@code reads} times over to the
   * background, and reads again before answering: as a page does that starts a certificate batch.
   */
  @POST
  @Path("background/{reads}")
  public Map<String, Object> handOver(@PathParam("reads") int reads) {
    String id = java.util.UUID.randomUUID().toString();
    long accounts = countAccounts();
    background.run(
        "Test reads " + id,
        () -> {
          try {
            for (int i = 0; i < reads; i++) {
              countAccounts();
              Thread.sleep(2);
            }
            HANDED_OVER.put(id, "done");
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            HANDED_OVER.put(id, "interrupted");
          } catch (RuntimeException e) {
            HANDED_OVER.put(id, e.toString());
          }
        });
    countAccounts();
    return Map.of("id", id, "accounts", accounts);
  }

  @GET
  @Path("background/{id}")
  public Map<String, Object> handedOver(@PathParam("id") String id) {
    return Map.of("outcome", HANDED_OVER.getOrDefault(id, "running"));
  }

  private long countAccounts() {
    return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM account").getSingleResult())
        .longValue();
  }

  /** Runs the periodic work of the certificate batches now, and waits for the batches it ran. */
  @POST
  @Path("jobs/certificates")
  public Map<String, Object> runLeftBehindBatches() throws Exception {
    List<Future<?>> runs = leftBehind.handOver(Duration.ZERO);
    for (Future<?> run : runs) {
      run.get(60, TimeUnit.SECONDS);
    }
    return Map.of("ran", runs.size());
  }

  /**
   * Records a session's batch and takes it for a runner that then says nothing more: as if its
   * instance died just after starting it.
   */
  @POST
  @Path("certificate-batches/silent/{session}")
  public Map<String, Object> leaveBatchSilent(@PathParam("session") String sessionId) {
    String id = certificateBatches.ofClosedRegister(sessionId).id();
    return Map.of("id", id, "run", certificateBatches.claim(id));
  }

  /**
   * Takes the lease of a piece of work for a holder, as an instance of a cluster would (now: the
   * test clock).
   */
  @POST
  @Path("work/{name}/claim/{holder}")
  public Map<String, Object> claimWork(
      @PathParam("name") String name,
      @PathParam("holder") String holder,
      @QueryParam("leaseSeconds") long leaseSeconds) {
    return Map.of(
        "taken",
        leases.claim(
            name, holder, MutableClock.INSTANCE.instant(), Duration.ofSeconds(leaseSeconds)));
  }

  /** Gives a lease back, as a run that ended does. */
  @POST
  @Path("work/{name}/release/{holder}")
  public Map<String, Object> releaseWork(
      @PathParam("name") String name, @PathParam("holder") String holder) {
    leases.release(name, holder, MutableClock.INSTANCE.instant());
    return Map.of("released", name);
  }

  /** This instance's name in the leases. */
  @GET
  @Path("work/holder")
  public Map<String, Object> workHolder() {
    return Map.of("holder", scheduler.holder());
  }
}
