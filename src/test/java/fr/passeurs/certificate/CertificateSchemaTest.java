package fr.passeurs.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.testing.MigratedDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database itself keeps one valid certificate per recipient and subject, one status index per
 * certificate, one active signing key, and a training's minimum attendance within 0 to 100 %: the
 * migrations run on an embedded database and rows are written straight in.
 */
class CertificateSchemaTest {

  private static Connection connection;

  @BeforeAll
  static void migrate() throws SQLException {
    connection = MigratedDatabase.open("certificate-schema");
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "INSERT INTO issuer_key (kid, public_jwk, private_jwk, origin, active, active_guard,"
              + " created_at) VALUES ('k1', '{}', '{}', 'GENERATED', TRUE, 'A',"
              + " CURRENT_TIMESTAMP)");
    }
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  private static void insert(String code, String liveKey, int index, String revokedAt)
      throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "INSERT INTO certificate (id, code, kind, subject_type, subject_id, recipient_id,"
                + " manufacture_id, recipient_name, title, action_nature, know_how, craft,"
                + " from_day, to_day, attended_minutes, planned_minutes, trainer_name,"
                + " manufacture_name, manufacture_address, manufacture_identifier, issued_on,"
                + " content_digest, issued_at, credential, kid, pdf, pdf_sha256, status_list,"
                + " status_index, live_key, revoked_at, revocation_reason) VALUES (?, ?,"
                + " 'CERTIFICATE_OF_COMPLETION', 'TRAINING_SESSION', 's', 'r', 'm', 'Léa',"
                + " 'Tissage', 'action de formation', 'Tapisserie', 'Lissier', DATE '2031-03-10',"
                + " DATE '2031-03-10', 390, 390, 'Mathilde', 'Manufacture', '1 rue', 'id',"
                + " DATE '2031-03-11', 'd', CURRENT_TIMESTAMP, 'jwt', 'k1', ?, 'h', 1, ?, ?, "
                + (revokedAt == null ? "NULL, NULL" : revokedAt + ", 'superseded'")
                + ")")) {
      s.setString(1, UUID.randomUUID().toString());
      s.setString(2, code);
      s.setBytes(3, new byte[60 * 1024]);
      s.setInt(4, index);
      s.setString(5, liveKey);
      s.executeUpdate();
    }
  }

  @Test
  void aSecondValidCertificateForTheSameRecipientAndSubjectIsRefused() throws SQLException {
    insert("AAAAAAAAAAA1", "s1/r1", 1, null);
    assertThatThrownBy(() -> insert("AAAAAAAAAAA2", "s1/r1", 2, null))
        .isInstanceOf(SQLException.class);
    // once revoked, its key is free: a new certificate may take its place
    insert("AAAAAAAAAAA3", null, 3, "CURRENT_TIMESTAMP");
    insert("AAAAAAAAAAA4", null, 4, "CURRENT_TIMESTAMP");
  }

  @Test
  void aValidCertificateHasItsKeyAndARevokedOneHasItsReason() {
    assertThatThrownBy(() -> insert("BBBBBBBBBBB1", null, 10, null))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> insert("BBBBBBBBBBB2", "s2/r2", 11, "CURRENT_TIMESTAMP"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void aStatusIndexIsGivenOnce() throws SQLException {
    insert("CCCCCCCCCCC1", "s3/r3", 20, null);
    assertThatThrownBy(() -> insert("CCCCCCCCCCC2", "s3/r4", 20, null))
        .isInstanceOf(SQLException.class);
  }

  @Test
  void aPdfOfSixtyKilobytesIsKeptWhole() throws SQLException {
    insert("DDDDDDDDDDD1", "s4/r4", 30, null);
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT pdf FROM certificate WHERE code = 'DDDDDDDDDDD1'")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getBytes(1)).hasSize(60 * 1024);
    }
  }

  @Test
  void onlyOneSigningKeyIsActive() {
    assertThatThrownBy(
            () -> {
              try (Statement s = connection.createStatement()) {
                s.executeUpdate(
                    "INSERT INTO issuer_key (kid, public_jwk, private_jwk, origin, active,"
                        + " active_guard, created_at) VALUES ('k2', '{}', '{}', 'GENERATED',"
                        + " TRUE, 'A', CURRENT_TIMESTAMP)");
              }
            })
        .isInstanceOf(SQLException.class);
  }

  @Test
  void aTrainingsMinimumAttendanceIsAShareOfItsHours() throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "INSERT INTO training (id, artisan_id, manufacture_id, know_how_id, title, objectives,"
              + " level, duration_hours, min_participants, max_participants, price_cents,"
              + " created_at, updated_at, version) VALUES ('t1', 'a', 'm', 'k', 'T', '',"
              + " 'BEGINNER', 7, 1, 6, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
      try (ResultSet r =
          s.executeQuery("SELECT min_attendance_percent FROM training WHERE id = 't1'")) {
        r.next();
        assertThat(r.getInt(1)).isEqualTo(80);
      }
      assertThatThrownBy(
              () ->
                  s.executeUpdate(
                      "UPDATE training SET min_attendance_percent = 101 WHERE id = 't1'"))
          .isInstanceOf(SQLException.class);
    }
  }
}
