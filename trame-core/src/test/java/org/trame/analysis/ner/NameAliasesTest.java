package org.trame.analysis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameAliasesTest {

  private final NameAliases aliases = NameAliases.standard();

  @Test
  void frenchAndEnglishNamesOfACountryAreOneName() {
    assertThat(aliases.key("Norway")).isEqualTo(aliases.key("Norvège")).isEqualTo("norvege");
    assertThat(aliases.key("United States")).isEqualTo(aliases.key("États-Unis"));
    assertThat(aliases.key("U.S.")).isEqualTo(aliases.key("USA"));
    assertThat(aliases.key("French Guiana")).isEqualTo(aliases.key("Guyane"));
  }

  @Test
  void organisationsAndTheirAcronymsAreOneName() {
    assertThat(aliases.key("European Space Agency"))
        .isEqualTo(aliases.key("Agence spatiale européenne"))
        .isEqualTo(aliases.key("ESA"));
    assertThat(aliases.key("OTAN")).isEqualTo(aliases.key("NATO"));
  }

  @Test
  void aNameNoListPairsIsItselfFolded() {
    assertThat(aliases.key("Ingrid Bétancourt")).isEqualTo("ingrid betancourt");
    assertThat(aliases.key("Norvège")).isNotEqualTo(aliases.key("Suède"));
  }

  @Test
  void groupsSharingANameJoin() {
    NameAliases joined = new NameAliases(List.of("# comment", "A\tB", "C\tD", "B\tC"));
    assertThat(joined.key("d")).isEqualTo(joined.key("A")).isEqualTo("a");
  }
}
