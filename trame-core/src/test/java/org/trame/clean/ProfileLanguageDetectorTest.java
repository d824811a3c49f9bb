package org.trame.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileLanguageDetectorTest {

  private final LanguageDetector detector = ProfileLanguageDetector.standard();

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | La mairie a voté hier soir le budget du nouveau port, après trois heures de débat"
            + " entre les élus de la majorité et ceux de l'opposition.",
        "en | The town council approved the budget for the new harbour last night, after a"
            + " three-hour debate between the majority and the opposition.",
        "es | El ayuntamiento aprobó anoche el presupuesto del nuevo puerto, tras tres horas de"
            + " debate entre los concejales de la mayoría y los de la oposición.",
        "it | Il consiglio comunale ha approvato ieri sera il bilancio del nuovo porto, dopo tre"
            + " ore di dibattito tra la maggioranza e l'opposizione.",
        "de | Der Stadtrat hat gestern Abend den Haushalt für den neuen Hafen beschlossen, nach"
            + " einer dreistündigen Debatte zwischen Mehrheit und Opposition.",
        "pt | A câmara municipal aprovou ontem à noite o orçamento do novo porto, depois de três"
            + " horas de debate entre a maioria e a oposição.",
        "nl | De gemeenteraad heeft gisteravond de begroting voor de nieuwe haven goedgekeurd,"
            + " na een debat van drie uur tussen de meerderheid en de oppositie.",
      })
  void tellsEachLanguageFromASentence(String language, String sentence) {
    assertThat(detector.detect(sentence)).isEqualTo(language);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "fr | Le port rouvre ses quais aux pêcheurs",
        "en | The harbour reopens its quays to fishermen",
        "es | El puerto vuelve a abrir sus muelles a los pescadores",
        "it | Il porto riapre le banchine ai pescatori",
        "de | Der Hafen öffnet seine Kais wieder für die Fischer",
        "pt | O porto reabre os seus cais aos pescadores",
        "nl | De haven opent haar kades weer voor de vissers",
      })
  void tellsEachLanguageFromAHeadline(String language, String headline) {
    assertThat(detector.detect(headline)).isEqualTo(language);
  }

  @Test
  void aFrenchArticleQuotingEnglishStaysFrench() {
    String article =
        "Le ministre britannique est arrivé lundi à Calais pour visiter le nouveau centre"
            + " d'accueil. Devant la presse, il a déclaré : « We are working closely with our"
            + " French partners and we will keep doing so. » Les associations présentes sur"
            + " place ont rappelé que les conditions d'hébergement restent difficiles, et que"
            + " plusieurs familles attendent depuis des semaines une réponse de la préfecture."
            + " La visite s'est terminée en fin d'après-midi par une rencontre avec le maire.";
    assertThat(detector.detect(article)).isEqualTo("fr");
  }

  @Test
  void otherLatinLanguagesOfTheProfileAreNamedNotMistaken() {
    assertThat(
            detector.detect(
                "Wczoraj wieczorem rada miasta przyjęła budżet nowego portu po trzech godzinach"
                    + " dyskusji."))
        .isEqualTo("pl");
    assertThat(
            detector.detect(
                "Kommunfullmäktige antog i går kväll budgeten för den nya hamnen efter tre timmars"
                    + " debatt."))
        .isEqualTo("sv");
  }

  @Test
  void aLatinLanguageNoProfileKnowsIsUndetermined() {
    assertThat(
            detector.detect(
                "Hội đồng thành phố đã thông qua ngân sách cho bến cảng mới vào tối hôm qua sau"
                    + " ba giờ tranh luận."))
        .isEqualTo(LanguageDetector.UNDETERMINED);
  }

  @Test
  void otherScriptsAreToldByTheirLetters() {
    assertThat(detector.detect("市议会昨晚在三个小时的辩论后通过了新港口的预算。")).isEqualTo("zh");
    assertThat(detector.detect("市議会は昨夜、三時間の議論の末に新しい港の予算を承認した。")).isEqualTo("ja");
    assertThat(
            detector.detect(
                "وافق المجلس البلدي مساء أمس على ميزانية الميناء الجديد بعد نقاش طويل."))
        .isEqualTo("ar");
    assertThat(detector.detect("Вчера вечером городской совет утвердил бюджет нового порта."))
        .isEqualTo("ru");
    assertThat(
            detector.detect("Το δημοτικό συμβούλιο ενέκρινε χθες τον προϋπολογισμό του λιμανιού."))
        .isEqualTo("el");
  }

  @Test
  void tooLittleTextSaysNothing() {
    assertThat(detector.detect("")).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(detector.detect("12 34 56 — 2023")).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(detector.detect("OK")).isEqualTo(LanguageDetector.UNDETERMINED);
  }

  @Test
  void itKnowsTheLanguagesTrameIsAskedForAndMore() {
    assertThat(detector.languages()).contains("fr", "en", "es", "it", "de", "pt", "nl");
  }

  @Test
  void aBrokenProfileIsRefusedWithTheLine() {
    String profile = "languages\tfr\ten\nfloor\t-10\t-10\nabc\t-5\n";
    assertThatThrownBy(() ->
            ProfileLanguageDetector.load(
                new ByteArrayInputStream(profile.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 3");
  }

  @Test
  void aSmallProfileIsEnoughToTellItsLanguages() throws IOException {
    String profile = "languages\tfr\ten\nfloor\t-9\t-9\nthe\t\t-3\nles\t-3\t\n";
    LanguageDetector two =
        ProfileLanguageDetector.load(
            new ByteArrayInputStream(profile.getBytes(StandardCharsets.UTF_8)));
    assertThat(two.detect("Les chiens")).isEqualTo("fr");
    assertThat(two.detect("The dogs")).isEqualTo("en");
  }
}
