package fr.passeurs.catalogue;

import fr.passeurs.people.AccountSummary;
import fr.passeurs.workshop.ManufactureSummary;
import java.util.List;

/**
 * A know-how entry with what the people reading it need: its manufacture, the names of its holders
 * (the active ones; owners also see those still pending), and whether the reader may edit it.
 */
public record KnowHowDetail(
    KnowHow entry,
    ManufactureSummary manufacture,
    List<AccountSummary> holders,
    boolean editable) {}
