package org.trame.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trame.analysis.Analysis;
import org.trame.article.Article;
import org.trame.store.Store;
import org.trame.store.internal.Clusters;

/**
 * The story engine: for each new article, the stories of its nearest stored articles are weighed by
 * a learned link model over {@link LinkFeatures} (similarity to the story's centroid and to its
 * nearest articles, shared entities weighted by rarity, time gap, size), the most probable is
 * joined if its probability reaches the model's threshold, else a story is started; inside the
 * story joined, its events are weighed the same way by the event model.
 *
 * <p>The cost per article is bounded: at most {@value #STORY_CANDIDATES} stories and {@value
 * #EVENT_CANDIDATES} events are weighed, each through a profile of bounded size ({@link
 * ClusterProfile}), kept in the store and cached here.
 */
public final class StoryEngine implements StoryAssigner {

  static final int STORY_CANDIDATES = 10;

  /**
   * The neighbours the pipeline asks for: a story's share of them is counted out of this many even
   * when a young store has fewer, so that the only story of a store is not all of its
   * neighbourhood.
   */
  static final int NEIGHBOURHOOD = 20;

  static final int EVENT_CANDIDATES = 10;

  /**
   * The most articles the smaller of two stories may hold for an article to merge them: a fragment,
   * a story that started apart because its first article met nothing of the other yet. Two grown
   * stories are never merged by one article, as one wrong bridge would join them whole and draw
   * both their followers: on RPM2 in a shuffled order, merging any size at p ≥ 0.8 took B-cubed F1
   * from 0.901 to 0.856; merging fragments of at most 2 lost nothing in any of nine runs
   * (docs/architecture.md).
   */
  static final int MERGED_FRAGMENT = 2;

  static final String ENTITY_STATE = "story.entities";
  static final String PROFILE_STATE = "story.profile/";
  private static final int CACHED_PROFILES = 20_000;

  private final Store store;
  private final LinkModel storyModel;
  private final LinkModel eventModel;
  private final EntityFrequencies entities;
  private final Teacher teacher;
  private final boolean followTeacher;
  private final Map<String, ClusterProfile> profiles =
      new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClusterProfile> eldest) {
          return size() > CACHED_PROFILES;
        }
      };
  // with a teacher: the gold labels of each cluster's articles, and where each label went first
  private final Map<String, Map<String, Integer>> labelsOfCluster = new HashMap<>();
  private final Map<String, String> clusterOfLabel = new HashMap<>();

  private String lastArticle;
  private ArticleSignals lastSignals;
  private List<String> lastMerged = List.of();

  private StoryEngine(
      Store store,
      LinkModel storyModel,
      LinkModel eventModel,
      Teacher teacher,
      boolean followTeacher) {
    this.store = store;
    this.storyModel = storyModel;
    this.eventModel = eventModel;
    this.teacher = teacher;
    this.followTeacher = followTeacher;
    this.entities =
        store
            .state(ENTITY_STATE)
            .map(EntityFrequencies::fromBytes)
            .orElseGet(EntityFrequencies::new);
  }

  /** The engine with the models shipped with trame. */
  public static StoryEngine standard(Store store) {
    Map<String, LinkModel> models = LinkModel.standard();
    return new StoryEngine(store, models.get("story"), models.get("event"), null, false);
  }

  public static StoryEngine with(Store store, LinkModel storyModel, LinkModel eventModel) {
    return new StoryEngine(store, storyModel, eventModel, null, false);
  }

  /** With these models by level ("story", "event"); a level left out keeps the shipped model. */
  public static StoryEngine with(Store store, Map<String, LinkModel> models) {
    Map<String, LinkModel> all = new HashMap<>(LinkModel.standard());
    all.putAll(models);
    return with(store, all.get("story"), all.get("event"));
  }

  /**
   * An engine that places articles where {@code teacher}'s gold labels say, and reports the
   * evidence of each candidate it weighs, for learning the models. Events of a set without event
   * labels are decided by the shipped event model.
   */
  public static StoryEngine training(Store store, Teacher teacher) {
    Map<String, LinkModel> models = LinkModel.standard();
    return new StoryEngine(store, models.get("story"), models.get("event"), teacher, true);
  }

  /**
   * An engine that decides with these models, as in use, and reports each candidate it weighs with
   * whether the article's gold label is the one most of the candidate's articles have: the examples
   * of the mistakes the models lead to, which an engine kept on the gold path never meets.
   */
  public static StoryEngine practising(
      Store store, LinkModel storyModel, LinkModel eventModel, Teacher teacher) {
    return new StoryEngine(store, storyModel, eventModel, teacher, false);
  }

  /** The explanation's mark of a story ruled out by the headline's subject. */
  static final String SUBJECT_UNTOLD = "headline_subject_untold";

  @Override
  public Assignment assign(Article article, Analysis analysis, List<Neighbour> neighbours) {
    ArticleSignals signals =
        ArticleSignals.of(store.termWeights(article), analysis.entities(), article.published());
    lastArticle = article.id();
    lastSignals = signals;

    Map<String, List<Neighbour>> byStory = new LinkedHashMap<>();
    for (Neighbour n : neighbours) {
      if (byStory.size() < STORY_CANDIDATES || byStory.containsKey(n.storyId())) {
        byStory.computeIfAbsent(n.storyId(), k -> new ArrayList<>()).add(n);
      }
    }
    List<Weighed> stories = new ArrayList<>();
    List<long[]> subject = subjectTerms(article, analysis);
    byStory.forEach((id, sims) -> {
      Weighed w = weigh(id, signals, sims, Math.max(neighbours.size(), NEIGHBOURHOOD), storyModel);
      stories.add(tellsOf(profile(id), subject) ? w : w.ruleOut());
    });
    stories.sort(BEST_FIRST);

    String storyId = null;
    List<String> merged = List.of();
    String storyLabel = teacher == null ? null : teacher.label("story", article.id());
    if (teacher != null) {
      teach("story", article.id(), storyLabel, stories);
    }
    if (followTeacher) {
      storyId = storyLabel == null ? null : clusterOfLabel.get("story:" + storyLabel);
    } else if (!stories.isEmpty() && stories.get(0).probability >= storyModel.threshold()) {
      // the article joins the most probable story, and any other it is as surely part of: it
      // bridges stories that started apart, and they become one, under the oldest id
      List<String> joined = new ArrayList<>();
      int topSize = profile(stories.get(0).id).size();
      for (Weighed w : stories) {
        if (joined.isEmpty()
            || (storyModel.merges(w.probability)
                && Math.min(topSize, profile(w.id).size()) <= MERGED_FRAGMENT)) {
          joined.add(w.id);
        }
      }
      joined.sort(Clusters.CREATION_ORDER);
      storyId = joined.get(0);
      merged = joined.subList(1, joined.size());
    }
    lastMerged = merged;

    List<Weighed> events = List.of();
    String eventId = null;
    if (storyId != null) {
      List<String> joined = new ArrayList<>(merged);
      joined.add(0, storyId);
      events = weighEvents(joined, signals, neighbours);
      String eventLabel = teacher == null ? null : teacher.label("event", article.id());
      if (eventLabel != null) {
        teach("event", article.id(), eventLabel, events);
      }
      if (eventLabel != null && followTeacher) {
        String gold = clusterOfLabel.get("event:" + eventLabel);
        eventId = gold != null && events.stream().anyMatch(w -> w.id.equals(gold)) ? gold : null;
      } else if (!events.isEmpty() && events.get(0).probability >= eventModel.threshold()) {
        eventId = events.get(0).id;
      }
    }

    String chosen = storyId;
    List<String> mergedIds = merged;
    String nearest =
        neighbours.stream()
            .filter(n ->
                chosen == null || n.storyId().equals(chosen) || mergedIds.contains(n.storyId()))
            .map(Neighbour::articleId)
            .findFirst()
            .orElse(null);
    Weighed best = stories.isEmpty() ? null : stories.get(0);
    Weighed runnerUp =
        stories.stream()
            .filter(w -> !w.id.equals(chosen) && !mergedIds.contains(w.id))
            .findFirst()
            .orElse(null);
    double score =
        chosen == null
            ? (best == null ? 0 : best.probability)
            : stories.stream()
                .filter(w -> w.id.equals(chosen) || mergedIds.contains(w.id))
                .mapToDouble(w -> w.probability)
                .max()
                .orElse(1.0);
    return new Assignment(
        storyId,
        eventId,
        score,
        nearest,
        runnerUp == null ? null : runnerUp.id,
        runnerUp == null ? 0 : runnerUp.probability,
        stories.stream().limit(3).map(Weighed::candidate).toList(),
        events.stream().limit(3).map(Weighed::candidate).toList(),
        merged);
  }

  /**
   * The events of the stories joined among the neighbours, then their latest ones, weighed by the
   * event model.
   */
  private List<Weighed> weighEvents(
      List<String> storyIds, ArticleSignals signals, List<Neighbour> neighbours) {
    Map<String, List<Neighbour>> byEvent = new LinkedHashMap<>();
    int inStory = 0;
    for (Neighbour n : neighbours) {
      if (storyIds.contains(n.storyId())) {
        inStory++;
        if (byEvent.size() < EVENT_CANDIDATES || byEvent.containsKey(n.eventId())) {
          byEvent.computeIfAbsent(n.eventId(), k -> new ArrayList<>()).add(n);
        }
      }
    }
    for (String storyId : storyIds) {
      List<String> recent = profile(storyId).recentEvents();
      for (int i = recent.size() - 1; i >= 0 && byEvent.size() < EVENT_CANDIDATES; i--) {
        byEvent.putIfAbsent(recent.get(i), new ArrayList<>());
      }
    }
    List<Weighed> events = new ArrayList<>();
    int found = inStory;
    byEvent.forEach((id, sims) -> events.add(weigh(id, signals, sims, found, eventModel)));
    events.sort(BEST_FIRST);
    return events;
  }

  /**
   * The terms of each name the headline's kicker gives as its subject ({@link Kicker}), analysed as
   * the store analyses text, so that "Notre-Dame" meets a story of "Notre-Dame de Paris".
   */
  private List<long[]> subjectTerms(Article article, Analysis analysis) {
    List<long[]> subject = new ArrayList<>();
    for (String name : Kicker.names(article, analysis)) {
      long[] terms = store.terms(name);
      if (terms.length > 0) {
        subject.add(terms);
      }
    }
    return subject;
  }

  /**
   * Whether a story may tell of the headline's subject: its centroid holds every term of one of the
   * names, or it is too young to say (one article). A story that never tells of James Webb is not
   * the one a "James Webb : …" headline continues, however alike the launch words of an Ariane
   * story make them (the demo's Webb articles had joined the Ariane 6 story at p = 0.84).
   */
  private boolean tellsOf(ClusterProfile story, List<long[]> subject) {
    if (subject.isEmpty() || story.size() < 2) {
      return true;
    }
    long[] centroid = story.centroid().terms();
    for (long[] name : subject) {
      boolean all = true;
      for (long term : name) {
        all &= Arrays.binarySearch(centroid, term) >= 0;
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private Weighed weigh(
      String clusterId,
      ArticleSignals signals,
      List<Neighbour> nearest,
      int neighbours,
      LinkModel model) {
    double[] f = LinkFeatures.of(signals, profile(clusterId), nearest, neighbours, entities);
    return new Weighed(clusterId, model.probability(f), f);
  }

  private void teach(String level, String articleId, String label, List<Weighed> candidates) {
    if (label == null) {
      return;
    }
    for (Weighed w : candidates) {
      Map<String, Integer> labels = labelsOfCluster.get(w.id);
      if (labels != null) {
        String majority =
            labels.entrySet().stream()
                .max(
                    Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey(), Comparator.reverseOrder()))
                .orElseThrow()
                .getKey();
        teacher.example(level, articleId, w.features, majority.equals(label));
      }
    }
  }

  @Override
  public void placed(Article article, StoryBook.Placement placement) {
    if (!article.id().equals(lastArticle)) {
      throw new IllegalStateException("placed " + article.id() + ", assigned " + lastArticle);
    }
    ArticleSignals signals = lastSignals;
    ClusterProfile story = profile(placement.storyId());
    for (String other : lastMerged) {
      story = story.merge(profile(other));
      if (teacher != null) {
        Map<String, Integer> labels = labelsOfCluster.remove(other);
        if (labels != null) {
          labels.forEach((label, n) ->
              labelsOfCluster
                  .computeIfAbsent(placement.storyId(), k -> new HashMap<>())
                  .merge(label, n, Integer::sum));
        }
      }
    }
    update(placement.storyId(), story.with(signals, placement.eventId()));
    update(placement.eventId(), profile(placement.eventId()).with(signals, null));
    entities.add(signals.entities());
    if (teacher != null) {
      for (String level : List.of("story", "event")) {
        String label = teacher.label(level, article.id());
        String cluster = level.equals("story") ? placement.storyId() : placement.eventId();
        if (label != null) {
          labelsOfCluster
              .computeIfAbsent(cluster, k -> new HashMap<>())
              .merge(label, 1, Integer::sum);
          clusterOfLabel.putIfAbsent(level + ":" + label, cluster);
        }
      }
    }
    lastArticle = null;
    lastSignals = null;
    lastMerged = List.of();
  }

  @Override
  public void beforeCommit() {
    store.putState(ENTITY_STATE, entities.toBytes());
  }

  private ClusterProfile profile(String clusterId) {
    ClusterProfile p = profiles.get(clusterId);
    if (p == null) {
      p =
          store
              .state(PROFILE_STATE + clusterId)
              .map(ClusterProfile::fromBytes)
              .orElse(ClusterProfile.EMPTY);
      profiles.put(clusterId, p);
    }
    return p;
  }

  private void update(String clusterId, ClusterProfile profile) {
    profiles.put(clusterId, profile);
    store.putState(PROFILE_STATE + clusterId, profile.toBytes());
  }

  /** Most probable first; among those ruled out, the most probable they would have been. */
  private static final Comparator<Weighed> BEST_FIRST =
      Comparator.comparingDouble((Weighed w) -> -w.probability)
          .thenComparingDouble(w -> -w.evidence)
          .thenComparing(w -> w.id);

  /**
   * A candidate and its evidence; one ruled out by the headline's subject ({@link #tellsOf}) has
   * probability 0 and says so in its explanation, and keeps the probability the model gave it
   * ({@code evidence}) to rank it among those ruled out.
   */
  private record Weighed(
      String id, double probability, double[] features, boolean ruledOut, double evidence) {

    Weighed(String id, double probability, double[] features) {
      this(id, probability, features, false, probability);
    }

    Weighed ruleOut() {
      return new Weighed(id, 0, features, true, probability);
    }

    Assignment.Candidate candidate() {
      Assignment.Candidate c = Assignment.Candidate.of(id, probability, features);
      return ruledOut ? c.with(SUBJECT_UNTOLD, 1.0) : c;
    }
  }
}
