package fr.passeurs.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

/** How the document's operation ids are made unique. */
class ContractFilterTest {

  @Test
  void anOperationIdIsMadeOfTheMethodAndThePath() {
    assertThat(ContractFilter.idOf(HttpMethod.GET, "/api/sessions/{id}/enrolments"))
        .isEqualTo("getSessionsByIdEnrolments");
    assertThat(ContractFilter.idOf(HttpMethod.POST, "/api/know-how")).isEqualTo("postKnowHow");
    assertThat(
            ContractFilter.idOf(HttpMethod.DELETE, "/api/manufactures/{id}/managers/{accountId}"))
        .isEqualTo("deleteManufacturesByIdManagersByAccountId");
    assertThat(ContractFilter.idOf(HttpMethod.GET, "/api/x/{n: [0-9]+}")).isEqualTo("getXByN");
  }
}
