package fr.passeurs.visit.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.visit.api.VisitReads;
import fr.passeurs.visit.api.VisitViews.SchoolRequest;
import fr.passeurs.visit.api.VisitViews.SchoolView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * A teacher registers their school by its UAI (or joins it, if a colleague did already). A code
 * with a wrong check letter is refused with the reason, next to the code.
 */
@Named
@RequestScoped
public class SchoolForm {

  private static final Map<String, String> INPUTS =
      Map.of("uai", "school:uai", "name", "school:name", "city", "school:city");

  @Inject private VisitReads visits;
  @Inject private BookingForm bookingForm;
  @Inject private Caller caller;

  private String uai;
  private String name;
  private String city;
  private boolean refused;

  /** Registers the school and stays on the page, the school now chosen in the booking form. */
  public String register() {
    try {
      SchoolView school = visits.registerSchool(caller, new SchoolRequest(uai, name, city));
      bookingForm.chooseSchool(school.uai());
      Refusals.info(Feedback.text("school.registered", school.name(), school.uai()));
      uai = null;
      name = null;
      city = null;
    } catch (DomainException e) {
      refused = true;
      Refusals.show(e, INPUTS);
    }
    return null;
  }

  /** The last registration was refused: its form must be seen, not folded away. */
  public boolean isRefused() {
    return refused;
  }

  public String getUai() {
    return uai;
  }

  public void setUai(String uai) {
    this.uai = uai;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }
}
