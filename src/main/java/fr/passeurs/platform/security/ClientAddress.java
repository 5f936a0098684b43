package fr.passeurs.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from. Behind a load balancer every request comes from it, so its
 * {@code X-Forwarded-For} is believed — but only from the addresses listed in {@code
 * PASSEURS_TRUSTED_PROXIES} (comma-separated, as the server sees them): anyone else could write
 * that header to pass for someone else. The client is then the last address of the header that is
 * not a trusted proxy.
 */
@ApplicationScoped
public class ClientAddress {

  @Inject
  @ConfigProperty(name = "passeurs.trusted-proxies")
  Optional<String> trustedProxies;

  private volatile Set<String> trusted;

  public String of(HttpServletRequest request) {
    if (trusted == null) {
      trusted = parse(trustedProxies.orElse(""));
    }
    return clientOf(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted);
  }

  static Set<String> parse(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(a -> !a.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The client behind {@code peer}, given its {@code X-Forwarded-For} and the trusted proxies. */
  static String clientOf(String peer, String forwarded, Set<String> trusted) {
    if (forwarded == null || !trusted.contains(peer)) {
      return peer;
    }
    List<String> hops =
        Arrays.stream(forwarded.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      if (!trusted.contains(hops.get(i))) {
        return hops.get(i);
      }
    }
    return hops.isEmpty() ? peer : hops.get(0);
  }
}
