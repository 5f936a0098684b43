package fr.passeurs.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.passeurs.platform.GeoPoint;
import fr.passeurs.platform.rest.PageRequest;
import fr.passeurs.search.SearchResult.Part;
import fr.passeurs.search.SearchResult.SearchItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
  static final GeoPoint ALENCON = new GeoPoint(48.4329, 0.0913);
  static final GeoPoint CALAIS = new GeoPoint(50.9513, 1.8587);
  static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);

  SearchIndex index;

  @BeforeEach
  void fill() {
    index = new SearchIndex();
    knowHow(
        "k1",
        "Dentelle au point d'Alençon",
        "Aiguille et fil de lin.",
        "TEXTILE",
        "NORMANDIE",
        "CRITICAL",
        0,
        ALENCON);
    knowHow(
        "k2",
        "Dentelles de Calais",
        "Dentelle mécanique sur métiers Leavers.",
        "TEXTILE",
        "HAUTS_DE_FRANCE",
        "SAFE",
        3,
        CALAIS);
    knowHow(
        "k3",
        "Couteau de Thiers",
        "Forge d'une lame.",
        "METAL",
        "AUVERGNE_RHONE_ALPES",
        "VULNERABLE",
        2,
        null);
    knowHow(
        "k4",
        "Ébénisterie et marqueterie",
        "Placage de bois précieux.",
        "WOOD",
        "ILE_DE_FRANCE",
        "ENDANGERED",
        1,
        PARIS);
    knowHow(
        "k5",
        "Marqueterie de paille",
        "Paille de seigle fendue.",
        "WOOD",
        "ILE_DE_FRANCE",
        "CRITICAL",
        0,
        PARIS);
    knowHow(
        "k6",
        "Marqueterie de paille",
        "Paille de seigle fendue.",
        "WOOD",
        "ILE_DE_FRANCE",
        "SAFE",
        3,
        PARIS);
    index.put(
        new SearchDocument(
            SearchKind.SESSION,
            "s1",
            "Initiation à la dentelle",
            "Deux jours à l'atelier.",
            null,
            SearchFacts.builder()
                .domain("TEXTILE")
                .region("NORMANDIE")
                .rarity("CRITICAL", 0)
                .knowHow("k1")
                .manufacture("m1", "Alençon", ALENCON)
                .dated(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 11))
                .places(0)
                .build()));
    index.put(
        new SearchDocument(
            SearchKind.SESSION,
            "s0",
            "Dentelle, session passée",
            "",
            null,
            SearchFacts.builder()
                .domain("TEXTILE")
                .knowHow("k1")
                .dated(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2))
                .places(3)
                .build()));
    index.put(
        new SearchDocument(
            SearchKind.MANUFACTURE,
            "m1",
            "Manufacture du Point",
            "Atelier partagé.",
            null,
            SearchFacts.builder()
                .region("NORMANDIE")
                .manufacture("m1", "Alençon", ALENCON)
                .build()));
    index.refresh();
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private void knowHow(
      String id,
      String title,
      String text,
      String domain,
      String region,
      String rarity,
      int rank,
      GeoPoint at) {
    index.put(
        new SearchDocument(
            SearchKind.KNOW_HOW,
            id,
            title,
            text,
            null,
            SearchFacts.builder()
                .domain(domain)
                .region(region)
                .rarity(rarity, rank)
                .manufacture(at == null ? null : "m-" + id, at == null ? null : "Ville " + id, at)
                .build()));
  }

  private SearchResult search(String text) {
    return index.search(SearchQuery.text(text), new PageRequest(0, 20), TODAY);
  }

  private List<String> ids(SearchResult result) {
    return result.items().items().stream().map(SearchItem::id).toList();
  }

  @Test
  void aListNarrowedByWordsGetsTheIdsOfItsKindThatMatchEveryWord() {
    Set<SearchKind> sessions = Set.of(SearchKind.SESSION);
    // the past session matches too, but has ended; know-how of the same words is another kind
    assertThat(index.ids(sessions, "dentelles", 1000, TODAY)).containsExactly("s1");
    assertThat(index.ids(sessions, "dentelle alencon", 1000, TODAY)).containsExactly("s1");
    assertThat(index.ids(sessions, "dentelle calais", 1000, TODAY)).isEmpty();
    // one typo forgiven, as in the search
    assertThat(index.ids(sessions, "dantelle", 1000, TODAY)).containsExactly("s1");
    // several kinds; the most relevant first, at most max
    Set<SearchKind> both = Set.of(SearchKind.KNOW_HOW, SearchKind.SESSION);
    assertThat(index.ids(both, "dentelle", 1000, TODAY))
        .containsExactlyInAnyOrder("k1", "k2", "s1");
    assertThat(index.ids(Set.of(SearchKind.KNOW_HOW), "marqueterie", 1, TODAY))
        .containsExactly("k5");
  }

  @Test
  void pluralsAndSingularsFindEachOther() {
    assertThat(ids(search("couteaux"))).containsExactly("k3");
    // the session takes place in Alençon
    assertThat(ids(search("dentelles alencon"))).containsExactly("k1", "s1");
    assertThat(ids(search("dentelle calais"))).containsExactly("k2");
  }

  @Test
  void accentsCaseAndElisionAreIgnored() {
    assertThat(ids(search("ALENÇON"))).contains("k1", "s1", "m1");
    assertThat(ids(search("l'ébénisterie"))).containsExactly("k4");
    assertThat(ids(search("EBENISTE"))).containsExactly("k4");
  }

  @Test
  void aWordMayBeABeginning() {
    assertThat(ids(search("marq"))).containsExactlyInAnyOrder("k4", "k5", "k6");
    assertThat(ids(search("ébé"))).containsExactly("k4");
  }

  @Test
  void aBeginningLongerThanThoseIndexedStillFindsItsWord() {
    index.put(
        new SearchDocument(
            SearchKind.KNOW_HOW, "x1", "Galons", "Tissés anticonstitutionnellement", null, null));
    index.refresh();
    assertThat("anticonstitutionnelle").hasSizeGreaterThan(FrenchText.MAX_BEGINNING);
    assertThat(ids(search("anticonstitutionnelle"))).containsExactly("x1");
    assertThat(ids(search("anticonstitution"))).containsExactly("x1");
  }

  @Test
  void everyWordMustMatch() {
    assertThat(ids(search("dentelle thiers"))).isEmpty();
    assertThat(search("dentelle thiers").didYouMean()).isNull();
  }

  @Test
  void oneTypoIsForgivenOnLongWordsWhenNothingMatches() {
    SearchResult typo = search("dantelle");
    assertThat(typo.didYouMean()).isEqualTo("dentelle");
    assertThat(ids(typo)).contains("k1", "k2", "s1");
    SearchResult twoTypos = search("dantele");
    assertThat(twoTypos.items().total()).isZero();
    assertThat(ids(search("lamr"))).isEmpty();
    assertThat(search("couteau").didYouMean()).isNull();
  }

  @Test
  void theRarestComeFirstAmongEquals() {
    assertThat(ids(search("paille"))).containsExactly("k5", "k6");
    SearchQuery everyKnowHow = SearchQuery.text(null).ofKinds(Set.of(SearchKind.KNOW_HOW));
    assertThat(ids(index.search(everyKnowHow, new PageRequest(0, 3), TODAY)))
        .containsExactly("k1", "k5", "k4");
  }

  @Test
  void aTitleCountsMoreThanAText() {
    assertThat(ids(search("dentelle")).get(0)).isIn("k1", "k2", "s1");
    assertThat(ids(search("forge"))).containsExactly("k3");
  }

  @Test
  void endedThingsAreNotFoundAndFullOnesAreMarked() {
    List<SearchItem> sessions =
        index
            .search(
                SearchQuery.text("dentelle").ofKinds(Set.of(SearchKind.SESSION)),
                new PageRequest(0, 20),
                TODAY)
            .items()
            .items();
    assertThat(sessions).extracting(SearchItem::id).containsExactly("s1");
    assertThat(sessions.get(0).facts().full()).isTrue();
    assertThat(sessions.get(0).facts().freePlaces()).isZero();
    assertThat(sessions.get(0).facts().from()).isEqualTo(LocalDate.of(2027, 1, 10));
  }

  @Test
  void aPeriodFiltersTheDatedKindsOnly() {
    SearchQuery january =
        new SearchQuery(
            "dentelle",
            Set.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            50,
            LocalDate.of(2027, 1, 11),
            LocalDate.of(2027, 1, 31));
    assertThat(ids(index.search(january, new PageRequest(0, 20), TODAY)))
        .contains("s1", "k1", "k2");
    SearchQuery february =
        new SearchQuery(
            "dentelle",
            Set.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            50,
            LocalDate.of(2027, 2, 1),
            null);
    assertThat(ids(index.search(february, new PageRequest(0, 20), TODAY)))
        .contains("k1", "k2")
        .doesNotContain("s1");
  }

  @Test
  void facetsCountEachValueIgnoringTheirOwnFilter() {
    SearchQuery wood =
        new SearchQuery(
            null,
            Set.of(SearchKind.KNOW_HOW),
            "WOOD",
            null,
            null,
            null,
            null,
            null,
            50,
            null,
            null);
    SearchResult result = index.search(wood, new PageRequest(0, 20), TODAY);
    assertThat(ids(result)).containsExactlyInAnyOrder("k4", "k5", "k6");
    assertThat(result.facets().get("domain"))
        .containsEntry("WOOD", 3L)
        .containsEntry("TEXTILE", 2L)
        .containsEntry("METAL", 1L);
    // the kinds counted ignore the kind asked for but keep the domain: no session or manufacture
    assertThat(result.facets().get("kind")).isEqualTo(java.util.Map.of("KNOW_HOW", 3L));
    assertThat(result.facets().get("rarity"))
        .containsEntry("CRITICAL", 1L)
        .containsEntry("SAFE", 1L);
  }

  @Test
  void nearAPlaceTheNearestComeFirst() {
    SearchQuery nearParis =
        new SearchQuery(
            null,
            Set.of(SearchKind.KNOW_HOW),
            null,
            null,
            null,
            null,
            null,
            PARIS,
            300,
            null,
            null);
    SearchResult result = index.search(nearParis, new PageRequest(0, 20), TODAY);
    assertThat(ids(result)).containsExactly("k4", "k5", "k6", "k1", "k2");
    assertThat(result.items().items().get(0).distanceKm()).isLessThan(0.1);
    assertThat(result.items().items().get(3).distanceKm()).isBetween(165.0, 180.0);
  }

  @Test
  void theWordsFoundAreMarked() {
    SearchItem found = search("couteaux lame").items().items().get(0);
    assertThat(found.highlights()).hasSize(2);
    assertThat(found.highlights().get(0).parts())
        .containsExactly(new Part("Couteau", true), new Part(" de Thiers", false));
    assertThat(found.highlights().get(1).parts()).contains(new Part("lame", true));
  }

  @Test
  void aWordBegunIsMarkedWhole() {
    SearchItem found = search("coute").items().items().get(0);
    assertThat(found.highlights().get(0).parts())
        .containsExactly(new Part("Couteau", true), new Part(" de Thiers", false));
  }

  @Test
  void suggestionsCompleteTitlesAndPlaces() {
    assertThat(index.suggest("dent", 8))
        .containsExactly("Dentelle au point d'Alençon", "Dentelles de Calais");
    assertThat(index.suggest("alen", 8)).contains("Dentelle au point d'Alençon", "Alençon");
    assertThat(index.suggest("", 8)).isEmpty();
  }

  @Test
  void aThingRemovedOrReplacedIsFoundNoMoreAsItWas() {
    index.remove(SearchKind.KNOW_HOW, "k3");
    index.put(
        new SearchDocument(SearchKind.KNOW_HOW, "k2", "Broderie de Lunéville", "", null, null));
    index.refresh();
    assertThat(ids(search("couteau"))).isEmpty();
    assertThat(ids(search("calais"))).isEmpty();
    assertThat(ids(search("luneville"))).containsExactly("k2");
    assertThat(index.dependents(SearchKind.KNOW_HOW, "k1"))
        .extracting(SearchDocument::id)
        .containsExactlyInAnyOrder("s1", "s0");
  }

  @Test
  void totalsAreExactBeyondAThousand() {
    for (int i = 0; i < 1500; i++) {
      index.put(new SearchDocument(SearchKind.KNOW_HOW, "x" + i, "Vannerie " + i, "", null, null));
    }
    index.refresh();
    SearchResult result = search("vannerie");
    assertThat(result.items().total()).isEqualTo(1500);
    assertThat(result.facets().get("kind")).containsEntry("KNOW_HOW", 1500L);
    assertThat(index.search(SearchQuery.text(null), new PageRequest(2, 10), TODAY).items().total())
        .isEqualTo(1500 + 6 + 1 + 1);
  }
}
