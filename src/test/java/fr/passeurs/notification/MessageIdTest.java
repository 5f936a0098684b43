package fr.passeurs.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A mail of the outbox sent twice (sent, then the instance died before recording it) carries the
 * same {@code Message-ID} both times: it is drawn from the mail's id and the sender's domain, not
 * from the moment it is sent.
 */
class MessageIdTest {

  @Test
  void theSameMailAlwaysHasTheSameMessageId() {
    String id = "0b1f6c2e-2d1c-4b8e-9d57-3f1c8a6e2a10";
    assertThat(MailWorker.messageId(id, "Passeurs <ne-pas-repondre@passeurs.fr>"))
        .isEqualTo("<" + id + "@passeurs.fr>")
        .isEqualTo(MailWorker.messageId(id, "Passeurs <ne-pas-repondre@passeurs.fr>"));
    assertThat(MailWorker.messageId("another", "ne-pas-repondre@passeurs.fr"))
        .isEqualTo("<another@passeurs.fr>");
  }

  @Test
  void withoutADomainTheMessageIdStillHasOne() {
    assertThat(MailWorker.messageId("m1", null)).isEqualTo("<m1@passeurs.invalid>");
    assertThat(MailWorker.messageId("m1", "passeurs")).isEqualTo("<m1@passeurs.invalid>");
  }
}
