package fr.passeurs.machinepark.web;

import fr.passeurs.machinepark.api.MachineParkReads;
import fr.passeurs.machinepark.api.MachineParkViews.UsageView;
import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.web.Feedback;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A manager's usage statements: a month's use of the manufacture's machines per person and machine,
 * to read and to download as CSV or PDF for the manufacture's own invoicing.
 */
@Named
@RequestScoped
public class UsageBean {

  @Inject private MachineParkReads park;
  @Inject private Caller caller;

  private String month;
  private UsageView usage;

  /** The month shown: the one asked, or the current one. */
  public YearMonth getShownMonth() {
    if (month != null && !month.isBlank()) {
      try {
        return MachineParkReads.month(month);
      } catch (DomainException e) {
        // an address typed by hand: the current month instead
      }
    }
    return YearMonth.from(park.today());
  }

  /** The twelve months up to the current one, newest first, to choose from. */
  public List<YearMonth> getMonths() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth current = YearMonth.from(park.today());
    for (int i = 0; i < 12; i++) {
      months.add(current.minusMonths(i));
    }
    return months;
  }

  public UsageView getUsage() {
    if (usage == null) {
      if (caller.manufactureId() == null) {
        return null;
      }
      try {
        usage = park.usage(caller, caller.manufactureId(), getShownMonth());
      } catch (DomainException e) {
        Feedback.refusal(e);
        return null;
      }
    }
    return usage;
  }

  /** "mars 2027", "March 2027". */
  public String label(YearMonth month) {
    String text =
        java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Feedback.locale()).format(month);
    return text.substring(0, 1).toUpperCase(Feedback.locale()) + text.substring(1);
  }

  /** Hours with two decimals, as the page's language writes them. */
  public String hours(long minutes) {
    return String.format(Feedback.locale(), "%.2f", minutes / 60.0);
  }

  /** Euros with two decimals, as the page's language writes them. */
  public String euros(long cents) {
    return String.format(Feedback.locale(), "%.2f €", cents / 100.0);
  }

  /** Shows the month chosen, at an address that can be kept. */
  public String show() {
    return "/manager/machine-usage?faces-redirect=true&month=" + getShownMonth();
  }

  /** The month of the form: the one shown. */
  public String getMonth() {
    return getShownMonth().toString();
  }

  public void setMonth(String month) {
    this.month = month;
  }
}
