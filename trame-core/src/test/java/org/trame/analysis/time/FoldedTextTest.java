package org.trame.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FoldedTextTest {

  @Test
  void lowerCasesCharByCharKeepingOffsets() {
    assertThat(FoldedText.lowerCase("Le MARDI 3 Août")).isEqualTo("le mardi 3 août");
  }

  @Test
  void refusesTextWhoseCharactersFoldOtherwiseThanTheyLowerCase() {
    // long s folds to "s" under case-insensitive matching, but lower-cases to itself
    assertThat(FoldedText.lowerCase("Pariſ")).isNull();
  }

  @Test
  void lowerCasesLiteralsButNotEscapesOrGroupNames() {
    Pattern p = FoldedText.caseSensitive("(?iu)(?<![\\p{L}\\p{N}])(?<Wd>LUNDI|Mardi)\\s+\\S\\d");
    assertThat(p).isNotNull();
    assertThat(p.pattern()).isEqualTo("(?<![\\p{L}\\p{N}])(?<Wd>lundi|mardi)\\s+\\S\\d");
  }

  @Test
  void matchesInTheLowerCasedTextWhatTheCaseInsensitivePatternMatchesInTheText() {
    String regex = "(?iu)(?<!\\p{L})(?:[Ée]T[ée]|Noël)\\s+(?<y>\\d{4})";
    String text = "Cet ÉTÉ 2021, puis à NOËL 2022 et l'Eté 1999.";
    Pattern original = Pattern.compile(regex);
    Pattern folded = FoldedText.caseSensitive(regex);
    var a = original.matcher(text).results().map(r -> r.start() + "-" + r.end()).toList();
    var b =
        folded.matcher(FoldedText.lowerCase(text)).results().map(r -> r.start() + "-" + r.end());
    assertThat(b.toList()).isEqualTo(a).hasSize(3);
  }

  @Test
  void leavesPatternsThatTellCaseAlone() {
    assertThat(FoldedText.caseSensitive("(?u)May\\s+\\d")).isNull();
    assertThat(FoldedText.caseSensitive("(?iu)weekly|(?-i:daily)")).isNull();
    assertThat(FoldedText.caseSensitive("(?iu)[A-Z]+")).isNull();
  }
}
