package fr.passeurs.notification;

import fr.passeurs.platform.work.PeriodicWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due mails every few seconds ({@code passeurs.mail.interval-seconds}), when
 * SMTP is configured, on one instance of a cluster at a time. A mail that fails stays in the outbox
 * and is tried again later, waiting longer each time. Each mail is claimed before it is sent; one
 * sent by an instance that died before recording it is sent again, with the same {@code
 * Message-ID}, so that mail clients show it once.
 */
@ApplicationScoped
public class MailWorker implements PeriodicWork {

  private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());

  @Inject private MailSettings settings;
  @Inject private Outbox outbox;

  @Override
  public String name() {
    return "mail-outbox";
  }

  /**
   * Short, so that mail waits little after an instance died mid-run: a run that outlasts it and
   * overlaps the next is harmless, each mail being claimed before it is sent.
   */
  @Override
  public Duration lease() {
    return Duration.ofSeconds(30);
  }

  @Override
  public Optional<Duration> every() {
    return Optional.of(settings.interval());
  }

  /** Only with an SMTP server; asked once, at start. */
  @Override
  public boolean enabled() {
    if (!settings.enabled()) {
      LOG.info(
          "No SMTP server configured (PASSEURS_SMTP_HOST): notifications are kept, not mailed.");
    }
    return settings.enabled();
  }

  @Override
  public int run() {
    return deliverDue();
  }

  /** Sends what is due; returns how many were sent. */
  public int deliverDue() {
    int sent = 0;
    try {
      for (String id : outbox.due(50)) {
        Optional<OutgoingMail> claimed;
        try {
          claimed = outbox.claim(id);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
          continue; // another worker took it
        }
        if (claimed.isEmpty()) {
          continue;
        }
        try {
          send(claimed.get());
          outbox.sent(id);
          sent++;
        } catch (MessagingException | RuntimeException e) {
          outbox.failed(id, e.getMessage(), settings.retry());
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The outbox could not be read; next run will try again.", e);
    }
    return sent;
  }

  private void send(OutgoingMail mail) throws MessagingException {
    Session session =
        Session.getInstance(
            settings.smtp(),
            settings.user().isPresent()
                ? new Authenticator() {
                  @Override
                  protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(
                        settings.user().get(), settings.password().orElse(""));
                  }
                }
                : null);
    String messageId = messageId(mail.id(), settings.from());
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    if (mail.calendar() == null) {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeMultipart parts = new MimeMultipart("mixed");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      parts.addBodyPart(text);
      MimeBodyPart calendar = new MimeBodyPart();
      calendar.setContent(mail.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
      calendar.setFileName("passeurs.ics");
      parts.addBodyPart(calendar);
      message.setContent(parts);
    }
    Transport.send(message);
  }

  /**
   * The {@code Message-ID} of an outbox mail: drawn from its id, so that the same mail sent twice
   * (sent, then the instance died before recording it) is known as one by mail clients.
   */
  static String messageId(String mailId, String from) {
    int at = from == null ? -1 : from.lastIndexOf('@');
    String domain =
        at < 0 ? "passeurs.invalid" : from.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
    return "<" + mailId + "@" + (domain.isEmpty() ? "passeurs.invalid" : domain) + ">";
  }
}
