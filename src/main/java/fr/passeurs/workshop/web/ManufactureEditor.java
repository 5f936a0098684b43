package fr.passeurs.workshop.web;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import fr.passeurs.platform.web.LimitsOf;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.workshop.Region;
import fr.passeurs.workshop.api.ManufactureRequest;
import fr.passeurs.workshop.api.ManufactureView;
import fr.passeurs.workshop.api.WorkshopReads;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The admin's form of one manufacture: opening it (without {@code id}) or describing it again. It
 * reads the API's {@link ManufactureView} and sends its {@link ManufactureRequest}, whose limits
 * its fields take. The same page appoints the manufacture's managers ({@code people}).
 */
@Named
@ViewScoped
public class ManufactureEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Instance<WorkshopReads> workshop;
  @Inject private Instance<Caller> caller;

  private String id;

  @LimitsOf(ManufactureRequest.class)
  private String name;

  @LimitsOf(ManufactureRequest.class)
  private String street;

  @LimitsOf(ManufactureRequest.class)
  private String postalCode;

  @LimitsOf(ManufactureRequest.class)
  private String city;

  @NotNull private Region region;

  @LimitsOf(ManufactureRequest.class)
  private Double latitude;

  @LimitsOf(ManufactureRequest.class)
  private Double longitude;

  @LimitsOf(ManufactureRequest.class)
  private String description;

  /** Loads the manufacture to describe; 404 for an unknown one. Without id: a new one. */
  public void load() throws IOException {
    if (id == null || id.isBlank()) {
      id = null;
      return;
    }
    if (name != null) {
      return;
    }
    ManufactureView m;
    try {
      m = workshop.get().manufacture(id);
    } catch (DomainException e) {
      PageAccess.endWith(404);
      return;
    }
    name = m.name();
    street = m.street();
    postalCode = m.postalCode();
    city = m.city();
    region = Region.valueOf(m.region());
    latitude = m.latitude();
    longitude = m.longitude();
    description = m.description();
  }

  public boolean isCreating() {
    return id == null;
  }

  /** Opens the manufacture, or describes it again, as the API would. */
  public String save() {
    ManufactureRequest request =
        new ManufactureRequest(
            name,
            street,
            postalCode,
            city,
            region == null ? null : region.name(),
            latitude,
            longitude,
            description);
    try {
      if (id == null) {
        ManufactureView opened = workshop.get().open(caller.get(), request);
        Feedback.info("admin.manufacture.opened", opened.name());
        return "/admin/manufacture?faces-redirect=true&id=" + opened.id();
      }
      workshop.get().describe(caller.get(), id, request);
      Feedback.info("admin.manufacture.saved", name);
      return "/admin/manufacture?faces-redirect=true&id=" + id;
    } catch (DomainException e) {
      Feedback.refusal(e);
      return null;
    }
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
}
