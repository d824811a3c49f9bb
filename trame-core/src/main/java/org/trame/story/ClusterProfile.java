package org.trame.story;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trame.article.PublishedDate;

/**
 * What the story engine remembers of an event or a story, bounded whatever its size: the centroid
 * of its articles' term weights (the heaviest {@link #TERMS} terms), how many of its articles name
 * each of its main entities, its date span, and, for a story, its latest events.
 *
 * @param size articles counted (copies are not: their original stands for them)
 * @param centroid sum of the articles' normalized term weights, truncated
 * @param entities entity keys ({@link ArticleSignals#entityKey}), ascending
 * @param entityArticles for each entity, the number of the cluster's articles naming it
 * @param dated articles with a publication date
 * @param firstDay earliest first day of a dated article (epoch day), or 0
 * @param lastDay latest last day of a dated article (epoch day), or 0
 * @param recentEvents a story's latest events, most recent last (empty for an event)
 * @param joinCosines the sum, over the articles that joined a non-empty cluster, of their cosine to
 *     its centroid as they joined: how alike its members are, for {@link #cohesion}
 */
public record ClusterProfile(
    int size,
    TermWeights centroid,
    long[] entities,
    int[] entityArticles,
    int dated,
    long firstDay,
    long lastDay,
    List<String> recentEvents,
    double joinCosines) {

  /** Terms kept in a centroid: enough for a cosine that ranks like the full one. */
  public static final int TERMS = 160;

  /** Entities kept per cluster, the most named first. */
  public static final int ENTITIES = 48;

  static final int RECENT_EVENTS = 8;

  public static final ClusterProfile EMPTY =
      new ClusterProfile(0, TermWeights.EMPTY, new long[0], new int[0], 0, 0, 0, List.of(), 0);

  /** What a cluster's cohesion is taken to be before its members say (two articles' worth). */
  private static final double PRIOR_COHESION = 0.3;

  public ClusterProfile {
    recentEvents = List.copyOf(recentEvents);
  }

  /**
   * The mean cosine of the members to the centroid as they joined, drawn towards a prior while
   * there are few: a broad story's members resemble its centroid less than a tight event's do, and
   * a newcomer is judged against that.
   */
  public double cohesion() {
    int joins = Math.max(0, size - 1);
    return (joinCosines + 2 * PRIOR_COHESION) / (joins + 2);
  }

  /** How many of the cluster's articles name {@code entity}, 0 when it is not among the main. */
  public int articlesNaming(long entity) {
    int i = Arrays.binarySearch(entities, entity);
    return i < 0 ? 0 : entityArticles[i];
  }

  /** This profile with one more article, and for a story, the event it went to. */
  public ClusterProfile with(ArticleSignals article, String eventId) {
    double norm = centroid.norm();
    double joining = norm == 0 ? 0 : article.normalizedWeights().dot(centroid) / norm;
    TermWeights sum = centroid.plus(article.normalizedWeights(), 1.0, TERMS);
    long[] keys = article.entities();
    int[] ones = new int[keys.length];
    Arrays.fill(ones, 1);
    EntityCounts kept = addCounts(entities, entityArticles, keys, ones);
    long[] keptKeys = kept.keys();
    int[] keptCounts = kept.counts();
    PublishedDate date = article.published();
    int newDated = dated;
    long first = firstDay;
    long last = lastDay;
    if (date != null) {
      long a = date.date().toEpochDay();
      long b = date.lastDay().toEpochDay();
      first = dated == 0 ? a : Math.min(first, a);
      last = dated == 0 ? b : Math.max(last, b);
      newDated++;
    }
    List<String> recent = recentEvents;
    if (eventId != null && (recent.isEmpty() || !recent.get(recent.size() - 1).equals(eventId))) {
      List<String> r = new ArrayList<>(recent);
      r.remove(eventId);
      r.add(eventId);
      recent = r.size() > RECENT_EVENTS ? r.subList(r.size() - RECENT_EVENTS, r.size()) : r;
    }
    return new ClusterProfile(
        size + 1,
        sum,
        keptKeys,
        keptCounts,
        newDated,
        first,
        last,
        recent,
        joinCosines + (size == 0 ? 0 : Math.min(1, joining)));
  }

  private record EntityCounts(long[] keys, int[] counts) {}

  /**
   * The article counts of {@code baseKeys} and {@code keys} added up (both ascending), the {@link
   * #ENTITIES} most named kept; ties broken by key, so that the same articles keep the same names.
   */
  private static EntityCounts addCounts(
      long[] baseKeys, int[] baseCounts, long[] keys, int[] addCounts) {
    long[] mergedKeys = new long[baseKeys.length + keys.length];
    int[] mergedCounts = new int[mergedKeys.length];
    int n = 0;
    int i = 0;
    int j = 0;
    while (i < baseKeys.length || j < keys.length) {
      if (j >= keys.length || (i < baseKeys.length && baseKeys[i] < keys[j])) {
        mergedKeys[n] = baseKeys[i];
        mergedCounts[n++] = baseCounts[i++];
      } else if (i >= baseKeys.length || keys[j] < baseKeys[i]) {
        mergedKeys[n] = keys[j];
        mergedCounts[n++] = addCounts[j++];
      } else {
        mergedKeys[n] = baseKeys[i];
        mergedCounts[n++] = baseCounts[i++] + addCounts[j++];
      }
    }
    long[] keptKeys;
    int[] keptCounts;
    if (n <= ENTITIES) {
      keptKeys = Arrays.copyOf(mergedKeys, n);
      keptCounts = Arrays.copyOf(mergedCounts, n);
    } else {
      // the most named; ties broken by key, so that the same articles keep the same names
      Integer[] order = new Integer[n];
      for (int k = 0; k < n; k++) {
        order[k] = k;
      }
      final long[] mk = mergedKeys;
      final int[] mc = mergedCounts;
      Arrays.sort(
          order,
          (a, b) -> mc[a] != mc[b] ? Integer.compare(mc[b], mc[a]) : Long.compare(mk[a], mk[b]));
      Integer[] kept = Arrays.copyOf(order, ENTITIES);
      Arrays.sort(kept, (a, b) -> Long.compare(mk[a], mk[b]));
      keptKeys = new long[ENTITIES];
      keptCounts = new int[ENTITIES];
      for (int k = 0; k < ENTITIES; k++) {
        keptKeys[k] = mk[kept[k]];
        keptCounts[k] = mc[kept[k]];
      }
    }
    return new EntityCounts(keptKeys, keptCounts);
  }

  /**
   * This profile and {@code other}'s as one cluster's: when an article shows two stories to be one.
   * Sizes, centroids, names and spans add up; the other's latest events follow this one's; the
   * cohesion counts the other cluster's centroid as one more member joining at its cosine.
   */
  public ClusterProfile merge(ClusterProfile other) {
    if (other.size == 0) {
      return this;
    }
    if (size == 0) {
      return other;
    }
    EntityCounts kept = addCounts(entities, entityArticles, other.entities, other.entityArticles);
    long first =
        dated == 0
            ? other.firstDay
            : other.dated == 0 ? firstDay : Math.min(firstDay, other.firstDay);
    long last =
        dated == 0 ? other.lastDay : other.dated == 0 ? lastDay : Math.max(lastDay, other.lastDay);
    List<String> recent = new ArrayList<>(recentEvents);
    for (String e : other.recentEvents) {
      recent.remove(e);
      recent.add(e);
    }
    if (recent.size() > RECENT_EVENTS) {
      recent = recent.subList(recent.size() - RECENT_EVENTS, recent.size());
    }
    double cosine = centroid.cosine(other.centroid);
    return new ClusterProfile(
        size + other.size,
        centroid.plus(other.centroid, 1.0, TERMS),
        kept.keys(),
        kept.counts(),
        dated + other.dated,
        first,
        last,
        recent,
        joinCosines + other.joinCosines + Math.max(0, Math.min(1, cosine)));
  }

  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(3);
      out.writeInt(size);
      out.writeInt(centroid.size());
      for (int i = 0; i < centroid.size(); i++) {
        out.writeLong(centroid.terms()[i]);
        out.writeFloat(centroid.weights()[i]);
      }
      out.writeInt(entities.length);
      for (int i = 0; i < entities.length; i++) {
        out.writeLong(entities[i]);
        out.writeInt(entityArticles[i]);
      }
      out.writeInt(dated);
      out.writeLong(firstDay);
      out.writeLong(lastDay);
      out.writeInt(recentEvents.size());
      for (String e : recentEvents) {
        out.writeUTF(e);
      }
      out.writeDouble(joinCosines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static ClusterProfile fromBytes(byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      int version = in.readByte();
      if (version != 3) {
        throw new IllegalArgumentException("unknown cluster profile version " + version);
      }
      int size = in.readInt();
      int terms = in.readInt();
      long[] t = new long[terms];
      float[] w = new float[terms];
      for (int i = 0; i < terms; i++) {
        t[i] = in.readLong();
        w[i] = in.readFloat();
      }
      int n = in.readInt();
      long[] keys = new long[n];
      int[] counts = new int[n];
      for (int i = 0; i < n; i++) {
        keys[i] = in.readLong();
        counts[i] = in.readInt();
      }
      int dated = in.readInt();
      long first = in.readLong();
      long last = in.readLong();
      int r = in.readInt();
      List<String> recent = new ArrayList<>(r);
      for (int i = 0; i < r; i++) {
        recent.add(in.readUTF());
      }
      double joins = in.readDouble();
      return new ClusterProfile(
          size, new TermWeights(t, w), keys, counts, dated, first, last, recent, joins);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClusterProfile p
        && size == p.size
        && centroid.equals(p.centroid)
        && Arrays.equals(entities, p.entities)
        && Arrays.equals(entityArticles, p.entityArticles)
        && dated == p.dated
        && firstDay == p.firstDay
        && lastDay == p.lastDay
        && recentEvents.equals(p.recentEvents)
        && joinCosines == p.joinCosines;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(entities) * 31 + size;
  }

  @Override
  public String toString() {
    return "ClusterProfile[" + size + " articles, " + centroid.size() + " terms]";
  }
}
