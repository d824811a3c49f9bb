package org.trame.clean;

import com.carrotsearch.hppc.LongLongHashMap;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns, source by source, the lines that recur across many of its articles (a group's list of
 * sites, a newsletter box, a copyright line) and removes them. A line is site furniture when it is
 * in at least {@value #MIN_ARTICLES} articles of its source and in a share of them that depends on
 * its length: a short line (a menu entry) needs little more, a paragraph needs a fifth of them, so
 * that background paragraphs repeated by a few updates of one story stay.
 *
 * <p>Counts are kept with lossy counting (Manku and Motwani 2002), one bucket every {@value
 * #BUCKET} articles of a source: lines that recur less than once a bucket are forgotten, so memory
 * stays bounded however many articles a source has, and frequent lines are never forgotten. The
 * counts are saved as bytes with the store ({@link #toBytes()}) and so survive restarts.
 *
 * <p>Lines are compared on their letters and digits, lower-cased, as {@link DropRepeatedParagraphs}
 * does.
 */
public final class SourceFurniture {

  static final int MIN_ARTICLES = 3;

  /** Paragraphs must recur more before they are taken for furniture. */
  static final int MIN_ARTICLES_LONG = 5;

  private static final int LONG_LINE = 100;
  private static final double SHARE_SHORT = 0.02;
  private static final double SHARE_LONG = 0.2;

  static final int BUCKET = 50;

  /** Lines longer than this are articles' own text, never furniture, and are not counted. */
  private static final int MAX_KEY_CHARS = 600;

  /** Above this many lines held over all sources, lines seen once are forgotten everywhere. */
  private static final int MAX_ENTRIES = 2_000_000;

  private static final int FORMAT = 1;

  private final Map<String, Lines> sources = new HashMap<>();
  private long entries;

  /** Counts the lines of one more article of {@code source}. */
  public void observe(String source, String normalizedText) {
    Lines lines = sources.computeIfAbsent(source, s -> new Lines());
    int before = lines.counts.size();
    lines.observe(normalizedText);
    entries += lines.counts.size() - before;
    if (entries > MAX_ENTRIES) {
      entries = 0;
      for (Lines l : sources.values()) {
        l.forgetSingles();
        entries += l.counts.size();
      }
    }
  }

  /**
   * What to keep when several writers learn from their own reading: for each source, the counts of
   * whichever of this and {@code other} saw more of its articles (a source is mostly read by one
   * writer). Neither is changed; the result shares their counts, to be written, not observed.
   */
  public SourceFurniture unionWith(SourceFurniture other) {
    SourceFurniture union = new SourceFurniture();
    union.sources.putAll(other.sources);
    sources.forEach((source, mine) -> {
      Lines theirs = union.sources.get(source);
      if (theirs == null || mine.articles >= theirs.articles) {
        union.sources.put(source, mine);
      }
    });
    union.sources.values().forEach(l -> union.entries += l.counts.size());
    return union;
  }

  /** A cleaner that drops the furniture of {@code source} learned so far. */
  public TextCleaner forSource(String source) {
    Lines lines = sources.get(source);
    return lines == null ? text -> text : lines::drop;
  }

  /** How many articles of {@code source} were counted. */
  public long articles(String source) {
    Lines lines = sources.get(source);
    return lines == null ? 0 : lines.articles;
  }

  /** How many lines are held, over all sources. */
  long entries() {
    return entries;
  }

  /** What was learned, to keep with the store. */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(FORMAT);
      Map<String, Lines> sorted = new TreeMap<>(sources);
      out.writeInt(sorted.size());
      for (Map.Entry<String, Lines> e : sorted.entrySet()) {
        out.writeUTF(e.getKey());
        Lines lines = e.getValue();
        out.writeLong(lines.articles);
        // in key order: the same counts always make the same bytes
        long[] keys = lines.counts.keys().toArray();
        Arrays.sort(keys);
        out.writeInt(keys.length);
        for (long key : keys) {
          out.writeLong(key);
          out.writeLong(lines.counts.get(key));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** What {@link #toBytes()} wrote; an unknown format starts afresh rather than fail an ingest. */
  public static SourceFurniture fromBytes(byte[] bytes) {
    SourceFurniture learned = new SourceFurniture();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != FORMAT) {
        return learned;
      }
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String source = in.readUTF();
        Lines lines = new Lines();
        lines.articles = in.readLong();
        int size = in.readInt();
        for (int j = 0; j < size; j++) {
          lines.counts.put(in.readLong(), in.readLong());
        }
        learned.sources.put(source, lines);
        learned.entries += size;
      }
    } catch (IOException e) {
      return new SourceFurniture();
    }
    return learned;
  }

  /** The lines of one source: key → count in the low 32 bits, lossy-counting delta above. */
  private static final class Lines {
    final LongLongHashMap counts = new LongLongHashMap();
    long articles;

    void observe(String text) {
      articles++;
      long bucket = (articles + BUCKET - 1) / BUCKET;
      LongLongHashMap seen = new LongLongHashMap();
      for (String line : text.split("\n")) {
        long key = key(line);
        if (key == 0 || seen.containsKey(key)) {
          continue;
        }
        seen.put(key, 1);
        long packed = counts.getOrDefault(key, -1);
        if (packed < 0) {
          counts.put(key, ((bucket - 1) << 32) | 1);
        } else {
          counts.put(key, packed + 1);
        }
      }
      if (articles % BUCKET == 0) {
        counts.removeAll((k, v) -> (v & 0xFFFFFFFFL) + (v >>> 32) <= bucket);
      }
    }

    void forgetSingles() {
      counts.removeAll((k, v) -> (v & 0xFFFFFFFFL) <= 1);
    }

    boolean isFurniture(long key, int chars) {
      long packed = counts.getOrDefault(key, -1);
      if (packed < 0) {
        return false;
      }
      long count = packed & 0xFFFFFFFFL;
      if (chars >= LONG_LINE) {
        return count >= MIN_ARTICLES_LONG && count >= SHARE_LONG * articles;
      }
      return count >= MIN_ARTICLES && count >= SHARE_SHORT * articles;
    }

    String drop(String text) {
      StringBuilder out = new StringBuilder(text.length());
      boolean dropped = false;
      for (String line : text.split("\n", -1)) {
        String letters = letters(line);
        if (!letters.isEmpty() && isFurniture(hash(letters), letters.length())) {
          dropped = true;
          continue;
        }
        out.append(line).append('\n');
      }
      // a dropped block leaves its blank lines behind: close them up
      String kept = out.toString();
      return dropped ? kept.replaceAll("\n{3,}", "\n\n").strip() : text;
    }
  }

  /**
   * The key of a line, or 0 for one with nothing to compare (blank) or too long to be furniture.
   */
  static long key(String line) {
    String letters = letters(line);
    if (letters.isEmpty() || letters.length() > MAX_KEY_CHARS) {
      return 0;
    }
    return hash(letters);
  }

  private static String letters(String line) {
    StringBuilder s = new StringBuilder(line.length());
    line.codePoints()
        .filter(Character::isLetterOrDigit)
        .map(Character::toLowerCase)
        .forEach(s::appendCodePoint);
    return s.toString();
  }

  /** 64-bit FNV-1a: collisions between two lines of one source are negligible at this width. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h == 0 ? 1 : h;
  }
}
