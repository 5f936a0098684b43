package fr.passeurs.catalogue;

import fr.passeurs.platform.rest.Page;
import fr.passeurs.platform.rest.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The reference list of crafts. */
@ApplicationScoped
public class CraftService {

  @PersistenceContext private EntityManager em;

  public Page<Craft> list(Domain domain, PageRequest page) {
    String where = domain == null ? "" : " WHERE c.domain = :domain";
    TypedQuery<Craft> items =
        em.createQuery("SELECT c FROM Craft c" + where + " ORDER BY c.nameFr, c.code", Craft.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Craft c" + where, Long.class);
    if (domain != null) {
      items.setParameter("domain", domain);
      count.setParameter("domain", domain);
    }
    return page.page(
        items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
        count.getSingleResult());
  }

  public Optional<Craft> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Craft.class, code));
  }

  /** Every craft, by French name: the list is short and fixed. */
  public List<Craft> all() {
    return em.createQuery("SELECT c FROM Craft c ORDER BY c.nameFr", Craft.class).getResultList();
  }

  /** Every craft as other contexts see it, by French name. */
  public List<CraftSummary> summaries() {
    return all().stream()
        .map(c -> new CraftSummary(c.code(), c.domain(), c.nameFr(), c.nameEn()))
        .toList();
  }
}
