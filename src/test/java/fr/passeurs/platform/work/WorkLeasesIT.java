package fr.passeurs.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.testing.Api;
import fr.passeurs.testing.Deployments;
import fr.passeurs.testing.Fixtures;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Periodic work runs on one instance at a time: of many instances asking for a work's lease at once
 * exactly one gets it; the others are refused while it holds it; it is taken over once it expires
 * (the holder died mid-run); a run that ends gives it back. The scheduler skips a work another
 * instance holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkLeasesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.withTestControls();
  }

  @ArquillianResource URL url;
  Api api;

  @BeforeEach
  void connect() {
    api = Api.at(url);
  }

  @AfterEach
  void clockBack() {
    api.post("/api/test/clock/0", null);
  }

  private boolean claim(String work, String holder, long leaseSeconds) {
    Api.Response answer =
        api.post(
            "/api/test/work/" + work + "/claim/" + holder + "?leaseSeconds=" + leaseSeconds, null);
    assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    return answer.json().getBoolean("taken");
  }

  @Test
  void ofTwentyInstancesAskingAtOnceExactlyOneRunsTheWork() throws Exception {
    String work = "test-" + Fixtures.uniqueWord();
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<Boolean>> asks = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String holder = "instance-" + i;
        asks.add(() -> claim(work, holder, 300));
      }
      long taken = 0;
      for (Future<Boolean> answer : pool.invokeAll(asks)) {
        if (answer.get()) {
          taken++;
        }
      }
      assertThat(taken).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    // a second round, the lease now existing: still only its holder
    for (int i = 0; i < 20; i++) {
      assertThat(claim(work, "late-" + i, 300)).isFalse();
    }
  }

  @Test
  void aLeaseIsTakenOverOnlyOnceExpiredOrGivenBack() {
    String work = "test-" + Fixtures.uniqueWord();
    assertThat(claim(work, "first", 300)).isTrue();
    assertThat(claim(work, "second", 300)).isFalse();
    assertThat(claim(work, "first", 300)).as("its holder keeps it").isTrue();

    // The first instance dies mid-run: after its lease the second takes the work over.
    api.post("/api/test/clock/299", null);
    assertThat(claim(work, "second", 300)).isFalse();
    api.post("/api/test/clock/301", null);
    assertThat(claim(work, "second", 300)).isTrue();
    assertThat(claim(work, "first", 300)).as("the dead one's turn is over").isFalse();

    // A run that ends gives the work back: the next run may be anyone's at once.
    api.post("/api/test/work/" + work + "/release/first", null);
    assertThat(claim(work, "third", 300)).as("only the holder gives it back").isFalse();
    api.post("/api/test/work/" + work + "/release/second", null);
    assertThat(claim(work, "third", 300)).isTrue();
  }

  @Test
  void theSchedulerSkipsAWorkAnotherInstanceRuns() {
    String me = api.get("/api/test/work/holder").json().getString("holder");
    assertThat(claim("enrolment-deadlines", "another-instance", 300)).isTrue();
    assertThat(api.post("/api/test/jobs/deadlines", null).json().getInt("cancelled"))
        .as("skipped while another instance holds it")
        .isEqualTo(-1);
    api.post("/api/test/work/enrolment-deadlines/release/another-instance", null);
    assertThat(api.post("/api/test/jobs/deadlines", null).json().getInt("cancelled"))
        .isGreaterThanOrEqualTo(0);
    assertThat(claim("enrolment-deadlines", me, 1)).as("given back after its run").isTrue();
    api.post("/api/test/work/enrolment-deadlines/release/" + me, null);
  }
}
