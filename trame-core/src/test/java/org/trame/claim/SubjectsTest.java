package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.TestArticles;
import org.trame.analysis.Analysis;
import org.trame.analysis.EntityMention;
import org.trame.article.Article;
import org.trame.store.StoredArticle;

class SubjectsTest {

  /** An article whose title holds these names, as the tagger found them. */
  private static StoredArticle titled(String title, EntityMention... names) {
    Article a = TestArticles.article("a.txt", "2023-06", title, "Le film.");
    return new StoredArticle(a, new Analysis(List.of(names), List.of()), null, "s-1", "e-1", null);
  }

  private static Subjects.Name work(String name) {
    return new Subjects.Name(name, "WORK", 0, name.length());
  }

  @Test
  void aSagaItsFilmAndItsShortNamesAreOneSubjectButTwoSequelsAreTwo() {
    Subjects subjects =
        Subjects.of(
            List.of(
                work("Mission"),
                work("Mission"),
                work("Mission Impossible"),
                work("Mission : Impossible 7"),
                work("Mission Impossible 6")));
    // named by the name with a number, the most mentioned of those
    assertThat(subjects.canonical("Mission")).isEqualTo("Mission : Impossible 7");
    assertThat(subjects.canonical("mission impossible")).isEqualTo("Mission : Impossible 7");
    assertThat(subjects.canonical("Mission Impossible 6")).isEqualTo("Mission Impossible 6");
    // one word joins only as a name's start; an unseen name stands for itself
    assertThat(subjects.canonical("Impossible")).isEqualTo("Impossible");
    assertThat(subjects.mentions("Mission")).isEqualTo(4);
    assertThat(subjects.mentions("Fiat")).isZero();
  }

  @Test
  void twoNamesThatExtendOneShortNameDifferentlyAreTwoSubjects() {
    Subjects subjects =
        Subjects.of(
            List.of(
                work("Jeux"),
                work("Jeux"),
                work("Jeux"),
                work("Jeux olympiques"),
                work("Jeux paralympiques")));
    assertThat(subjects.canonical("Jeux olympiques")).isEqualTo("Jeux");
    assertThat(subjects.canonical("Jeux paralympiques")).isEqualTo("Jeux paralympiques");
    // the short name goes to the most named subject it fits
    assertThat(subjects.canonical("Jeux")).isEqualTo("Jeux");
    assertThat(subjects.mentions("Jeux paralympiques")).isEqualTo(1);
  }

  @Test
  void aTitleCutAtItsColonOrMissingItsNumberIsMadeWhole() {
    String title = "« Mission: Impossible 7 » repoussé";
    StoredArticle stored = titled(title, new EntityMention("Mission", "WORK", 2, 9));
    assertThat(Subjects.names(stored))
        .extracting(Subjects.Name::text)
        .containsExactly("Mission Impossible 7");
  }

  @Test
  void aTitleTakenFromAfterItsColonAndASubtitleAfterItsWorkNameThatWork() {
    String title = "« Mission: Impossible – Dead Reckoning Partie 1 » sort en juillet";
    int impossible = title.indexOf("Impossible");
    int dead = title.indexOf("Dead");
    StoredArticle stored =
        titled(
            title,
            new EntityMention("Impossible", "WORK", impossible, impossible + 10),
            new EntityMention("Dead Reckoning Partie", "WORK", dead, dead + 21));
    assertThat(Subjects.names(stored))
        .extracting(Subjects.Name::text)
        .containsExactly("Mission Impossible", "Mission Impossible");
    // another article may name the film by its subtitle alone
    assertThat(Subjects.read(stored).subtitles())
        .containsExactly(java.util.Map.entry("Dead Reckoning Partie 1", "Mission Impossible"));
  }
}
