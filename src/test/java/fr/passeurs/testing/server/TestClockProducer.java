package fr.passeurs.testing.server;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;

/** In the test deployment only: the application's clock is the tests' movable clock. */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class TestClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return MutableClock.INSTANCE;
  }
}
