package fr.passeurs.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  static final Set<String> PROXIES = ClientAddress.parse(" 10.0.0.2, 10.0.0.3 ,");

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(ClientAddress.clientOf("198.51.100.7", "203.0.113.9", Set.of()))
        .isEqualTo("198.51.100.7");
    assertThat(ClientAddress.clientOf("198.51.100.7", "203.0.113.9", PROXIES))
        .as("a client that is not a proxy cannot pass for someone else")
        .isEqualTo("198.51.100.7");
  }

  @Test
  void behindTrustedProxiesTheClientIsTheLastUntrustedHop() {
    assertThat(ClientAddress.clientOf("10.0.0.2", "203.0.113.9", PROXIES)).isEqualTo("203.0.113.9");
    assertThat(ClientAddress.clientOf("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3", PROXIES))
        .as("what the client wrote before the first proxy is not believed")
        .isEqualTo("203.0.113.9");
    assertThat(ClientAddress.clientOf("10.0.0.2", " , ", PROXIES)).isEqualTo("10.0.0.2");
  }
}
