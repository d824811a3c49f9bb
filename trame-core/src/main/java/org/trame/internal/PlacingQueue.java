package org.trame.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import org.trame.article.RawArticle;

/**
 * Articles read and not yet placed, handed out earliest published first: an online engine follows a
 * story best forward in time, and a batch read folder by folder, outlet by outlet or from a feed
 * (newest first) arrives out of date order. Ties, and articles without a date (which stay beside
 * the article read before them), go in the order read. Two rules bound the reordering:
 *
 * <ul>
 *   <li>a second article with the id of one still waiting comes after it, whatever its date, so
 *       that which of the two is kept does not change;
 *   <li>an article waits no longer than until {@code maxOvertaken} articles have been read after
 *       it: then it is the next handed out. A page dated 2099 by mistake cannot hold back the rest,
 *       nor the acknowledgement of an input prefix ({@link InputPrefix}); and once an article at
 *       rank r is handed out, every article before rank r - maxOvertaken has been.
 * </ul>
 */
public final class PlacingQueue {

  /** An article handed out, with its rank in the input (0 for the first read). */
  public record Waiting(RawArticle article, long arrival) {}

  private static final class Entry implements Comparable<Entry> {
    final Waiting waiting;
    final long day;
    boolean taken;

    Entry(Waiting waiting, long day) {
      this.waiting = waiting;
      this.day = day;
    }

    @Override
    public int compareTo(Entry o) {
      int byDay = Long.compare(day, o.day);
      return byDay != 0 ? byDay : Long.compare(waiting.arrival(), o.waiting.arrival());
    }
  }

  private final int maxOvertaken;
  private final PriorityQueue<Entry> byDate = new PriorityQueue<>();
  private final ArrayDeque<Entry> byArrival = new ArrayDeque<>();
  private final Map<String, Entry> latestOfId = new HashMap<>();
  private long arrivals;
  private long lastDay = Long.MIN_VALUE;
  private int size;
  private long chars;

  public PlacingQueue(int maxOvertaken) {
    if (maxOvertaken < 0) {
      throw new IllegalArgumentException("maxOvertaken < 0: " + maxOvertaken);
    }
    this.maxOvertaken = maxOvertaken;
  }

  public void add(RawArticle article) {
    long day = article.published() == null ? lastDay : article.published().date().toEpochDay();
    lastDay = day;
    Entry earlier = latestOfId.get(article.id());
    if (earlier != null) {
      day = Math.max(day, earlier.day);
    }
    Entry entry = new Entry(new Waiting(article, arrivals++), day);
    latestOfId.put(article.id(), entry);
    byDate.add(entry);
    byArrival.add(entry);
    size++;
    chars += article.text().length();
  }

  /** The next article to place, or null when none waits. */
  public Waiting poll() {
    if (size == 0) {
      return null;
    }
    Entry oldest = firstUntaken(byArrival);
    Entry next =
        arrivals - 1 - oldest.waiting.arrival() >= maxOvertaken ? oldest : firstUntaken(byDate);
    next.taken = true;
    size--;
    RawArticle article = next.waiting.article();
    chars -= article.text().length();
    latestOfId.remove(article.id(), next);
    return next.waiting;
  }

  private static Entry firstUntaken(java.util.Queue<Entry> queue) {
    while (queue.peek().taken) {
      queue.poll();
    }
    return queue.peek();
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Characters of text waiting. */
  public long chars() {
    return chars;
  }
}
