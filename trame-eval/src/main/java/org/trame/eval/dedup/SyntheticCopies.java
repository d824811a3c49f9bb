package org.trame.eval.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.trame.article.RawArticle;

/**
 * Near-copies made from real articles, the ways copies happen: a few words edited, the end cut, a
 * new headline, the sentences reordered, site boilerplate added. Seeded: the same seed and articles
 * always make the same copies.
 */
public final class SyntheticCopies {

  /** How a copy differs from its original. */
  public enum Kind {
    EDITED_10("edited 10%"),
    EDITED_20("edited 20%"),
    TRUNCATED("truncated 30-50%"),
    RE_HEADLINED("new headline"),
    REORDERED("sentences reordered"),
    BOILERPLATE("boilerplate added");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A made copy and the article it copies. */
  public record Copy(RawArticle article, String originalId, Kind kind) {}

  /** Lines a site adds around what it republishes; written for this harness. */
  private static final List<String> BOILERPLATE =
      List.of(
          "Publié par la rédaction. Reproduction interdite sans autorisation.",
          "Recevez chaque matin l'essentiel de l'actualité : inscrivez-vous à notre lettre.",
          "Partager sur les réseaux sociaux ou envoyer par courriel à un proche.",
          "À lire aussi sur notre site : toutes les informations de la rubrique.",
          "Vous avez aimé cet article ? Donnez-nous votre avis dans les commentaires.",
          "Photo d'illustration, tirée de nos archives.");

  private final Random random;
  private final List<String> vocabulary;
  private final List<String> headlines;

  /**
   * @param vocabulary words that edits put in (taken from other articles)
   * @param headlines titles that a new headline is drawn from
   */
  public SyntheticCopies(long seed, List<String> vocabulary, List<String> headlines) {
    if (vocabulary.isEmpty() || headlines.isEmpty()) {
      throw new IllegalArgumentException("copies need words and headlines to draw from");
    }
    this.random = new Random(seed);
    this.vocabulary = vocabulary;
    this.headlines = headlines;
  }

  public Copy make(RawArticle original, Kind kind) {
    String title = original.title();
    String text = original.text();
    switch (kind) {
      case EDITED_10 -> text = edit(text, 0.10);
      case EDITED_20 -> text = edit(text, 0.20);
      case TRUNCATED -> text = truncate(text, 0.30 + 0.20 * random.nextDouble());
      case RE_HEADLINED -> title = headlines.get(random.nextInt(headlines.size()));
      case REORDERED -> text = reorder(text);
      case BOILERPLATE -> text = addBoilerplate(text);
    }
    RawArticle copy =
        new RawArticle(
            "copy/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + original.id(),
            "synthetic",
            null,
            title,
            null,
            text,
            null,
            original.language(),
            "synthetic copy of " + original.id());
    return new Copy(copy, original.id(), kind);
  }

  /** Each word, with probability {@code rate}, replaced, preceded by a new word, or deleted. */
  private String edit(String text, double rate) {
    List<String> out = new ArrayList<>();
    for (String word : text.split(" ")) {
      if (random.nextDouble() >= rate) {
        out.add(word);
        continue;
      }
      switch (random.nextInt(3)) {
        case 0 -> out.add(word());
        case 1 -> {
          out.add(word());
          out.add(word);
        }
        default -> {}
      }
    }
    return String.join(" ", out);
  }

  private String word() {
    return vocabulary.get(random.nextInt(vocabulary.size()));
  }

  private static String truncate(String text, double cut) {
    String[] words = text.split(" ");
    int keep = Math.max(1, (int) Math.round(words.length * (1 - cut)));
    return String.join(" ", Arrays.copyOf(words, keep));
  }

  private String reorder(String text) {
    List<String> sentences =
        new ArrayList<>(Arrays.asList(text.split("(?<=[.!?])\\s*(?=[\\p{Lu}«\"])")));
    if (sentences.size() < 2) {
      return text;
    }
    List<String> before = List.copyOf(sentences);
    for (int tries = 0; tries < 5 && sentences.equals(before); tries++) {
      Collections.shuffle(sentences, random);
    }
    return String.join(" ", sentences);
  }

  private String addBoilerplate(String text) {
    List<String> lines = new ArrayList<>(BOILERPLATE);
    Collections.shuffle(lines, random);
    int head = 1 + random.nextInt(2);
    int tail = 2 + random.nextInt(2);
    return String.join("\n", lines.subList(0, head))
        + "\n\n"
        + text
        + "\n\n"
        + String.join("\n", lines.subList(head, head + tail));
  }
}
