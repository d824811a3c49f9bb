package org.trame.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkModelTest {

  @Test
  void writtenModelsReadBack() throws IOException {
    double[] w = new double[LinkFeatures.NAMES.size()];
    w[0] = -2;
    w[1] = 8;
    LinkModel m = new LinkModel(w, 0.3);

    Map<String, LinkModel> read =
        LinkModel.read(
            new ByteArrayInputStream(
                ("# comment\n" + m.write("story")).getBytes(StandardCharsets.UTF_8)));

    assertThat(read).containsOnlyKeys("story");
    assertThat(read.get("story").weights()).containsExactly(w);
    assertThat(read.get("story").threshold()).isEqualTo(0.3);
  }

  @Test
  void theMergeProbabilityIsWrittenAndReadBackAndNeverMergesByDefault() throws IOException {
    double[] w = new double[LinkFeatures.NAMES.size()];
    w[1] = 5;
    LinkModel plain = new LinkModel(w, 0.3);
    assertThat(plain.merges(0.99)).isFalse();
    assertThat(plain.write("story")).doesNotContain("merge");

    LinkModel merging = plain.mergingFrom(0.6);
    assertThat(merging.merges(0.6)).isTrue();
    assertThat(merging.merges(0.59)).isFalse();
    LinkModel read =
        LinkModel.read(
                new ByteArrayInputStream(merging.write("story").getBytes(StandardCharsets.UTF_8)))
            .get("story");
    assertThat(read).isEqualTo(merging);
    assertThat(read.merge()).isEqualTo(0.6);
  }

  @Test
  void probabilityIsTheLogisticOfTheScore() {
    double[] w = new double[LinkFeatures.NAMES.size()];
    w[0] = -2;
    w[1] = 4;
    LinkModel m = new LinkModel(w, 0.5);
    double[] x = new double[w.length];
    x[0] = 1;
    x[1] = 0.5;

    assertThat(m.probability(x)).isCloseTo(0.5, within(1e-12));
    x[1] = 1;
    assertThat(m.probability(x)).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-12));
  }

  @Test
  void unknownFeaturesAreRefused() {
    assertThatThrownBy(() ->
            LinkModel.read(
                new ByteArrayInputStream("story\tshoe_size\t1\n".getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("shoe_size");
  }

  @Test
  void theShippedModelsCoverBothLevels() {
    Map<String, LinkModel> shipped = LinkModel.standard();

    assertThat(shipped).containsKeys("story", "event");
    assertThat(shipped.get("story").threshold()).isBetween(0.0, 1.0);
  }
}
