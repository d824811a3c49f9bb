package org.trame.analysis.time;

import java.util.regex.Pattern;

/**
 * Whether the words right before a temporal expression deny it: "ne sortira pas le 30 septembre",
 * "n'aura pas lieu en 2022", "will not launch on Friday". Nothing happens on a denied date, so
 * neither a claim nor a timeline entry stands on it.
 */
public final class Negation {

  private static final Pattern DENIED =
      Pattern.compile(
          "(?iuU)\\b(?:pas|plus|not|no\\s+longer)\\s+(?:lieu\\s+|place\\s+)?"
              + "(?:(?:en|le|la|l['’]|au|à|in|on)\\s*)?$");

  private Negation() {}

  /**
   * @param before the text that ends where the expression begins
   */
  public static boolean denies(String before) {
    return DENIED.matcher(before.substring(Math.max(0, before.length() - 30))).find();
  }
}
