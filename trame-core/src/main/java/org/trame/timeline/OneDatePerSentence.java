package org.trame.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trame.article.Precision;

/**
 * Tells each sentence at one period only. A sentence that names several months or years ("Prévu à
 * l'origine pour le 23 juillet 2021, il avait été décalé au printemps 2020 vers novembre 2021, puis
 * à septembre 2022") gave an entry at each, so the reader met it three or four times. It now stays
 * where it is best placed, and an entry it alone supported is gone:
 *
 * <ol>
 *   <li>with the most sources (the fact other articles tell on that date too);
 *   <li>at a date that opens the sentence ("En juillet 2020, la NASA a décalé…": what happened
 *       then);
 *   <li>at the most precise date;
 *   <li>at the date named last ("passe du mois d'août au mois de novembre 2022": the news is the
 *       new date).
 * </ol>
 *
 * <p>Days stay at each: a sentence naming two days mostly tells two happenings ("arrêté le 3 mai,
 * relâché le 5"), and chronologies are written so; months, seasons and years named together are
 * mostly a plan and its history. On the CL-TLS dev timelines, dropping the days too lost date F1
 * (Italian 0.156 → 0.153). An event's entry is told by its headline and always stays.
 */
final class OneDatePerSentence implements TimelineStage {

  private static final Comparator<Placement> BEST =
      Comparator.comparingInt((Placement p) -> -p.candidate().sources().size())
          .thenComparing(p -> !p.said().opens())
          .thenComparing(p -> p.candidate().date().precision())
          .thenComparingInt(p -> -p.said().at());

  private record Placement(Candidate candidate, Candidate.Said said) {}

  @Override
  public List<Candidate> apply(List<Candidate> candidates, Material material) {
    Map<String, List<Placement>> bySentence = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      for (Candidate.Said s : c.said()) {
        bySentence
            .computeIfAbsent(s.sentenceKey(), k -> new ArrayList<>())
            .add(new Placement(c, s));
      }
    }
    Set<Placement> dropped = new HashSet<>();
    for (List<Placement> placements : bySentence.values()) {
      if (placements.size() > 1) {
        Placement kept = placements.stream().min(BEST).orElseThrow();
        placements.stream()
            .filter(p -> p != kept)
            .filter(p -> p.candidate().date().precision() != Precision.DAY)
            .forEach(dropped::add);
      }
    }
    if (dropped.isEmpty()) {
      return candidates;
    }
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates) {
      Set<Candidate.Said> left = new LinkedHashSet<>();
      for (Candidate.Said s : c.said()) {
        if (!dropped.contains(new Placement(c, s))) {
          left.add(s);
        }
      }
      if (left.size() == c.said().size()) {
        out.add(c);
      } else if (!left.isEmpty() || c.kind() == TimelineEntry.Kind.EVENT) {
        out.add(without(c, left));
      }
    }
    return out;
  }

  /** The candidate told only by the sentences left, and by the articles of those (or its event). */
  private static Candidate without(Candidate c, Set<Candidate.Said> left) {
    Set<String> articles = new HashSet<>();
    left.forEach(s -> articles.add(s.article()));
    List<String> sources = new ArrayList<>();
    Set<String> announcers = new LinkedHashSet<>();
    Set<String> lost = new HashSet<>();
    c.said().forEach(s -> lost.add(s.article()));
    lost.removeAll(articles);
    for (String id : c.sources()) {
      // an event's own articles stay its sources; a statement's article stays while it still says
      // it
      if (!lost.contains(id) || c.kind() == TimelineEntry.Kind.EVENT) {
        sources.add(id);
        if (c.announcers().contains(id)) {
          announcers.add(id);
        }
      }
    }
    String text = c.text();
    if (c.kind() == TimelineEntry.Kind.STATEMENT
        && left.stream().noneMatch(s -> s.text().equals(c.text()))) {
      text = left.iterator().next().text(); // the sentence shown is told elsewhere
    }
    return new Candidate(
        c.date(), text, sources, announcers, c.eventId(), c.kind(), c.terms(), left);
  }
}
