package fr.passeurs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

class FieldValidatorTest {

  record Request(@NotBlank @Size(max = 5) String name) {}

  static class Page {
    @LimitsOf(value = Request.class, field = "name")
    String label;

    @LimitsOf(Request.class)
    String name;

    @Size(max = 2)
    String own;
  }

  static class Proxy extends Page {}

  @Test
  void aFieldMarkedLimitsOfIsCheckedByTheRecordsComponent() {
    assertThat(FieldValidator.targetOf(Page.class, "label"))
        .isEqualTo(new FieldValidator.Target(Request.class, "name"));
    assertThat(FieldValidator.targetOf(Page.class, "name"))
        .isEqualTo(new FieldValidator.Target(Request.class, "name"));
    // a bean seen through its proxy, a subclass, is read from its own class
    assertThat(FieldValidator.targetOf(Proxy.class, "label"))
        .isEqualTo(new FieldValidator.Target(Request.class, "name"));
    assertThat(FieldValidator.targetOf(Page.class, "own"))
        .isEqualTo(new FieldValidator.Target(Page.class, "own"));
  }
}
