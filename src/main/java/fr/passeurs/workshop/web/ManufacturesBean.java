package fr.passeurs.workshop.web;

import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.platform.web.PageAccess;
import fr.passeurs.platform.web.Paging;
import fr.passeurs.workshop.Region;
import fr.passeurs.workshop.api.ManufactureView;
import fr.passeurs.workshop.api.WorkshopReads;
import fr.passeurs.workshop.api.WorkshopViews.MachineView;
import fr.passeurs.workshop.api.WorkshopViews.Period;
import fr.passeurs.workshop.api.WorkshopViews.RoomView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The public pages of the network's manufactures: the list (by region, a link per search) and one
 * manufacture with its address, opening hours, rooms and machines.
 */
@Named
@RequestScoped
public class ManufacturesBean {

  static final int PAGE_SIZE = 20;

  @Inject private WorkshopReads workshop;

  private Region region;
  private int page;
  private Page<ManufactureView> results;

  private String id;
  private ManufactureView manufacture;
  private List<Period> openingPeriods;
  private List<RoomView> rooms;
  private List<MachineView> machines;

  public String search() {
    page = 0;
    return "/manufactures?faces-redirect=true&includeViewParams=true";
  }

  public Page<ManufactureView> getResults() {
    if (results == null) {
      Paging.Shown<ManufactureView> shown =
          Paging.within(
              page, PAGE_SIZE, p -> workshop.manufactures(region, new PageRequest(p, PAGE_SIZE)));
      page = shown.page();
      results = shown.results();
    }
    return results;
  }

  /** Loads one manufacture; 404 for an unknown one. */
  public void load() throws IOException {
    try {
      manufacture = workshop.manufacture(id);
    } catch (DomainException e) {
      PageAccess.endWith(404);
    }
  }

  public ManufactureView getManufacture() {
    return manufacture;
  }

  /** Read once per request: the page asks for each list more than once while it renders. */
  public List<Period> getOpeningPeriods() {
    if (openingPeriods == null) {
      openingPeriods =
          manufacture == null ? List.of() : workshop.openingHours(manufacture.id()).periods();
    }
    return openingPeriods;
  }

  public List<RoomView> getRooms() {
    if (rooms == null) {
      rooms = manufacture == null ? List.of() : workshop.rooms(manufacture.id());
    }
    return rooms;
  }

  public List<MachineView> getMachines() {
    if (machines == null) {
      machines = manufacture == null ? List.of() : workshop.machines(manufacture.id());
    }
    return machines;
  }

  public Region[] getRegions() {
    return Region.values();
  }

  public int getPageCount() {
    return (int) Math.max(1, (getResults().total() + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public boolean isHasPrevious() {
    return page > 0;
  }

  public boolean isHasNext() {
    return page + 1 < getPageCount();
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
