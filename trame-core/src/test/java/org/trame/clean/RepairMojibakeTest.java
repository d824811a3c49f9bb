package org.trame.clean;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepairMojibakeTest {

  private final RepairMojibake repair = new RepairMojibake();

  private static String misdecoded(String text, Charset as) {
    return new String(text.getBytes(UTF_8), as);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "L’été dernier, à Noël, « c’est réglé » — 5 € pour un œuf… Ça coûte très cher.",
        "Où êtes-vous ? Déjà là ; ô joie, naïve Zoé, cœur brûlé, ÉTÉ À ÇA.",
        "Straße, señor, São Paulo, Kraków – ™ © °C.",
      })
  void utf8ReadAsWindows1252IsRepaired(String original) {
    assertThat(repair.clean(misdecoded(original, Charset.forName("windows-1252"))))
        .isEqualTo(original);
  }

  @Test
  void utf8ReadAsLatin1IsRepaired() {
    String original = "L’été, à Noël, 5 € : c’est réglé.";

    assertThat(repair.clean(misdecoded(original, ISO_8859_1))).isEqualTo(original);
  }

  @Test
  void textEncodedTwiceIsRepairedTwice() {
    Charset cp1252 = Charset.forName("windows-1252");
    String twice = misdecoded(misdecoded("Un été très réussi", cp1252), cp1252);

    assertThat(twice).contains("Ãƒ");
    assertThat(repair.clean(twice)).isEqualTo("Un été très réussi");
  }

  @Test
  void theCommonMarkersAreRepaired() {
    assertThat(repair.clean("Ã©tÃ©")).isEqualTo("été");
    assertThat(repair.clean("lâ€™Ã©cole")).isEqualTo("l’école");
    assertThat(repair.clean("Å“uvre")).isEqualTo("œuvre");
    assertThat(repair.clean("â€œouiâ€\u009D")).isEqualTo("“oui”");
  }

  @Test
  void anAWhoseNonBreakingSpaceWasLostIsRepairedInMojibakeText() {
    assertThat(repair.clean("Il est allÃ© Ã  Paris")).isEqualTo("Il est allé à Paris");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SÃO PAULO et MANAUÃ sont en capitales.",
        "Une famille portugaise : Ã  comme premier caractère.",
        "« Il est arrivé\u00A0» a-t-il dit\u00A0; « c’est fini\u00A0».",
        "Le prix : 10\u00A0€, ou 8\u00A0£ ; 20\u00A0°C à l’ombre.",
        "Déjà vu, naïf, Noël, cœur, ÉTÉ, À, Ç, ô, û, ï.",
        "Plain ASCII text stays as it is.",
      })
  void legitimateTextStaysAsItIs(String text) {
    assertThat(repair.clean(text)).isEqualTo(text);
  }
}
