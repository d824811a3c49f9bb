package org.trame.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.trame.analysis.TimeMention;
import org.trame.analysis.time.Negation;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;

/**
 * Adds one candidate per dated statement: a sentence of an article whose temporal expression
 * resolves to a day, a month, a season or a year. Left out: durations and sets (no point in time),
 * what is not resolved ("PAST_REF", "XXXX-05"), and the article's own publication date named again
 * ("aujourd'hui"), which its event's entry already shows, and a date denied ("ne sortira pas le 30
 * septembre", "will not launch on Friday": nothing happens then). A date resolved against an
 * estimated publication date (its year was not written) is an estimate too. Copies add nothing
 * their original does not say.
 */
final class DatedStatements implements TimelineStage {

  /** A year written out: a date that holds one was not resolved against the publication date. */
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

  @Override
  public List<Candidate> apply(List<Candidate> candidates, Material material) {
    List<Candidate> out = new ArrayList<>(candidates);
    for (StoredArticle a : new java.util.TreeMap<>(material.articles()).values()) {
      if (a.duplicate()) {
        continue;
      }
      PublishedDate published = a.article().published();
      String text = a.article().fullText();
      Set<String> seen = new HashSet<>();
      for (TimeMention t : a.analysis().times()) {
        if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
          continue;
        }
        PublishedDate date = TimelineDates.parse(t.value());
        if (date == null
            || published != null
                && date.precision() == published.precision()
                && date.date().equals(published.date())) {
          continue;
        }
        if (t.end() > text.length() || t.start() < 0 || t.start() >= t.end()) {
          continue; // offsets from another text: nothing to quote
        }
        if (Negation.denies(text.substring(Math.max(0, t.start() - 30), t.start()))) {
          continue;
        }
        boolean estimated =
            published != null && published.estimated() && !WRITTEN_YEAR.matcher(t.text()).find();
        if (estimated) {
          date = new PublishedDate(date.date(), date.precision(), true);
        }
        String statement = Sentences.statement(text, t.start(), t.end());
        int sentence = Sentences.around(text, t.start(), t.end())[0];
        if (!seen.add(TimelineDates.label(date) + "\u0000" + statement)) {
          continue; // the same sentence names the same date twice
        }
        boolean announced = published != null && date.date().isAfter(published.lastDay());
        out.add(
            new Candidate(
                date,
                statement,
                List.of(a.id()),
                announced ? Set.of(a.id()) : Set.of(),
                null,
                TimelineEntry.Kind.STATEMENT,
                ContentWords.of(statement),
                Set.of(
                    new Candidate.Said(
                        a.id(),
                        sentence,
                        t.start(),
                        Sentences.opens(text, sentence, t.start(), t.end()),
                        statement))));
      }
    }
    return out;
  }
}
