package fr.passeurs.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.testing.MigratedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database itself refuses a booking beyond the limits it was accepted on, whatever the code
 * above it does: the migrations run on an embedded database, and rows are written straight in.
 */
class VisitSchemaTest {

  private static Connection connection;

  @BeforeAll
  static void migrate() throws SQLException {
    connection = MigratedDatabase.open("visit-schema");
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  /**
   * A booking row: 24 pupils at most, a room of 30, 8 pupils per adult; the columns given replace
   * those of a valid request.
   */
  private static void insert(
      String status, int pupils, int adults, String extraColumns, String extraValues)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "INSERT INTO visit_booking (id, offer_id, title, manufacture_id, artisan_id, room_id,"
              + " teacher_id, school_id, level, pupils, adults, comment, first_wished_at, status,"
              + " answer_by, max_pupils, room_capacity, pupils_per_adult, created_at, updated_at,"
              + " version"
              + extraColumns
              + ") VALUES ('"
              + UUID.randomUUID()
              + "', 'o', 'Visite', 'm', 'a', 'r', 't', 's', 'COLLEGE', "
              + pupils
              + ", "
              + adults
              + ", '', TIMESTAMP '2031-03-11 09:30:00', '"
              + status
              + "', TIMESTAMP '2031-03-04 09:30:00', 24, 30, 8, CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP, 0"
              + extraValues
              + ")");
    }
  }

  @Test
  void aRequestWithinItsLimitsIsStored() throws SQLException {
    insert("REQUESTED", 24, 3, "", "");
    insert(
        "DONE",
        20,
        3,
        ", confirmed_start, confirmed_end, present_pupils, present_adults",
        ", TIMESTAMP '2031-03-11 09:30:00', TIMESTAMP '2031-03-11 11:00:00', 19, 3");
    try (Statement s = connection.createStatement();
        var rows = s.executeQuery("SELECT COUNT(*) FROM visit_booking")) {
      rows.next();
      assertThat(rows.getInt(1)).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void moreThanTheOfferWelcomesIsRefused() {
    assertThatThrownBy(() -> insert("REQUESTED", 25, 4, "", ""))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_visit_booking_group");
  }

  @Test
  void moreThanTheRoomHoldsIsRefused() {
    assertThatThrownBy(() -> insert("REQUESTED", 24, 7, "", ""))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_visit_booking_group");
  }

  @Test
  void tooFewAdultsForThePupilsIsRefused() {
    assertThatThrownBy(() -> insert("REQUESTED", 24, 2, "", ""))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_visit_booking_ratio");
  }

  @Test
  void aConfirmedVisitHasATimeAndADoneOneItsAttendance() {
    assertThatThrownBy(() -> insert("CONFIRMED", 20, 3, "", ""))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_visit_booking_confirmed");
    assertThatThrownBy(
            () ->
                insert(
                    "DONE",
                    20,
                    3,
                    ", confirmed_start, confirmed_end",
                    ", TIMESTAMP '2031-03-11 09:30:00', TIMESTAMP '2031-03-11 11:00:00'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_visit_booking_done");
  }

  @Test
  void aDeclinedVisitSaysWhy() {
    assertThatThrownBy(() -> insert("DECLINED", 20, 3, "", ""))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_visit_booking_reason");
  }

  @Test
  void anUnknownStatusIsRefused() {
    assertThatThrownBy(() -> insert("MAYBE", 20, 3, "", ""))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_visit_booking_status");
  }
}
