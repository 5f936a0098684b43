package fr.passeurs.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void aManagerRunsTheirOwnManufactureOnly() {
    Caller manager = new Caller("m", Set.of(Role.MANAGER), "factory-a");
    assertThat(manager.isManagerOf("factory-a")).isTrue();
    assertThat(manager.isManagerOf("factory-b")).isFalse();
    assertThat(manager.mayRun("factory-b")).isFalse();
  }

  @Test
  void anArtisanOfAManufactureDoesNotRunIt() {
    Caller artisan = new Caller("a", Set.of(Role.ARTISAN), "factory-a");
    assertThat(artisan.mayRun("factory-a")).isFalse();
  }

  @Test
  void theAdminRunsEveryManufactureWithoutManagingAny() {
    Caller admin = new Caller("x", Set.of(Role.ADMIN), null);
    assertThat(admin.mayRun("factory-a")).isTrue();
    assertThat(admin.isManagerOf("factory-a")).isFalse();
  }

  @Test
  void nobodyIsNotAuthenticated() {
    assertThat(Caller.anonymous().isAuthenticated()).isFalse();
    assertThatThrownBy(() -> Caller.anonymous().requireAuthenticated())
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).kind())
        .isEqualTo(DomainException.Kind.UNAUTHENTICATED);
    assertThat(Caller.system().isAuthenticated()).isTrue();
  }
}
