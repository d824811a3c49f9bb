package org.trame.peers.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trame.clean.ProfileLanguageDetector;

/**
 * The profile written from lingua's models is one trame's detector reads and tells languages apart
 * with (3,000 trigrams a language, as shipped: with far fewer, most trigrams of a text are unknown
 * and the detector rightly says `und`).
 */
class LanguageProfileBuilderTest {

  @Test
  void sharesOfALanguagesTrigramsAddUpToOne() throws Exception {
    Map<String, Double> shares = LanguageProfileBuilder.trigramShares("fr");

    assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
    // "les" is far commoner in French than "kwz"
    assertThat(shares.get("les")).isGreaterThan(shares.getOrDefault("kwz", 0.0) * 100);
  }

  @Test
  void aProfileOfTwoLanguagesLoadsAndTellsThemApart() throws Exception {
    StringWriter written = new StringWriter();
    LanguageProfileBuilder.write(List.of("fr", "en"), 3000, new PrintWriter(written));
    String profile = written.toString();

    assertThat(profile.lines().filter(l -> l.startsWith("languages")))
        .containsExactly("languages\tfr\ten");
    assertThat(profile).contains("scripts/peer-bench language --write-profile");
    ProfileLanguageDetector detector =
        ProfileLanguageDetector.load(
            new ByteArrayInputStream(profile.getBytes(StandardCharsets.UTF_8)));
    assertThat(
            detector.detect("Les pompiers ont éteint le feu de forêt avant la tombée de la nuit."))
        .isEqualTo("fr");
    assertThat(detector.detect("Firefighters put out the forest fire before nightfall came down."))
        .isEqualTo("en");
  }
}
