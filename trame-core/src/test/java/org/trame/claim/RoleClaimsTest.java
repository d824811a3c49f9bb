package org.trame.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cast of several stands together; a new actor for one part is a change of that part only. */
class RoleClaimsTest {

  @Test
  void aCastIsOneClaimPerPartAndNeverConflictsWithItself() {
    StoryClaims claims = new StoryClaims(List.of(new Parts()));
    List<Claim> built =
        claims.build(
            List.of(
                Said.article(
                    "fr",
                    "2023-06-10",
                    "Dans le film, Tom Cruise incarne Ethan Hunt et Rebecca Ferguson joue Ilsa"
                        + " Faust.")));
    assertThat(built)
        .extracting(c -> c.current().text(), c -> c.values().get(0).change())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Tom Cruise", Change.FIRST),
            org.assertj.core.groups.Tuple.tuple("Rebecca Ferguson", Change.FIRST));
    assertThat(built)
        .extracting(c -> c.current().value().role())
        .containsExactlyInAnyOrder("Ethan Hunt", "Ilsa Faust");
  }
}
