package fr.passeurs.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How to send mail: {@code PASSEURS_SMTP_HOST} (none: no mail is sent, nothing fails), {@code
 * _PORT}, {@code _USER}, {@code _PASSWORD}, {@code _FROM}, {@code _STARTTLS}.
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "passeurs.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "passeurs.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "passeurs.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "passeurs.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(
      name = "passeurs.smtp.from",
      defaultValue = "Passeurs <ne-pas-repondre@passeurs.fr>")
  String from;

  @Inject
  @ConfigProperty(name = "passeurs.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "passeurs.mail.interval-seconds", defaultValue = "15")
  long intervalSeconds;

  @Inject
  @ConfigProperty(name = "passeurs.mail.retry-seconds", defaultValue = "60")
  long retrySeconds;

  @Inject
  @ConfigProperty(name = "passeurs.public-url", defaultValue = "http://localhost:8080/")
  String publicUrl;

  public boolean enabled() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  Properties smtp() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElse(""));
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.auth", Boolean.toString(user.isPresent()));
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "20000");
    properties.put("mail.smtp.writetimeout", "20000");
    return properties;
  }

  Optional<String> user() {
    return user;
  }

  Optional<String> password() {
    return password;
  }

  String from() {
    return from;
  }

  Duration interval() {
    return Duration.ofSeconds(intervalSeconds);
  }

  Duration retry() {
    return Duration.ofSeconds(retrySeconds);
  }

  /** The absolute address of a page of the site. */
  String absolute(String link) {
    if (link == null || link.isBlank()) {
      return publicUrl;
    }
    String base =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    return base + (link.startsWith("/") ? link : "/" + link);
  }
}
