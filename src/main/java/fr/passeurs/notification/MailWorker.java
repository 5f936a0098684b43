package fr.passeurs.notification;

import fr.passeurs.platform.persistence.DatabaseMigration;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
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
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's due mails every few seconds, when SMTP is configured. A mail that fails stays
 * in the outbox and is tried again later, waiting longer each time.
 */
@ApplicationScoped
public class MailWorker {

  private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());

  @Resource private ManagedScheduledExecutorService executor;
  @Inject private MailSettings settings;
  @Inject private Outbox outbox;

  private ScheduledFuture<?> task;

  void start(
      @Observes @Priority(DatabaseMigration.DEMO + 200) @Initialized(ApplicationScoped.class)
          Object start) {
    if (!settings.enabled()) {
      LOG.info(
          "No SMTP server configured (PASSEURS_SMTP_HOST): notifications are kept, not mailed.");
      return;
    }
    long every = settings.interval().toMillis();
    task = executor.scheduleWithFixedDelay(this::deliverDue, every, every, TimeUnit.MILLISECONDS);
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
    MimeMessage message = new MimeMessage(session);
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

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
