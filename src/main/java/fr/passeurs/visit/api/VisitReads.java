package fr.passeurs.visit.api;

import fr.passeurs.platform.Caller;
import fr.passeurs.platform.DomainException;
import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.visit.OfferQuery;
import fr.passeurs.visit.SchoolLevel;
import fr.passeurs.visit.VisitAction;
import fr.passeurs.visit.VisitBooking;
import fr.passeurs.visit.VisitBookingService;
import fr.passeurs.visit.VisitOffer;
import fr.passeurs.visit.VisitOfferService;
import fr.passeurs.visit.VisitReader;
import fr.passeurs.visit.VisitStatus;
import fr.passeurs.visit.api.VisitViews.ActionRequest;
import fr.passeurs.visit.api.VisitViews.BookingView;
import fr.passeurs.visit.api.VisitViews.SchoolRequest;
import fr.passeurs.visit.api.VisitViews.SchoolView;
import fr.passeurs.visit.api.VisitViews.VisitOfferView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Class visits as the API and the pages both use them: {@link VisitOfferRequest}, {@link
 * BookingRequest}, {@link SchoolRequest} and {@link ActionRequest} in, the read models of {@link
 * VisitViews} out; the entities stay here. The notes of a booking's history are written in the
 * reader's language.
 */
@ApplicationScoped
public class VisitReads {

  @Inject private VisitOfferService offers;
  @Inject private VisitBookingService bookings;
  @Inject private VisitReader reader;

  /** Offers open to booking, by title or, near a place, nearest first with their distance. */
  public Page<VisitOfferView> offers(OfferQuery query, PageRequest page) {
    Page<VisitOffer> found = offers.search(query, page);
    return new Page<>(offerViews(found.items(), query), found.total(), found.page(), found.size());
  }

  /** An offer. */
  public VisitOfferView offer(String id) {
    return offerView(offers.get(id));
  }

  /** The offers the caller looks after, withdrawn ones too. */
  public List<VisitOfferView> lookedAfterBy(Caller caller) {
    return offerViews(offers.lookedAfterBy(caller), null);
  }

  /** Publishes an offer: an artisan hosting it, or a manager naming the host. */
  public VisitOfferView publish(Caller caller, VisitOfferRequest request) {
    return offerView(offers.publish(caller, request.toDetails()));
  }

  /** Withdraws an offer: no new bookings; those made stand. */
  public VisitOfferView withdraw(Caller caller, String id) {
    return offerView(offers.withdraw(caller, id));
  }

  /** Pupils per accompanying adult at each level, for forms that check as one types. */
  public Map<SchoolLevel, Integer> pupilsPerAdult() {
    return reader.pupilsPerAdult();
  }

  /** The fewest adults a group of pupils of a level needs. */
  public int adultsNeeded(SchoolLevel level, int pupils) {
    return reader.adultsNeeded(level, pupils);
  }

  /** The schools the teacher registered. */
  public List<SchoolView> schools(Caller caller) {
    return bookings.schoolsOf(caller.accountId()).stream().map(SchoolView::of).toList();
  }

  /** Registers the teacher's school by its UAI, or joins it if a colleague did already. */
  public SchoolView registerSchool(Caller caller, SchoolRequest school) {
    return SchoolView.of(
        bookings.registerSchool(caller, school.uai(), school.name(), school.city()));
  }

  /** A teacher requests a visit. */
  public BookingView request(Caller caller, BookingRequest request, Locale language) {
    return bookingView(
        caller,
        bookings.request(caller, request.offerId(), request.school(), request.toRequest()),
        language);
  }

  /** A visit the caller takes part in, with what they may do now. */
  public BookingView booking(Caller caller, String id, Locale language) {
    return bookingView(caller, bookings.get(caller, id), language);
  }

  /** The caller's visits, as teacher or host, soonest first. */
  public Page<BookingView> mine(
      Caller caller, VisitStatus status, PageRequest page, Locale language) {
    return bookingViews(caller, bookings.mine(caller, status, page), language);
  }

  /** The visits of a manufacture (its managers, the admin), soonest first. */
  public Page<BookingView> ofManufacture(
      Caller caller, String manufactureId, VisitStatus status, PageRequest page, Locale language) {
    return bookingViews(
        caller, bookings.ofManufacture(caller, manufactureId, status, page), language);
  }

  /** Acts on a visit: confirm, decline, cancel, mark done, confirm attendance. */
  public BookingView act(
      Caller caller, String id, VisitAction action, ActionRequest given, Locale language) {
    ActionRequest body = given == null ? new ActionRequest(null, null, null, null) : given;
    VisitBooking booking =
        switch (action) {
          case CONFIRM -> bookings.confirm(caller, id, body.choice() == null ? 0 : body.choice());
          case DECLINE -> bookings.decline(caller, id, body.reason());
          case CANCEL -> bookings.cancel(caller, id, body.reason());
          case MARK_DONE ->
              bookings.markDone(caller, id, body.presentPupils(), body.presentAdults());
          case CONFIRM_ATTENDANCE -> bookings.confirmAttendance(caller, id);
          case REQUEST, EXPIRE ->
              throw new DomainException(
                  DomainException.Kind.NOT_FOUND,
                  "not-found",
                  "problem.visit-action-unknown",
                  action.apiName());
        };
    return bookingView(caller, booking, language);
  }

  private VisitOfferView offerView(VisitOffer offer) {
    return offerViews(List.of(offer), null).get(0);
  }

  private List<VisitOfferView> offerViews(List<VisitOffer> found, OfferQuery query) {
    Map<SchoolLevel, Integer> ratios = reader.pupilsPerAdult();
    return reader.listings(found).stream()
        .map(l -> VisitOfferView.of(l, ratios, query == null ? null : query.near()))
        .toList();
  }

  private BookingView bookingView(Caller caller, VisitBooking booking, Locale language) {
    return BookingView.of(reader.listing(caller, booking), language);
  }

  private Page<BookingView> bookingViews(Caller caller, Page<VisitBooking> found, Locale language) {
    return new Page<>(
        reader.listings(caller, found.items()).stream()
            .map(l -> BookingView.of(l, language))
            .toList(),
        found.total(),
        found.page(),
        found.size());
  }
}
