package org.trame.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A first, untyped entity tagger: runs of capitalized words ("Tom Cruise", "Christopher McQuarrie",
 * "Paramount Pictures"), joined by the particles of French and English names. Single capitalized
 * words count only inside a sentence, where capitals mean names. Types are MISC: a real typed
 * tagger replaces this stage.
 */
public final class CapitalizedNameTagger implements EntityTagger {

  private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*[\\p{L}\\p{N}]|\\p{Lu}";
  private static final Pattern RUN =
      Pattern.compile(
          "(?:" + WORD + ")(?:\\s+(?:(?:de|du|des|la|le|von|van|of|d'|d’)\\s*)?(?:" + WORD + "))*");

  private static final Set<String> NOT_NAMES =
      Set.of(
          "Le",
          "La",
          "Les",
          "L",
          "Un",
          "Une",
          "Des",
          "Du",
          "De",
          "Ce",
          "Cet",
          "Cette",
          "Ces",
          "Il",
          "Elle",
          "Ils",
          "Elles",
          "On",
          "Nous",
          "Vous",
          "Je",
          "Mais",
          "Et",
          "Ou",
          "Pour",
          "Dans",
          "Après",
          "Avant",
          "Selon",
          "Avec",
          "En",
          "Au",
          "Aux",
          "Sur",
          "Si",
          "Car",
          "Quand",
          "Comme",
          "Lors",
          "Alors",
          "Depuis",
          "Pas",
          "Plus",
          "Tout",
          "Tous",
          "Son",
          "Sa",
          "Ses",
          "Leur",
          "Leurs",
          "Mon",
          "Ma",
          "C",
          "Qui",
          "Que",
          "Quoi",
          "The",
          "A",
          "An",
          "In",
          "At",
          "He",
          "She",
          "It",
          "They",
          "We",
          "This",
          "That",
          "But",
          "And",
          "Or",
          "For",
          "After",
          "Before",
          "With",
          "Its",
          "His",
          "Her",
          "Their",
          "As",
          "By",
          "From",
          "Lundi",
          "Mardi",
          "Mercredi",
          "Jeudi",
          "Vendredi",
          "Samedi",
          "Dimanche",
          "Monday",
          "Tuesday",
          "Wednesday",
          "Thursday",
          "Friday",
          "Saturday",
          "Sunday",
          "Ainsi",
          "Enfin",
          "Aussi",
          "Déjà",
          "Vidéo");

  @Override
  public List<EntityMention> tag(String text) {
    List<EntityMention> mentions = new ArrayList<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String surface = text.substring(start, end);
      // a leading function word ("Le Monde" aside) is dropped: "Mais Tom Cruise" -> "Tom Cruise"
      int space = surface.indexOf(' ');
      if (space > 0 && NOT_NAMES.contains(surface.substring(0, space))) {
        start += space + 1;
        surface = text.substring(start, end);
      }
      surface = surface.strip();
      if (surface.length() < 2 || NOT_NAMES.contains(surface)) {
        continue;
      }
      boolean multiWord = surface.indexOf(' ') > 0;
      if (!multiWord && startsSentence(text, start)) {
        continue;
      }
      mentions.add(new EntityMention(surface, "MISC", start, start + surface.length()));
    }
    return mentions;
  }

  private static boolean startsSentence(String text, int start) {
    for (int i = start - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '«' || c == '"' || c == '“' || c == '(') {
        continue;
      }
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '\n';
    }
    return true;
  }
}
