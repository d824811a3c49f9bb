package org.trame.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.analysis.TimeMention;
import org.trame.analysis.time.Negation;
import org.trame.article.Precision;
import org.trame.article.PublishedDate;
import org.trame.store.StoredArticle;

/**
 * Scheduled dates (release, premiere, trial, vote, launch, opening), in French and English: a
 * sentence where a trigger word ("sortira", "en salles", "procès", "scrutin", "released") stands
 * next to a resolved date. Each trigger takes the nearest date of its sentence, and each date the
 * nearest trigger, so "ce lundi 19 décembre, il a dévoilé… le film, qui sortira cet été" gives
 * summer, not the Monday.
 *
 * <p>The subject is the name the trigger governs ("la cérémonie d'ouverture des Jeux", "the launch
 * of Artemis"), or the name right before it ("les Jeux paralympiques s'ouvriront"); else the
 * nearest name of a fitting type in the sentence (a work for a release, a person or organisation
 * for a trial), leaving out a place where it happens ("sur la Seine", "à Kourou": what is voted in
 * a place is that place's vote, though) and taking the name a place completes ("les Jeux olympiques
 * de Paris"). With none ("le septième épisode sortira…"), the story decides ({@link StoryClaims}).
 *
 * <p>Dates that are not the schedule are left out: one that something has lasted "depuis" (since),
 * one said to be the first plan ("initialement prévu le…"), the old date of a move ("repoussé du 17
 * novembre 2021 au 27 mai 2022" states only the second), the plan of what is called off ("le report
 * du second tour, prévu dimanche"), what was given up ("renoncer à un lancement en 2022"), days
 * listed together ("les pluies de vendredi et samedi, pendant et après la cérémonie": a schedule is
 * one date), and the plans of before a history tells: after a pluperfect ("avait d'abord été promis
 * pour 2020"), on either side of "puis", or a year, half, quarter or season over before the article
 * was written. A window ("entre le 15 juin et le 31 juillet 2024") is the smallest period that
 * holds it; a span ("du 8 septembre au 3 octobre") happens on its first day.
 */
public final class ScheduledDates implements StatementExtractor {

  /**
   * @param weak a verb that opens anything ("s'ouvrira"): the date is an opening only when no other
   *     kind's word claims it ("le procès… s'ouvrira le 12 juin" is a trial date)
   */
  private record Trigger(ClaimKind kind, Pattern pattern, boolean weak) {}

  private record Found(ClaimKind kind, boolean weak, int start, int end) {}

  /**
   * @param named whether the sentence ties the name to the trigger ({@link Statement#named})
   */
  private record Subject(String name, boolean named) {}

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS;

  /** A trigger and its date are at most this many characters apart (half as many, date first). */
  private static final int MAX_GAP = 80;

  private static final List<Trigger> TRIGGERS =
      List.of(
          trigger(
              ClaimKind.PREMIERE_DATE,
              "\\bavant-premi[èe]res?\\b|\\bpremi[èe]re\\s+mondiale\\b|\\bpresent[ée]e?\\s+en"
                  + "\\s+premi[èe]re\\b|\\b(?:world\\s+)?premiere[sd]?\\b"),
          trigger(
              ClaimKind.RELEASE_DATE,
              "\\bsort(?:ir|ira|iront|irait|iraient|ie|ies|ent|i|is)\\b"
                  + "|\\bsort(?=\\s+(?:en\\s+salles?|au\\s+cin[ée]ma|le\\s|dans\\s))"
                  + "|\\ben\\s+salles?\\b|\\bau\\s+cin[ée]ma\\b|\\bdans\\s+(?:les|nos|vos)\\s+salles\\b"
                  + "|\\bsur\\s+(?:les|nos)\\s+[ée]crans\\b|\\bdate\\s+de\\s+sortie\\b"
                  + "|\\breleas(?:e|es|ed|ing)\\b|\\bin\\s+(?:theaters|theatres|cinemas)\\b"
                  + "|\\bhits?\\s+(?:theaters|theatres|cinemas|screens)\\b"),
          trigger(
              ClaimKind.TRIAL_DATE,
              "\\bproc[èe]s(?!-)\\b|\\bcompara[îi]tr(?:a|ont|e)\\b|\\bser(?:a|ont)\\s+jug[ée]e?s?\\b"
                  + "|\\btrial\\b|\\bwill\\s+be\\s+tried\\b"),
          trigger(
              ClaimKind.VOTE_DATE,
              "\\bvot(?:e|es|era|eront|é|ée|ing)\\b|\\bscrutin\\b|\\br[ée]f[ée]rendum\\b"
                  + "|\\b[ée]lections?\\b|\\bballot\\b"),
          trigger(
              ClaimKind.LAUNCH_DATE,
              "\\blancement\\b|\\blancer(?:a|ont)?\\b|\\bd[ée]coll(?:er|era|ée?s?|ag\\w*)\\b"
                  + "|\\bmise\\s+en\\s+vente\\b|\\bvols?\\s+inaugura(?:l|ux)\\b"
                  + "|\\bpremiers?\\s+(?:vols?|tirs?)\\b(?!\\s+commerci)"
                  + "|\\b(?:maiden|first)\\s+(?:flight|launch)\\b(?!\\s+commerci)"
                  + "|\\b(?:lifted|lifts|lift)\\s+off\\b"
                  + "|\\bcommercialis(?:é|ée|és|ation|era|eront)\\b|\\blaunch(?:es|ed|ing)?\\b"
                  + "|\\bgoes\\s+on\\s+sale\\b"),
          trigger(
              ClaimKind.OPENING_DATE,
              "\\bc[ée]r[ée]monie\\s+d['’]ouverture\\b|\\bouverture\\s+(?:au|du)\\s+public\\b"
                  + "|\\b(?:r?ouvrir(?:a|ont)?)\\s+(?:ses|leurs)\\s+portes\\b"
                  + "|\\binaugur(?:ation|era|eront|é|ée)\\b|\\br[ée]ouverture\\b|\\breopening\\b"
                  + "|\\bopening\\s+ceremony\\b|\\bopens?\\s+(?:its|their)\\s+doors\\b"
                  + "|\\binaugurat(?:ion|ed|es)\\b"),
          new Trigger(
              ClaimKind.OPENING_DATE,
              Pattern.compile(
                  "\\bs['’]ouvrir(?:a|ont)\\b(?!\\s+à\\s+\\d)|\\bwill\\s+open\\b", FLAGS),
              true));

  /** Something has gone on since that date: it is no schedule. */
  private static final Pattern SINCE = Pattern.compile("\\b(?:depuis|since)\\s*$", FLAGS);

  /**
   * A schedule told in the pluperfect is the plan of before ("le premier vol avait d'abord été
   * promis pour 2020", "had been scheduled for May"): what it was, not what it is.
   */
  private static final Pattern FORMER_PLAN =
      Pattern.compile(
          "\\b(?:avai(?:t|ent)|had)\\s+(?:(?:d['’]abord|déjà|ensuite|d['’]ailleurs|été|been|already"
              + "|first|initially|originally)\\s+){0,3}(?:promis|prévu|annoncé|fixé|programmé"
              + "|attendu|espéré|décalé|repoussé|reporté|avancé|envisagé|scheduled|planned|promised"
              + "|expected|slated|set|delayed|postponed|pushed|moved)\\w*",
          FLAGS);

  /**
   * A future tense after a plan of before: the sentence turns to the plan of now ("le film, qui
   * avait été repoussé, sortira le 12 juillet").
   */
  private static final Pattern FUTURE_TENSE =
      Pattern.compile("\\b(?:\\p{L}{2,}(?:era|ira|dra|ra|ront)|will)\\b", FLAGS);

  /**
   * "Attendu en 2020, puis au deuxième trimestre 2022": the dates on either side of "puis" are
   * steps of a history.
   */
  private static final Pattern THEN =
      Pattern.compile("\\b(?:puis|then)\\s+(?:[\\p{L}'’]+\\s+){0,3}$", FLAGS);

  private static final Pattern THEN_AFTER = Pattern.compile("^\\s*,?\\s*(?:puis|then)\\b", FLAGS);

  /**
   * Between the two ends of a window, "entre le 15 juin et le 31 juillet": an uncertain date, held
   * as the smallest period that contains both ends.
   */
  private static final Pattern WINDOW_OPEN =
      Pattern.compile("\\b(?:entre|between)\\s+(?:le\\s+|la\\s+|l['’]\\s*|the\\s+)?$", FLAGS);

  private static final Pattern WINDOW_AND =
      Pattern.compile("^\\s*(?:et|and)\\s+(?:le\\s+|la\\s+|l['’]\\s*|the\\s+)?$", FLAGS);

  /** A move before "du 17 novembre au 27 mai": the date after is the new one, not a span's end. */
  private static final Pattern MOVE =
      Pattern.compile(
          "\\b(?:report\\w*|repouss\\w*|décal\\w*|avanc\\w*|déplac\\w*|pass(?:er|é|ée)|moved"
              + "|postpon\\w*|delay\\w*|push\\w*|brought\\s+forward)\\b",
          FLAGS);

  /** Before a trigger: what was given up ("renoncer à un lancement en 2022") is no schedule. */
  private static final Pattern GIVEN_UP =
      Pattern.compile(
          "\\b(?:renonc\\w*|abandonn\\w*|gave\\s+up|giv(?:e|es|ing)\\s+up|abandon(?:s|ed)?)"
              + "\\s+(?:(?:à|au|aux|on|the|a|an|un|une|le|la|les|l['’]|son|sa|ses|its|their)\\s*)*$",
          FLAGS);

  /** The first plan, told as history. */
  private static final Pattern FIRST_PLAN =
      Pattern.compile(
          "\\b(?:initialement|à\\s+l'origine|originellement|au\\s+départ|d'abord"
              + "|premiers?\\s+(?:calendriers?|plans?|projets?)|originally|initially|previously"
              + "|first\\s+(?:scheduled|schedules?|plans?))\\b",
          FLAGS);

  /**
   * "le report du second tour, prévu dimanche": the plan named is the one called off, and the
   * sentence does not say the new one.
   */
  private static final Pattern CALLED_OFF_PLAN =
      Pattern.compile(
          "\\b(?:report|annulation|suspension|ajournement|postponement|cancell?ation)"
              + "\\s+(?:du|de\\s+la|de\\s+l['’]|des|d['’]|of(?:\\s+the)?)\\s[^.;]{0,80}?"
              + "\\b(?:prévue?s?|programmée?s?|fixée?s?|scheduled|planned|set)\\s+(?:pour\\s+|for\\s+)?"
              + "(?:le\\s+|la\\s+|l['’]|on\\s+)?$",
          FLAGS);

  /**
   * Between a date and a trigger after it, the start of another clause: "examinée le 8 juin, et sur
   * une demande de référendum" is no date of the referendum, nor "flew for the last time in July
   * 2023, forcing Europe to buy launches" a date of a launch.
   */
  private static final Pattern NEXT_CLAUSE =
      Pattern.compile(
          ";|,\\s*(?:et|mais|ou|tandis|alors|and|but|or|while)\\b"
              // a participle opens one too: "in July 2023, forcing Europe to buy launches";
              // not a preposition that ends alike: "le 9 juillet, pendant le lancement"
              + "|,\\s*(?!(?:during|durant|pendant|according|including|following|regarding"
              + "|concerning)\\b)\\p{L}{3,}(?:ing|ant)\\b",
          FLAGS);

  /** "du 17 novembre 2021 au 27 mai 2022": the date after is the new one. */
  private static final Pattern MOVED_TO = Pattern.compile("^\\s*(?:au|à|to|until)\\s", FLAGS);

  private static final Pattern MOVED_FROM = Pattern.compile("\\b(?:du|de|from)\\s*$", FLAGS);

  /** Words that say the sentence speaks of what is to come, or of a schedule being set. */
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(?:\\p{L}+(?:ra|ront|rait|raient)|prévue?s?|attendue?s?|programmée?s?|devrai[ts]?"
              + "|devraient|fixée?s?|report[ée]e?s?|renvoyée?s?|repouss[ée]e?s?|décalée?s?"
              + "|will|scheduled|slated|expected|due|set\\s+(?:for|to)|postponed|delayed|moved)\\b",
          FLAGS);

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** Between a trigger and the name it governs: "cérémonie d'ouverture des Jeux". */
  private static final Pattern GOVERNED =
      Pattern.compile("^\\s*(?:des|du|de\\s+la|de\\s+l['’]|de|d['’]|of(?:\\s+the)?)\\s*$", FLAGS);

  /** Before a place where something happens: "sur la Seine", "à Kourou", "in Paris". */
  private static final Pattern VENUE =
      Pattern.compile(
          "\\b(?:sur|à|au|aux|dans|depuis|en|vers|at|in|on|from)\\s+"
              + "(?:la\\s+|le\\s+|les\\s+|l['’]\\s*|the\\s+)?$",
          FLAGS);

  /**
   * The vehicle of a launch, not what it launches: "lancé le 25 décembre par une Ariane 5", "à bord
   * d'une fusée Soyouz", "launched on an Atlas V".
   */
  private static final Pattern VEHICLE =
      Pattern.compile(
          "(?:\\bpar\\s+(?:une?|la|le|l['’]\\s*)|\\bà\\s+bord\\s+d['’]\\s*(?:une?\\s+)?"
              + "|\\b(?:by|on|aboard)\\s+(?:an?|the)\\s+)(?:fusée\\s+|lanceur\\s+|rocket\\s+)?$",
          FLAGS);

  private static final Pattern APPOSED = Pattern.compile("\\s*,?\\s*");

  /**
   * After a name that tells the news, not what it is about: "la NASA a annoncé lundi soir que le
   * lancement…", "Paramount said the release…".
   */
  private static final Pattern SPEAKER =
      Pattern.compile(
          "\\s*(?:a|ont|avait|avaient)\\s+(?:\\p{L}+\\s+)?(?:annoncé|indiqué|confirmé|précisé|fait\\s+savoir"
              + "|déclaré|expliqué)\\b|\\s*(?:annonce|annoncent|indique|confirme|précise)\\b"
              + "|\\s*(?:said|says|announced|confirmed|told)\\b",
          FLAGS);

  /** Between a name and the one that completes it: "Jeux olympiques de Paris". */
  private static final Pattern COMPLEMENT =
      Pattern.compile("^\\s*(?:de|du|des|d['’]|of)\\s*$", FLAGS);

  /** Between two days of one list: "vendredi et samedi", "Friday, Saturday or Sunday". */
  private static final Pattern LISTED =
      Pattern.compile("^\\s*(?:,|,?\\s*(?:et|ou|and|or))\\s*$", FLAGS);

  private static Trigger trigger(ClaimKind kind, String regex) {
    return new Trigger(kind, Pattern.compile(regex, FLAGS), false);
  }

  @Override
  public List<Statement> extract(StoredArticle article) {
    String text = article.article().fullText();
    PublishedDate said = article.article().published();
    List<Subjects.Name> names = Subjects.names(article);
    List<Statement> statements = new ArrayList<>();
    for (Sentences.Span sentence : Sentences.of(text)) {
      String words = text.substring(sentence.start(), sentence.end());
      List<TimeMention> dates = new ArrayList<>();
      Map<TimeMention, PublishedDate> values = new HashMap<>();
      for (TimeMention t : article.analysis().times()) {
        Optional<PublishedDate> value = ClaimDates.parse(t.value());
        if (sentence.contains(t.start())
            && t.end() <= sentence.end()
            && value.isPresent()
            && kept(text, sentence, t, article.analysis().times())) {
          PublishedDate meant = ahead(value.get(), t, said, words);
          if (!history(meant, said)) {
            dates.add(t);
            values.put(t, meant);
          }
        }
      }
      // a window's ends are one date, not a list of two
      dates.removeAll(windows(text, sentence, dates, values));
      dates.removeAll(listed(text, dates));
      if (dates.isEmpty()) {
        continue;
      }
      List<Found> triggers = new ArrayList<>();
      for (Trigger trigger : TRIGGERS) {
        Matcher m = trigger.pattern().matcher(words);
        while (m.find()) {
          triggers.add(
              new Found(
                  trigger.kind(),
                  trigger.weak(),
                  sentence.start() + m.start(),
                  sentence.start() + m.end()));
        }
      }
      // each trigger takes its nearest date; a date taken by several keeps its nearest trigger
      Map<TimeMention, Found> byDate = new HashMap<>();
      for (Found f : triggers) {
        if (GIVEN_UP
            .matcher(text.substring(Math.max(sentence.start(), f.start() - 40), f.start()))
            .find()) {
          continue;
        }
        TimeMention nearest = null;
        for (TimeMention t : dates) {
          if (gap(f, t) <= MAX_GAP
              && !(t.end() <= f.start()
                  && NEXT_CLAUSE.matcher(text.substring(t.end(), f.start())).find())
              && (nearest == null
                  || reach(f, t, values.get(t), said)
                      < reach(f, nearest, values.get(nearest), said))) {
            nearest = t;
          }
        }
        Found rival = nearest == null ? null : byDate.get(nearest);
        if (nearest != null && (rival == null || beats(f, rival, nearest))) {
          byDate.put(nearest, f);
        }
      }
      for (TimeMention t : dates) {
        Found f = byDate.get(t);
        if (f == null) {
          continue;
        }
        Optional<Subject> subject = subject(names, text, sentence, f);
        PublishedDate value = values.get(t);
        if (subject.isEmpty()
            && said != null
            && !said.date().isBefore(value.lastDay())
            && value.precision() != Precision.DAY) {
          // "la petite fusée, qui a réussi son vol inaugural en juillet": a month gone by, told
          // of nothing named, is some past happening, not the story's schedule
          continue;
        }
        statements.add(
            new Statement(
                subject.map(Subject::name).orElse(null),
                f.kind(),
                value,
                article.id(),
                article.article().source(),
                said,
                t.start(),
                subject.map(Subject::named).orElse(false)));
      }
    }
    statements.sort(java.util.Comparator.comparingInt(Statement::position));
    return statements;
  }

  /**
   * How far a trigger reaches for a date: its {@link #gap}, plus {@link #MAX_GAP} for a date over
   * by the day the article was published, so that a date to come in reach is taken first. A
   * schedule is mostly told ahead, and a past day in its sentence, or that day itself, is mostly
   * the day of the news ("la NASA a annoncé lundi soir que le lancement était reporté au 22
   * décembre", "a fait savoir ce jeudi que le vol se tiendrait entre…").
   */
  private static int reach(Found f, TimeMention t, PublishedDate value, PublishedDate said) {
    boolean past = said != null && !value.lastDay().isAfter(said.lastDay());
    return gap(f, t) + (past ? MAX_GAP : 0);
  }

  private static boolean beats(Found f, Found rival, TimeMention date) {
    if (f.weak() != rival.weak()) {
      return rival.weak();
    }
    return gap(f, date) < gap(rival, date);
  }

  /**
   * Characters between a trigger and a date; a date before its trigger counts double, since a
   * schedule is written after its word ("reporté au 22 décembre") and a date before it is more
   * often when the news was told ("a annoncé lundi soir que le lancement…").
   */
  private static int gap(Found f, TimeMention t) {
    return t.start() >= f.end() ? t.start() - f.end() : 2 * Math.max(0, f.start() - t.end());
  }

  /**
   * Relative dates are resolved against the publication day with no regard to tense: "sortira cet
   * été", written in December, is read as the summer gone. A future statement whose date is over
   * before it was said, and that named a season or a month but no year, means the next one (a
   * weekday is the day the news was told, far more often than a schedule a year away).
   */
  private static PublishedDate ahead(
      PublishedDate value, TimeMention t, PublishedDate said, String sentence) {
    if (said == null
        || (value.precision() != Precision.SEASON && value.precision() != Precision.MONTH)
        || YEAR.matcher(t.text()).find()
        || !value.lastDay().isBefore(said.date())
        || !FUTURE.matcher(sentence).find()) {
      return value;
    }
    return ClaimDates.plusYears(value, 1);
  }

  /**
   * A year, half year, quarter or season over before the article was written is a plan of before
   * told as history ("a first flight was pencilled in for 2020"), missed or kept: what happened is
   * told to the month or the day ("a réussi son vol inaugural en juillet").
   */
  private static boolean history(PublishedDate value, PublishedDate said) {
    return said != null
        && value.precision().compareTo(Precision.MONTH) > 0
        && value.lastDay().isBefore(said.date());
  }

  private static boolean kept(
      String text, Sentences.Span sentence, TimeMention t, List<TimeMention> all) {
    String before = text.substring(sentence.start(), t.start());
    if (SINCE.matcher(before).find() || Negation.denies(before)) {
      return false;
    }
    String near = before.substring(Math.max(0, before.length() - 50));
    if (FIRST_PLAN.matcher(near).find()
        || CALLED_OFF_PLAN.matcher(before).find()
        || THEN.matcher(before).find()
        || THEN_AFTER.matcher(text.substring(t.end(), sentence.end())).find()
        || formerPlan(before)) {
      return false;
    }
    if (MOVED_FROM.matcher(before).find()) {
      String after = text.substring(t.end(), sentence.end());
      Matcher to = MOVED_TO.matcher(after);
      if (to.find() && moved(before)) {
        int next = t.end() + to.end();
        return all.stream().noneMatch(o -> o.start() >= next && o.start() <= next + 4);
      }
    }
    // "se tiendra du 5 au 30 septembre": the end of a span is not when it happens
    for (TimeMention o : all) {
      if (o.end() <= t.start()
          && o.start() >= sentence.start()
          && MOVED_TO.matcher(text.substring(o.end(), t.start())).find()
          && text.substring(o.end(), t.start()).length() <= 8
          && MOVED_FROM.matcher(text.substring(sentence.start(), o.start())).find()
          && !moved(text.substring(sentence.start(), o.start()))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a move is told just before "du … au …" ("repoussé du 17 novembre au 27 mai"). */
  private static boolean moved(String before) {
    return MOVE.matcher(before.substring(Math.max(0, before.length() - 60))).find();
  }

  /** Whether a plan of before is told ahead of the date, and no future tense comes after it. */
  private static boolean formerPlan(String before) {
    Matcher m = FORMER_PLAN.matcher(before);
    int end = -1;
    while (m.find()) {
      end = m.end();
    }
    return end >= 0 && !FUTURE_TENSE.matcher(before.substring(end)).find();
  }

  /**
   * The windows of a sentence ("entre le 15 juin et le 31 juillet 2024"): the first end takes the
   * smallest period that holds both (here summer 2024), and the second end is returned to be left
   * out. A window no such period holds (across the new year, but for a winter) says too little, and
   * both its ends are left out.
   */
  private static List<TimeMention> windows(
      String text,
      Sentences.Span sentence,
      List<TimeMention> dates,
      Map<TimeMention, PublishedDate> values) {
    List<TimeMention> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.comparingInt(TimeMention::start));
    List<TimeMention> out = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      TimeMention first = sorted.get(i - 1);
      TimeMention last = sorted.get(i);
      if (first.end() <= last.start()
          && WINDOW_OPEN.matcher(text.substring(sentence.start(), first.start())).find()
          && WINDOW_AND.matcher(text.substring(first.end(), last.start())).matches()) {
        PublishedDate cover = ClaimDates.cover(values.get(first), values.get(last));
        if (cover == null) {
          out.add(first);
        } else {
          values.put(first, cover);
        }
        out.add(last);
      }
    }
    return out;
  }

  /**
   * The dates of a list ("vendredi et samedi"): none of them is a schedule. Two that name the same
   * day are one said twice ("hier, mardi 9 juillet"), no list.
   */
  private static List<TimeMention> listed(String text, List<TimeMention> dates) {
    List<TimeMention> sorted = new ArrayList<>(dates);
    sorted.sort(java.util.Comparator.comparingInt(TimeMention::start));
    List<TimeMention> listed = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      TimeMention before = sorted.get(i - 1);
      TimeMention after = sorted.get(i);
      if (before.end() <= after.start()
          && !java.util.Objects.equals(before.value(), after.value())
          && LISTED.matcher(text.substring(before.end(), after.start())).matches()) {
        listed.add(before);
        listed.add(after);
      }
    }
    return listed;
  }

  private static Optional<Subject> subject(
      List<Subjects.Name> names, String text, Sentences.Span sentence, Found f) {
    List<Subjects.Name> fitting =
        names.stream()
            .filter(n -> f.kind().subjectTypes().contains(n.type()) && sentence.contains(n.start()))
            .toList();
    for (Subjects.Name n : fitting) {
      boolean governed =
          n.start() >= f.end() && GOVERNED.matcher(text.substring(f.end(), n.start())).matches();
      // "Ariane 6 décollera", and in apposition: "Webb, launched last December on…"
      boolean justBefore =
          n.end() <= f.start() && APPOSED.matcher(text.substring(n.end(), f.start())).matches();
      if (governed || justBefore) {
        return Optional.of(new Subject(n.text(), true));
      }
    }
    Subjects.Name best = null;
    int bestGap = Integer.MAX_VALUE;
    for (Subjects.Name n : fitting) {
      if (f.kind() != ClaimKind.VOTE_DATE
          && VENUE.matcher(text.substring(Math.max(0, n.start() - 12), n.start())).find()) {
        continue;
      }
      if (f.kind() == ClaimKind.LAUNCH_DATE
          && VEHICLE.matcher(text.substring(Math.max(0, n.start() - 24), n.start())).find()) {
        continue;
      }
      if (n.end() <= f.start()
          && SPEAKER
              .matcher(text.substring(n.end(), Math.min(f.start(), n.end() + 40)))
              .lookingAt()) {
        continue;
      }
      int gap = n.start() >= f.end() ? n.start() - f.end() : Math.max(0, f.start() - n.end());
      if (gap < bestGap) {
        best = n;
        bestGap = gap;
      }
    }
    for (boolean completed = best != null; completed; ) {
      completed = false;
      for (Subjects.Name n : fitting) {
        if (n.end() <= best.start()
            && COMPLEMENT.matcher(text.substring(n.end(), best.start())).matches()) {
          best = n;
          completed = true;
        }
      }
    }
    return Optional.ofNullable(best).map(n -> new Subject(n.text(), false));
  }
}
