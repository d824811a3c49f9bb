package org.trame.analysis;

import java.util.List;

/** What the analysis stage understood of one article. */
public record Analysis(List<EntityMention> entities, List<TimeMention> times) {

  public static final Analysis EMPTY = new Analysis(List.of(), List.of());

  public Analysis {
    entities = List.copyOf(entities);
    times = List.copyOf(times);
  }
}
