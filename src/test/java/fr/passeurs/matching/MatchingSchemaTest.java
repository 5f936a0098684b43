package fr.passeurs.matching;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.passeurs.testing.MigratedDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The database itself keeps an offer's places, an apprentice's list and a round's outcome. */
class MatchingSchemaTest {

  private static Connection connection;

  @BeforeAll
  static void migrate() throws SQLException {
    connection = MigratedDatabase.open("matching-schema");
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  private static void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static String offer(int places, int held) throws SQLException {
    String id = UUID.randomUUID().toString();
    execute(
        "INSERT INTO apprenticeship_offer (id, master_id, manufacture_id, know_how_id, title,"
            + " description, places, start_date, duration_months, days_per_week, required_level,"
            + " status, places_held, created_at, updated_at, version) VALUES ('"
            + id
            + "', 'm', 'f', 'k', 'Offre', '', "
            + places
            + ", DATE '2031-04-01', 24, 4, 'BEGINNER', 'OPEN', "
            + held
            + ", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
    return id;
  }

  @Test
  void anOfferNeverHoldsMorePlacesThanItHas() throws SQLException {
    String offer = offer(2, 2);
    assertThatThrownBy(
            () ->
                execute(
                    "UPDATE apprenticeship_offer SET places_held = 3 WHERE id = '" + offer + "'"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_apprenticeship_offer_held");
    assertThatThrownBy(() -> offer(21, 0))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_apprenticeship_offer_places");
  }

  @Test
  void anApprenticeRanksTenOffersAtMostEachOnce() throws SQLException {
    String offer = offer(1, 0);
    execute("INSERT INTO application_choice VALUES ('a1', 0, '" + offer + "')");
    assertThatThrownBy(
            () -> execute("INSERT INTO application_choice VALUES ('a1', 1, '" + offer + "')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("uq_application_choice_offer");
    assertThatThrownBy(() -> execute("INSERT INTO application_choice VALUES ('a1', 10, 'other')"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_application_choice_rank");
  }

  @Test
  void aRoundProposesOnePlaceAtMostToEachApprentice() throws SQLException {
    String offer = offer(2, 0);
    String insert =
        "INSERT INTO apprenticeship_match (id, round_id, offer_id, apprentice_id, status, respond_by,"
            + " created_at, version) VALUES ('%s', 'r1', '"
            + offer
            + "', 'a1', 'PROPOSED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)";
    execute(String.format(insert, UUID.randomUUID()));
    assertThatThrownBy(() -> execute(String.format(insert, UUID.randomUUID())))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("uq_apprenticeship_match");
  }

  @Test
  void aMasterRanksAnApplicantOrRefusesThemNotBoth() {
    assertThatThrownBy(() -> execute("INSERT INTO master_ranking VALUES ('o1', 'a1', 1, TRUE)"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_master_ranking");
    assertThatThrownBy(() -> execute("INSERT INTO master_ranking VALUES ('o1', 'a2', 0, FALSE)"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("ck_master_ranking");
  }
}
