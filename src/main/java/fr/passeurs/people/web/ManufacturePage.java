package fr.passeurs.people.web;

import fr.passeurs.people.api.AccountReads;
import fr.passeurs.people.api.AccountView;
import fr.passeurs.people.api.AppointmentRequest;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.workshop.ManufactureDetails;
import fr.passeurs.workshop.ManufactureService;
import fr.passeurs.workshop.ManufactureSummary;
import fr.passeurs.workshop.Region;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The admin's page of one manufacture: opening it (without {@code id}), describing it, and
 * appointing or removing its managers.
 */
@Named
@ViewScoped
public class ManufacturePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Instance<ManufactureService> manufactures;
  @Inject private Instance<AccountReads> accounts;
  @Inject private Instance<Caller> caller;

  private String id;

  @NotBlank
  @Size(max = 200)
  private String name;

  @NotBlank
  @Size(max = 200)
  private String street;

  @NotBlank
  @Pattern(regexp = "\\d{5}", message = "{invalid.postal-code}")
  private String postalCode;

  @NotBlank
  @Size(max = 100)
  private String city;

  @NotNull private Region region;

  @NotNull
  @DecimalMin("-90")
  @DecimalMax("90")
  private Double latitude;

  @NotNull
  @DecimalMin("-180")
  @DecimalMax("180")
  private Double longitude;

  @Size(max = 4000)
  private String description;

  @LimitsOf(value = AppointmentRequest.class, field = "email")
  private String managerEmail;

  @LimitsOf(value = AppointmentRequest.class, field = "displayName")
  private String managerName;

  @LimitsOf(value = AppointmentRequest.class, field = "password")
  private String managerPassword;

  private transient List<AccountView> managers;

  /** Loads the manufacture to describe; 404 for an unknown one. Without id: a new one. */
  public void load() throws IOException {
    if (id == null || id.isBlank()) {
      id = null;
      return;
    }
    if (name != null) {
      return;
    }
    ManufactureDetails m;
    try {
      m = manufactures.get().details(id);
    } catch (DomainException e) {
      PageAccess.endWith(404);
      return;
    }
    name = m.name();
    street = m.street();
    postalCode = m.postalCode();
    city = m.city();
    region = m.region();
    latitude = m.location().latitude();
    longitude = m.location().longitude();
    description = m.description();
  }

  public boolean isCreating() {
    return id == null;
  }

  public String save() {
    ManufactureDetails details =
        new ManufactureDetails(
            name, street, postalCode, city, region, new GeoPoint(latitude, longitude), description);
    try {
      if (id == null) {
        ManufactureSummary opened = manufactures.get().openOne(caller.get(), details);
        Feedback.info("admin.manufacture.opened", opened.name());
        return "/admin/manufacture?faces-redirect=true&id=" + opened.id();
      }
      manufactures.get().describe(caller.get(), id, details);
      Feedback.info("admin.manufacture.saved", name);
      return "/admin/manufacture?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public List<AccountView> getManagers() {
    if (managers == null) {
      managers = id == null ? List.of() : accounts.get().managersOf(id);
    }
    return managers;
  }

  public String appoint() {
    try {
      AccountReads.AppointedView appointed =
          accounts
              .get()
              .appointManager(
                  caller.get(),
                  id,
                  new AppointmentRequest(
                      managerEmail, blankToNull(managerName), blankToNull(managerPassword)));
      Feedback.info(
          appointed.created() ? "admin.manufacture.appointedNew" : "admin.manufacture.appointed",
          appointed.account().displayName());
      return "/admin/manufacture?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  public String remove(String accountId) {
    try {
      AccountView removed = accounts.get().removeManager(caller.get(), id, accountId);
      Feedback.info("admin.manufacture.removed", removed.displayName());
      return "/admin/manufacture?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public List<Region> getRegions() {
    return Arrays.asList(Region.values());
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public void setPostalCode(String postalCode) {
    this.postalCode = postalCode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public Double getLatitude() {
    return latitude;
  }

  public void setLatitude(Double latitude) {
    this.latitude = latitude;
  }

  public Double getLongitude() {
    return longitude;
  }

  public void setLongitude(Double longitude) {
    this.longitude = longitude;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getManagerEmail() {
    return managerEmail;
  }

  public void setManagerEmail(String managerEmail) {
    this.managerEmail = managerEmail;
  }

  public String getManagerName() {
    return managerName;
  }

  public void setManagerName(String managerName) {
    this.managerName = managerName;
  }

  public String getManagerPassword() {
    return managerPassword;
  }

  public void setManagerPassword(String managerPassword) {
    this.managerPassword = managerPassword;
  }
}
