package fr.passeurs.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SameAddressViewHandlerTest {

  @Test
  void theAddressKeptForAFormLosesTheTokenAFormSentByGetLeftInIt() {
    assertThat(
            SameAddressViewHandler.withoutToken(
                "q=dentelle&passeurs.submission=a772&domain=METAL&page=0"))
        .isEqualTo("q=dentelle&domain=METAL&page=0");
    assertThat(SameAddressViewHandler.withoutToken("passeurs.submission=a772")).isEmpty();
    assertThat(SameAddressViewHandler.withoutToken("id=42")).isEqualTo("id=42");
    assertThat(SameAddressViewHandler.withoutToken(null)).isEmpty();
  }
}
