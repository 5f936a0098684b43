package fr.passeurs.workshop;

import fr.passeurs.platform.Ids;
import fr.passeurs.search.SearchDocument;
import fr.passeurs.search.SearchFacts;
import fr.passeurs.search.SearchKind;
import fr.passeurs.search.SearchSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Consumer;

/** The manufactures as the search finds them: by name, description, city and region. */
@ApplicationScoped
public class ManufactureDocuments implements SearchSource {

  @PersistenceContext private EntityManager em;

  @Override
  public SearchKind kind() {
    return SearchKind.MANUFACTURE;
  }

  /** Every manufacture: a network holds hundreds, not more. */
  @Override
  @Transactional
  public void everything(Consumer<SearchDocument> into) {
    em.createQuery("SELECT m FROM Manufacture m ORDER BY m.id", Manufacture.class)
        .getResultList()
        .forEach(manufacture -> into.accept(document(manufacture)));
  }

  @Override
  @Transactional
  public Optional<SearchDocument> one(String id) {
    return Optional.ofNullable(Ids.isWellFormed(id) ? em.find(Manufacture.class, id) : null)
        .map(ManufactureDocuments::document);
  }

  private static SearchDocument document(Manufacture manufacture) {
    return new SearchDocument(
        SearchKind.MANUFACTURE,
        manufacture.id(),
        manufacture.name(),
        manufacture.description(),
        manufacture.street() + "\n" + manufacture.postalCode(),
        SearchFacts.builder()
            .region(manufacture.region().name())
            .manufacture(manufacture.id(), manufacture.city(), manufacture.location())
            .build());
  }
}
