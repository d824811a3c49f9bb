package org.trame.claim;

import java.util.Objects;
import org.trame.article.PublishedDate;

/**
 * The value of a claim: a date, a quantity, a name, or an actor in a part. Each kind of value says
 * how it compares with the value that stands, for the change marks of {@link ClaimHistory}: {@link
 * #restates} (the same value, or the same said less precisely) and {@link #refines} (a more precise
 * value inside the standing one). Any other difference is an update or a conflict, decided by when
 * it was said.
 */
public sealed interface Value permits Value.When, Value.Quantity, Value.Name, Value.Part {

  /** As the JSON and the command line write it: {@code 2023-07-12}, {@code 290000000 USD}. */
  String text();

  /** What sort of value, as written in JSON: {@code date}, {@code quantity}, {@code name}, … */
  String type();

  /** The precision of a date ({@code day}, {@code season}…), null for other values. */
  default String precision() {
    return null;
  }

  /**
   * What tells apart several claims of one kind about one subject that all stand at once: the
   * character of a cast claim (each part is its own claim, so a cast of ten never conflicts), the
   * post of a head (a chair and a chief executive are two people); empty for the others.
   */
  default String role() {
    return "";
  }

  /** Whether this value, said after {@code standing}, says it again (or less precisely). */
  boolean restates(Value standing);

  /** Whether this value lies inside {@code standing} and says more: summer 2023 → 14 July. */
  boolean refines(Value standing);

  /** A date at its own precision ({@code 2023-SU} is June to August 2023). */
  record When(PublishedDate date) implements Value {
    public When {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String text() {
      return ClaimDates.label(date);
    }

    @Override
    public String type() {
      return "date";
    }

    @Override
    public String precision() {
      return date.precision().label();
    }

    @Override
    public boolean restates(Value standing) {
      return standing instanceof When w
          && (ClaimDates.same(date, w.date()) || ClaimDates.within(w.date(), date));
    }

    @Override
    public boolean refines(Value standing) {
      return standing instanceof When w && ClaimDates.within(date, w.date());
    }
  }

  /**
   * A number: an age, a toll, a count, or an amount of money in a currency's units.
   *
   * @param amount the number, in units (290 million dollars is 290000000)
   * @param atLeast whether it was given as a floor ("au moins 12 morts", "at least 12")
   * @param unit an ISO 4217 currency code for money ({@code USD}, {@code EUR}), else null
   */
  record Quantity(long amount, boolean atLeast, String unit) implements Value {

    /** An exact number with no unit. */
    public static Quantity of(long amount) {
      return new Quantity(amount, false, null);
    }

    @Override
    public String text() {
      return (atLeast ? "≥" : "") + amount + (unit == null ? "" : " " + unit);
    }

    @Override
    public String type() {
      return unit == null ? "quantity" : "amount";
    }

    /**
     * The same number in the same unit. A floor said after the exact number ("au moins 12" after
     * "12") says it less precisely; an exact number after a different floor does not.
     */
    @Override
    public boolean restates(Value standing) {
      return standing instanceof Quantity q
          && q.amount() == amount
          && Objects.equals(q.unit(), unit)
          && (atLeast || !q.atLeast());
    }

    /**
     * Only the exact number after the same floor: "au moins 12", then "12". A higher floor or
     * number is a change (a toll rises: an update, or a conflict when said at the same time).
     */
    @Override
    public boolean refines(Value standing) {
      return standing instanceof Quantity q
          && q.atLeast()
          && !atLeast
          && q.amount() == amount
          && Objects.equals(q.unit(), unit);
    }
  }

  /**
   * A name: a person's (a director, a head) or a title.
   *
   * @param name as written, the entity's canonical name for a person
   * @param role see {@link Value#role}; empty when the kind needs none
   */
  record Name(String name, String role) implements Value {
    public Name {
      Objects.requireNonNull(name, "name");
      role = role == null ? "" : role;
    }

    public Name(String name) {
      this(name, "");
    }

    @Override
    public String text() {
      return name;
    }

    @Override
    public String type() {
      return "name";
    }

    /** The same words, case, accents and punctuation aside ("Mission: Impossible" is restated). */
    @Override
    public boolean restates(Value standing) {
      return standing instanceof Name n && Subjects.words(n.name()).equals(Subjects.words(name));
    }

    @Override
    public boolean refines(Value standing) {
      return false;
    }
  }

  /**
   * An actor in a part. Its {@link #role} is the character, so that each part is a claim of its
   * own: a cast is many values at once, and only a change of the actor of one part is an update (or
   * a conflict). Its text is the actor alone: the claim names the part ("cast (Ethan Hunt): Tom
   * Cruise"), and an arrow in a value would read as the arrow of a change.
   */
  record Part(String actor, String character) implements Value {
    public Part {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(character, "character");
    }

    @Override
    public String text() {
      return actor;
    }

    @Override
    public String type() {
      return "part";
    }

    @Override
    public String role() {
      return character;
    }

    @Override
    public boolean restates(Value standing) {
      return standing instanceof Part p
          && Subjects.words(p.actor()).equals(Subjects.words(actor))
          && Subjects.words(p.character()).equals(Subjects.words(character));
    }

    @Override
    public boolean refines(Value standing) {
      return false;
    }
  }
}
