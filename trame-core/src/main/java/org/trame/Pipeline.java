package org.trame;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.trame.analysis.Analysis;
import org.trame.analysis.ArticleAnalyser;
import org.trame.analysis.ner.NameTagger;
import org.trame.analysis.time.RuleTimeTagger;
import org.trame.article.Article;
import org.trame.article.PublishedDate;
import org.trame.article.RawArticle;
import org.trame.clean.ArticleCleaner;
import org.trame.clean.Languages;
import org.trame.clean.SourceFurniture;
import org.trame.dedup.Duplicate;
import org.trame.dedup.DuplicateFinder;
import org.trame.dedup.NearDuplicateFinder;
import org.trame.store.Store;
import org.trame.store.StoredArticle;
import org.trame.story.Assignment;
import org.trame.story.DateEstimator;
import org.trame.story.Neighbour;
import org.trame.story.StoryAssigner;
import org.trame.story.StoryBook;
import org.trame.story.StoryEngine;

/**
 * ingest → clean → dedup → analyse → cluster → store, for one article at a time (an undated
 * article's date is estimated between analyse and cluster, from its text or its neighbours). Each
 * stage is one interface; this class only wires them, in the order the sentence says.
 */
public final class Pipeline {

  /** Where the clean stage keeps what it learned of each source's furniture. */
  static final String FURNITURE_STATE = "clean.furniture";

  /** How many similar articles the cluster stage is shown. */
  private static final int NEIGHBOURS = 20;

  /** What became of one raw article. */
  public enum Outcome {
    STORED,
    DUPLICATE,
    UNCHANGED
  }

  private final Store store;
  private final ArticleCleaner cleaner;
  private final DuplicateFinder duplicates;
  private final ArticleAnalyser analyser;
  private final DateEstimator dates;
  private final StoryAssigner assigner;
  private final StoryBook book;
  private final Clock clock;

  public Pipeline(
      Store store,
      ArticleCleaner cleaner,
      DuplicateFinder duplicates,
      ArticleAnalyser analyser,
      DateEstimator dates,
      StoryAssigner assigner,
      Clock clock) {
    this.store = store;
    this.cleaner = cleaner;
    this.duplicates = duplicates;
    this.analyser = analyser;
    this.dates = dates;
    this.assigner = assigner;
    this.book = new StoryBook(store);
    this.clock = clock;
  }

  /** The stages of today, over {@code store}, for French and English. */
  public static Pipeline standard(Store store, Clock clock) {
    return standard(
        store,
        clock,
        Languages.DEFAULT,
        NearDuplicateFinder.DEFAULT_THRESHOLD,
        StoryEngine.standard(store));
  }

  /**
   * The stages of today, over {@code store}, for articles in {@code languages}, with near-copies
   * found from {@code nearDuplicateThreshold} (estimated resemblance, in (0, 1]).
   */
  public static Pipeline standard(
      Store store,
      Clock clock,
      Languages languages,
      double nearDuplicateThreshold,
      StoryAssigner assigner) {
    SourceFurniture furniture =
        store
            .state(FURNITURE_STATE)
            .map(SourceFurniture::fromBytes)
            .orElseGet(SourceFurniture::new);
    return new Pipeline(
        store,
        ArticleCleaner.standard(furniture, languages),
        new NearDuplicateFinder(store, nearDuplicateThreshold),
        ArticleAnalyser.of(NameTagger.french(), new RuleTimeTagger()),
        new DateEstimator(0.15),
        assigner,
        clock);
  }

  /**
   * The same stages over the same store, with {@code reloaded} as the cluster stage and the rest of
   * what was built over the store read from it again: for a writer that shares the store, after
   * another committed. The cleaner, which learns from what this writer reads, is kept.
   */
  public Pipeline reopened(StoryAssigner reloaded) {
    return new Pipeline(store, cleaner, duplicates, analyser, dates, reloaded, clock);
  }

  /**
   * Shows the pipeline an article it will process soon, so that stages learning from what arrives
   * (the furniture each source repeats) know about it before they process it or its neighbours in
   * the input. Articles already stored are not counted again.
   */
  public void observe(RawArticle raw) {
    if (store.article(raw.id()).isEmpty()) {
      cleaner.observe(raw);
    }
  }

  /** Makes everything processed so far durable, with what the stages learned. */
  public void commit() {
    SourceFurniture learned = cleaner.furniture();
    if (store.takesTurns()) {
      // other writers learn from what they read: what each saw most of is kept, not the last's
      learned =
          store
              .state(FURNITURE_STATE)
              .map(SourceFurniture::fromBytes)
              .map(learned::unionWith)
              .orElse(learned);
    }
    store.putState(FURNITURE_STATE, learned.toBytes());
    assigner.beforeCommit();
    store.commit();
  }

  /**
   * An article cleaned and, unless it was stored already, analysed: the work that needs no other
   * article, made by {@link #prepare} on any thread and handed to {@link #place}.
   */
  public record Prepared(Article article, Analysis analysis) {}

  /**
   * Cleans and analyses one article, touching no store: any number of threads may prepare articles
   * at once, as long as none {@linkplain #observe observes} meanwhile (cleaning reads what the
   * observations taught).
   *
   * @param stored whether an article with its id is stored already: it is then only cleaned, to
   *     compare its content, since it will not be stored again
   */
  public Prepared prepare(RawArticle raw, boolean stored) {
    Article article = cleaner.clean(raw, clock.instant());
    return new Prepared(article, stored ? null : analyser.analyse(article));
  }

  /**
   * Runs one article through every stage and stores it.
   *
   * @throws ConflictingIdException when another article already has its id
   */
  public Outcome process(RawArticle raw) {
    return place(prepare(raw, store.article(raw.id()).isPresent()));
  }

  /**
   * Runs a prepared article through the stages that depend on what is stored (dedup, cluster) and
   * stores it. Articles are placed one at a time, in their input order.
   *
   * @throws ConflictingIdException when another article already has its id
   */
  public Outcome place(Prepared prepared) {
    Article article = prepared.article();
    Optional<StoredArticle> existing = store.article(article.id());
    if (existing.isPresent()) {
      if (existing.get().article().contentHash().equals(article.contentHash())) {
        return Outcome.UNCHANGED;
      }
      throw new ConflictingIdException(article.id());
    }
    Analysis analysis =
        prepared.analysis() != null ? prepared.analysis() : analyser.analyse(article);
    store.willPlace(article);
    Optional<Duplicate> duplicate = duplicates.originalOf(article);
    Optional<StoredArticle> original = duplicate.flatMap(d -> store.article(d.originalId()));
    if (original.isPresent()) {
      StoredArticle o = original.get();
      if (article.published() == null && o.article().published() != null) {
        // a copy was published when its original was, give or take: an estimate
        PublishedDate d = o.article().published();
        article = article.withPublished(new PublishedDate(d.date(), d.precision(), true));
      }
      StoryBook.Placement placement = book.placeWith(article, o.storyId(), o.eventId());
      store.add(
          new StoredArticle(
              article,
              analysis,
              o.id(),
              placement.storyId(),
              placement.eventId(),
              null,
              duplicate.get().similarity()));
      return Outcome.DUPLICATE;
    }
    List<Neighbour> neighbours = store.neighbours(article, NEIGHBOURS);
    if (article.published() == null) {
      Optional<PublishedDate> estimate = dates.estimate(article, analysis, neighbours);
      if (estimate.isPresent()) {
        article = article.withPublished(estimate.get());
        // its partial dates ("le 15 décembre dernier") can now be resolved
        analysis = analyser.analyse(article);
        Optional<PublishedDate> day = dates.refine(article, analysis);
        if (day.isPresent()) {
          article = article.withPublished(day.get());
          analysis = analyser.analyse(article); // "ce lundi" now has its day
        }
      }
    }
    Assignment assignment = assigner.assign(article, analysis, neighbours);
    StoryBook.Placement placement = book.place(article, assignment);
    assigner.placed(article, placement);
    store.add(
        new StoredArticle(
            article, analysis, null, placement.storyId(), placement.eventId(), assignment));
    return Outcome.STORED;
  }

  /**
   * Places an article already cleaned and analysed (by this pipeline or an earlier one) again: the
   * cluster stage only, for a batch recluster. A copy joins its original, which must be placed
   * first.
   *
   * @return where it was placed
   */
  public StoryBook.Placement replay(StoredArticle stored) {
    Article article = stored.article();
    if (stored.duplicate()) {
      StoredArticle o =
          store
              .article(stored.duplicateOf())
              .orElseThrow(() ->
                  new IllegalStateException(
                      "replay " + stored.id() + " after its original " + stored.duplicateOf()));
      StoryBook.Placement placement = book.placeWith(article, o.storyId(), o.eventId());
      store.add(
          new StoredArticle(
              article,
              stored.analysis(),
              o.id(),
              placement.storyId(),
              placement.eventId(),
              null,
              stored.duplicateSimilarity()));
      return placement;
    }
    List<Neighbour> neighbours = store.neighbours(article, NEIGHBOURS);
    Assignment assignment = assigner.assign(article, stored.analysis(), neighbours);
    StoryBook.Placement placement = book.place(article, assignment);
    assigner.placed(article, placement);
    store.add(
        new StoredArticle(
            article,
            stored.analysis(),
            null,
            placement.storyId(),
            placement.eventId(),
            assignment));
    return placement;
  }

  /** An id already taken by an article with other content; the new one is not stored. */
  public static final class ConflictingIdException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConflictingIdException(String id) {
      super(
          "another article with id '"
              + id
              + "' and different content is already stored; it is kept, this one is not");
    }
  }
}
