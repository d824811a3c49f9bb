package org.trame.analysis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.trame.analysis.TimeMention;
import org.trame.article.PublishedDate;

class RuleTimeTaggerTest {

  /** A Wednesday. */
  private static final PublishedDate WEDNESDAY = PublishedDate.parse("2023-06-14");

  private static final PublishedDate JUNE = PublishedDate.parse("2023-06");
  private static final PublishedDate DECEMBER_2022 = PublishedDate.parse("2022-12");

  private final RuleTimeTagger tagger = new RuleTimeTagger();

  /** Tags {@code text} and checks every mention's span covers its surface text exactly. */
  private List<TimeMention> tag(String text, PublishedDate published) {
    List<TimeMention> found = tagger.tag(text, published);
    assertThat(found)
        .allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    for (int i = 1; i < found.size(); i++) {
      assertThat(found.get(i).start()).isGreaterThanOrEqualTo(found.get(i - 1).end());
    }
    return found;
  }

  /** The single mention found in {@code text}. */
  private TimeMention only(String text, PublishedDate published) {
    List<TimeMention> found = tag(text, published);
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  private static void is(TimeMention t, String text, String type, String value) {
    assertThat(t.text()).isEqualTo(text);
    assertThat(t.type()).isEqualTo(type);
    assertThat(t.value()).isEqualTo(value);
  }

  @Nested
  class SpanishAndItalian {

    @Test
    void aSpanishDateWithItsYear() {
      is(
          only("Las protestas empezaron el 25 de enero de 2011 en El Cairo.", WEDNESDAY),
          "el 25 de enero de 2011",
          "DATE",
          "2011-01-25");
    }

    @Test
    void aSpanishDayWithoutYearIsTheNearestOne() {
      is(
          only("La votación se celebró el 3 de mayo.", WEDNESDAY),
          "el 3 de mayo",
          "DATE",
          "2023-05-03");
    }

    @Test
    void aBareDayMoreThanASeasonAheadIsTheOneGoneBy() {
      PublishedDate august = PublishedDate.day(java.time.LocalDate.of(2023, 8, 22));
      // a chronology written in August: January is the one just past, not the next
      is(
          only("Cronología: el 16 de enero empezaron las protestas.", august),
          "el 16 de enero",
          "DATE",
          "2023-01-16");
      // within a season ahead, the coming day
      is(
          only("Las elecciones serán el 10 de octubre.", august),
          "el 10 de octubre",
          "DATE",
          "2023-10-10");
      // further ahead, told in the future tense of a -dre or -oir verb: the coming one still
      PublishedDate april = PublishedDate.day(java.time.LocalDate.of(2024, 4, 2));
      assertThat(only("La cérémonie se tiendra le 26 juillet.", april).value())
          .isEqualTo("2024-07-26");
      assertThat(only("On verra le 14 septembre si la course a lieu.", april).value())
          .isEqualTo("2024-09-14");
      // a noun that ends like a French future is no future: "guerra", "squadra"
      assertThat(only("La guerra della squadra finì il 16 gennaio.", august).value())
          .isEqualTo("2023-01-16");
    }

    @Test
    void aSpanishDayAndMonthWithoutDe() {
      is(
          only("- 14 enero: nuevo ataque en la frontera.", WEDNESDAY),
          "14 enero",
          "DATE",
          "2023-01-14");
    }

    @Test
    void pastAndNextBeforeOrAfterTheDay() {
      is(
          only("Lo anunció el pasado 20 de junio.", WEDNESDAY),
          "el pasado 20 de junio",
          "DATE",
          "2022-06-20");
      is(
          only("Votarán el próximo 3 de mayo.", WEDNESDAY),
          "el próximo 3 de mayo",
          "DATE",
          "2024-05-03");
      is(
          only("Lo ha detto lo scorso 20 giugno.", WEDNESDAY),
          "lo scorso 20 giugno",
          "DATE",
          "2022-06-20");
      is(
          only("Lo ha detto il 20 giugno scorso a Roma.", WEDNESDAY),
          "il 20 giugno scorso",
          "DATE",
          "2022-06-20");
    }

    @Test
    void aMonthOfAYear() {
      is(only("Desde marzo de 2012 no hay tregua.", WEDNESDAY), "marzo de 2012", "DATE", "2012-03");
      is(only("Il conflitto è iniziato a marzo 2011.", WEDNESDAY), "marzo 2011", "DATE", "2011-03");
    }

    @Test
    void italianDates() {
      is(
          only("La manifestazione del 3 maggio 2011 a Sana'a.", WEDNESDAY),
          "3 maggio 2011",
          "DATE",
          "2011-05-03");
      is(
          only("Il presidente ha parlato il 12 marzo.", WEDNESDAY),
          "il 12 marzo",
          "DATE",
          "2023-03-12");
    }

    @Test
    void weekdaysAndYesterdayAreDaysBeforePublication() {
      // 2023-06-14 is a Wednesday: the Monday just past, and the day before
      is(only("El lunes hubo disturbios.", WEDNESDAY), "El lunes", "DATE", "2023-06-12");
      is(only("Lunedì ci sono stati scontri.", WEDNESDAY), "Lunedì", "DATE", "2023-06-12");
      is(only("Ayer murieron diez personas.", WEDNESDAY), "Ayer", "DATE", "2023-06-13");
      is(only("Ieri sono morte dieci persone.", WEDNESDAY), "Ieri", "DATE", "2023-06-13");
    }

    @Test
    void frenchWordsAreNotTakenForThem() {
      // "mars" is French, "marzo" is not; "hier" stays French
      assertThat(tag("Il est venu en mars et reparti hier.", WEDNESDAY))
          .extracting(TimeMention::value)
          .containsExactly("2023-03", "2023-06-13");
    }
  }

  @Nested
  class CalendarDates {

    @Test
    void aFullFrenchDateTakesItsArticle() {
      String text = "La première a eu lieu le 12 juillet 2023 à Lyon.";
      TimeMention t = only(text, DECEMBER_2022);
      is(t, "le 12 juillet 2023", "DATE", "2023-07-12");
      assertThat(t.start()).isEqualTo(text.indexOf("le 12"));
    }

    @Test
    void theWeekdayIsPartOfTheDate() {
      is(
          only("Les portes ouvriront le samedi 17 juin, dès l'aube.", WEDNESDAY),
          "le samedi 17 juin",
          "DATE",
          "2023-06-17");
    }

    @Test
    void aLinkingPrepositionIsNot() {
      is(
          only("Les travaux dureront du 3 juillet jusqu'à la rentrée.", WEDNESDAY),
          "3 juillet",
          "DATE",
          "2023-07-03");
    }

    @Test
    void aDayWithoutYearTakesTheYearOfAMonthPublication() {
      is(
          only("Le film sort ce lundi 19 décembre dans toutes les salles.", DECEMBER_2022),
          "ce lundi 19 décembre",
          "DATE",
          "2022-12-19");
    }

    @Test
    void aPastDayTakesTheYearNearestTheDayOfPublication() {
      is(
          only(
              "Les décors sont montés depuis le 15 décembre dernier.",
              PublishedDate.parse("2022-12-19")),
          "le 15 décembre dernier",
          "DATE",
          "2022-12-15");
      // "dernier" forbids the future: in early January, last December
      assertThat(
              only("Il avait signé le 28 décembre dernier.", PublishedDate.parse("2023-01-03"))
                  .value())
          .isEqualTo("2022-12-28");
    }

    @Test
    void aDayEarlyInTheYearAfterADecemberPublicationFallsInTheNextYear() {
      assertThat(only("Sortie prévue le 4 janvier.", DECEMBER_2022).value())
          .isEqualTo("2023-01-04");
    }

    @Test
    void theFirstOfTheMonth() {
      is(
          only("La fête aura lieu le 1er mai comme de coutume.", PublishedDate.parse("2021-04-20")),
          "le 1er mai",
          "DATE",
          "2021-05-01");
    }

    @Test
    void withoutAnchorAYearlessDateHasAnUnknownYear() {
      assertThat(only("Rendez-vous le 8 août pour la suite.", null).value())
          .isEqualTo("XXXX-08-08");
      assertThat(only("Rendez-vous le 8 août.", PublishedDate.parse("2022")).value())
          .isEqualTo("XXXX-08-08");
    }

    @Test
    void englishDates() {
      is(
          only("The sequel opens on July 14, 2023 in most countries.", DECEMBER_2022),
          "July 14, 2023",
          "DATE",
          "2023-07-14");
      assertThat(only("Filming ended on 3 March 2021.", null).value()).isEqualTo("2021-03-03");
      // tokenized text, a space before the comma
      assertThat(only("Results come on October 5 , 2013 , officials said.", null).value())
          .isEqualTo("2013-10-05");
      assertThat(tag("The fire started at about 2045 GMT on the roof.", null)).isEmpty();
      assertThat(only("It may rain, but the vote is on May 2.", WEDNESDAY).value())
          .isEqualTo("2023-05-02");
    }

    @Test
    void numericDates() {
      is(
          only("Date limite : 12/07/2023, sans exception.", null),
          "12/07/2023",
          "DATE",
          "2023-07-12");
      assertThat(only("Published 2021-03-04 by the agency.", null).value()).isEqualTo("2021-03-04");
      assertThat(tag("Le formulaire indiquait 31/02/2020 par erreur.", WEDNESDAY)).isEmpty();
    }

    @Test
    void aStreetNamedAfterADateIsNotOne() {
      assertThat(tag("Le magasin de la rue du 11 novembre 1918 ferme.", WEDNESDAY)).isEmpty();
    }

    @Test
    void impossibleDaysAreNotDates() {
      assertThat(tag("Le 31 juin n'existe pas.", null)).isEmpty();
    }

    @Test
    void twoDaysOfOneMonth() {
      List<TimeMention> found = tag("Les scrutins auront lieu les 8 et 15 octobre.", WEDNESDAY);
      assertThat(found).extracting(TimeMention::text).containsExactly("les 8", "15 octobre");
      assertThat(found).extracting(TimeMention::value).containsExactly("2023-10-08", "2023-10-15");
    }
  }

  @Nested
  class MonthsYearsSeasons {

    @Test
    void aYearThatEndsANameIsNoDate() {
      assertThat(tagger.tag("Les Jeux olympiques de Paris 2024 ont vécu.", WEDNESDAY)).isEmpty();
      assertThat(tagger.tag("Il a remporté l'Euro 2016 avec son équipe.", WEDNESDAY)).isEmpty();
      assertThat(tagger.tag("JO 2024 : la maire s'est baignée dans la Seine", WEDNESDAY)).isEmpty();
      is(only("EN 2011 MURIERON MILES", WEDNESDAY), "2011", "DATE", "2011");
      // a month, a season, a holiday, or the first word of a sentence may come before a year
      is(only("Les dons affluent depuis Noël 2021.", WEDNESDAY), "2021", "DATE", "2021");
      is(only("Les dons affluent depuis Pentecôte 2021.", WEDNESDAY), "2021", "DATE", "2021");
      assertThat(tagger.tag("Sales fell after Jan 2021.", WEDNESDAY)).isNotEmpty();
      is(only("The plant closed in March 2021.", WEDNESDAY), "March 2021", "DATE", "2021-03");
      is(only("Fin 2024, le pont sera ouvert.", WEDNESDAY), "Fin 2024", "DATE", "2024");
      is(only("Le club a gagné en 2019.", WEDNESDAY), "2019", "DATE", "2019");
    }

    @Test
    void aMonthAndYear() {
      is(
          only("Le tournage avait commencé en septembre 2020, avant la pandémie.", WEDNESDAY),
          "septembre 2020",
          "DATE",
          "2020-09");
      is(
          only("Les fouilles reprendront fin mars 2024.", WEDNESDAY),
          "fin mars 2024",
          "DATE",
          "2024-03");
    }

    @Test
    void aMonthAloneLeavesOutItsPreposition() {
      is(only("Le chantier a démarré en février.", WEDNESDAY), "février", "DATE", "2023-02");
      // spoken of in the future: the coming one
      assertThat(only("Le musée rouvrira en février.", WEDNESDAY).value()).isEqualTo("2024-02");
      is(
          only("Il a été élu en novembre dernier.", WEDNESDAY),
          "novembre dernier",
          "DATE",
          "2022-11");
      assertThat(only("La décision tombera début octobre.", JUNE).text())
          .isEqualTo("début octobre");
    }

    @Test
    void aYearNeedsToLookLikeOne() {
      is(only("Le projet dort dans un tiroir depuis 2019.", null), "2019", "DATE", "2019");
      assertThat(tag("Il a tourné 2019 plans et 12 scènes.", WEDNESDAY)).isEmpty();
      assertThat(tag("La commune compte 1500 habitants.", WEDNESDAY)).isEmpty();
    }

    @Test
    void seasons() {
      is(only("Le festival revient l'été 2024.", WEDNESDAY), "l'été 2024", "DATE", "2024-SU");
      is(
          only("Les travaux commenceront cet automne.", WEDNESDAY),
          "cet automne",
          "DATE",
          "2023-FA");
      is(only("On y va en hiver.", WEDNESDAY), "hiver", "DATE", "XXXX-WI");
      assertThat(tag("Le stade a été rénové.", WEDNESDAY)).isEmpty();
    }

    @Test
    void decadesAndCenturies() {
      is(only("Un style né dans les années 80.", WEDNESDAY), "les années 80", "DATE", "198X");
      is(only("Une ferme du XVIIIe siècle.", WEDNESDAY), "XVIIIe siècle", "DATE", "17XX");
      is(only("A sound from the 1960s.", WEDNESDAY), "the 1960s", "DATE", "196X");
    }
  }

  @Nested
  class QuartersAndHalves {

    @Test
    void anOrdinalQuarterOrHalfOfAYear() {
      is(
          only("Le chiffre d'affaires a reculé le deuxième trimestre 2022.", WEDNESDAY),
          "le deuxième trimestre 2022",
          "DATE",
          "2022-Q2");
      is(
          only("Le 3e trimestre de 2021 a pesé sur les comptes.", WEDNESDAY),
          "Le 3e trimestre de 2021",
          "DATE",
          "2021-Q3");
      // "au" links, as before a season
      is(
          only("Les ventes ont progressé au premier semestre 2023.", WEDNESDAY),
          "premier semestre 2023",
          "DATE",
          "2023-H1");
      is(
          only("Le chômage a baissé au second semestre 2021.", WEDNESDAY),
          "second semestre 2021",
          "DATE",
          "2021-H2");
      assertThat(only("La marge a fondu au 4e trimestre 2020.", WEDNESDAY).value())
          .isEqualTo("2020-Q4");
    }

    @Test
    void theLastQuarterOrHalfOfAYearIsTheFourthOrTheSecond() {
      is(
          only("La croissance a ralenti au dernier trimestre 2023.", WEDNESDAY),
          "dernier trimestre 2023",
          "DATE",
          "2023-Q4");
      assertThat(only("Le dernier semestre de 2022 fut rude.", WEDNESDAY).value())
          .isEqualTo("2022-H2");
    }

    @Test
    void aQuarterOfAYearNamedFromThePublication() {
      is(
          only("Les travaux commenceront au premier trimestre de l'année prochaine.", WEDNESDAY),
          "premier trimestre de l'année prochaine",
          "DATE",
          "2024-Q1");
      is(
          only("Le groupe vise l'équilibre au quatrième trimestre de cette année.", WEDNESDAY),
          "quatrième trimestre de cette année",
          "DATE",
          "2023-Q4");
      assertThat(
              only("Les ventes ont chuté au deuxième trimestre de l'an dernier.", WEDNESDAY)
                  .value())
          .isEqualTo("2022-Q2");
    }

    @Test
    void withoutAYearTheQuarterIsOfThePublicationYear() {
      is(
          only("Le bénéfice a doublé au premier trimestre.", WEDNESDAY),
          "premier trimestre",
          "DATE",
          "2023-Q1");
      assertThat(only("Le bénéfice a doublé au premier trimestre.", null).value()).isNull();
    }

    @Test
    void theLastQuarterWithoutAYearIsLeftUntagged() {
      // mostly the latest quarter reported, which need not be the fourth
      assertThat(tag("Le PIB a reculé au dernier trimestre.", WEDNESDAY)).isEmpty();
      assertThat(tag("Les ventes ont fléchi au dernier semestre.", WEDNESDAY)).isEmpty();
      // a quarter of something else than the year
      assertThat(
              tag(
                  "Les nausées cessent souvent après le premier trimestre de grossesse.",
                  WEDNESDAY))
          .isEmpty();
    }

    @Test
    void englishQuartersAndHalvesWithTheirYear() {
      is(
          only("GDP shrank in the second quarter of 2022.", WEDNESDAY),
          "the second quarter of 2022",
          "DATE",
          "2022-Q2");
      is(
          only("Sales rose in the first half of 2023.", WEDNESDAY),
          "the first half of 2023",
          "DATE",
          "2023-H1");
      is(
          only("Profits should recover in the fourth quarter of this year.", WEDNESDAY),
          "the fourth quarter of this year",
          "DATE",
          "2023-Q4");
      is(only("Revenue fell in Q2 2022, the firm said.", WEDNESDAY), "Q2 2022", "DATE", "2022-Q2");
    }

    @Test
    void anEnglishHalfWithoutAYearIsAGamesHalf() {
      assertThat(tag("He scored twice in the first half.", WEDNESDAY)).isEmpty();
      assertThat(tag("The visitors led in the fourth quarter of the game.", WEDNESDAY)).isEmpty();
    }
  }

  @Nested
  class Ranges {

    @Test
    void theFirstEndTakesTheYearOfTheSecond() {
      assertThat(tag("Le festival aura lieu entre le 15 juin et le 31 juillet 2024.", WEDNESDAY))
          .extracting(TimeMention::value)
          .containsExactly("2024-06-15", "2024-07-31");
      List<TimeMention> found = tag("Le festival a lieu du 15 juin au 31 juillet 2024.", WEDNESDAY);
      assertThat(found).extracting(TimeMention::text).containsExactly("15 juin", "31 juillet 2024");
      assertThat(found.get(0).value()).isEqualTo("2024-06-15");
      assertThat(tag("Le chantier a duré entre mi-juin et fin juillet 2024.", WEDNESDAY))
          .extracting(TimeMention::value)
          .containsExactly("2024-06", "2024-07");
      assertThat(tag("The festival runs between June 15 and July 31, 2024.", WEDNESDAY))
          .extracting(TimeMention::value)
          .containsExactly("2024-06-15", "2024-07-31");
      // "from June 15" is a day, not "from June"
      found = tag("The festival runs from June 15 to July 31, 2024.", WEDNESDAY);
      assertThat(found).extracting(TimeMention::text).containsExactly("June 15", "July 31, 2024");
      assertThat(found.get(0).value()).isEqualTo("2024-06-15");
      // the year written is enough: no publication date needed
      assertThat(tag("Le festival aura lieu entre le 15 juin et le 31 juillet 2024.", null))
          .extracting(TimeMention::value)
          .containsExactly("2024-06-15", "2024-07-31");
    }

    @Test
    void aFirstEndLaterInTheCalendarIsOfTheYearBefore() {
      assertThat(tag("La trêve court du 20 décembre au 5 janvier 2024.", WEDNESDAY))
          .extracting(TimeMention::value)
          .containsExactly("2023-12-20", "2024-01-05");
    }

    @Test
    void theFirstEndIsTheLastDayNamedUntilAnotherIs() {
      List<TimeMention> found =
          tag(
              "Le jury a siégé entre le 15 juin et fin juillet 2024. Le lendemain, rien.",
              WEDNESDAY);
      assertThat(found).extracting(TimeMention::text).contains("Le lendemain");
      assertThat(found.get(2).value()).isEqualTo("2024-06-16");
    }

    @Test
    void aFirstEndWithItsOwnYearOrNoRangeIsLeftAlone() {
      assertThat(tag("Le festival a eu lieu du 15 juin 2022 au 31 juillet 2024.", WEDNESDAY))
          .extracting(TimeMention::value)
          .containsExactly("2022-06-15", "2024-07-31");
      assertThat(tag("Il est arrivé le 15 juin et reparti le 31 juillet 2024.", WEDNESDAY))
          .extracting(TimeMention::value)
          .containsExactly("2023-06-15", "2024-07-31");
    }

    @Test
    void aBareFirstDayTakesTheMonthAndYearOfTheSecond() {
      List<TimeMention> found = tag("Le salon se tient du 3 au 5 mai 2024.", WEDNESDAY);
      assertThat(found).extracting(TimeMention::text).containsExactly("3", "5 mai 2024");
      assertThat(found).extracting(TimeMention::value).containsExactly("2024-05-03", "2024-05-05");
      // "du 28 au 2 mai": the 28th is April's, which the text does not say
      assertThat(tag("Le musée ferme du 28 au 2 mai.", WEDNESDAY))
          .extracting(TimeMention::text)
          .containsExactly("2 mai");
    }

    @Test
    void aMonthFollowedByANumberOfDaysIsStillAMonth() {
      assertThat(tag("He arrived in May 15 days before the vote.", WEDNESDAY))
          .extracting(TimeMention::text)
          .containsExactly("May", "15 days");
    }
  }

  @Nested
  class Deictics {

    @Test
    void yesterdayTodayTomorrowAgainstADay() {
      List<TimeMention> found =
          tag(
              "Hier, la mairie a voté ; demain elle signe, et aujourd'hui elle se tait.",
              WEDNESDAY);
      assertThat(found)
          .extracting(TimeMention::text)
          .containsExactly("Hier", "demain", "aujourd'hui");
      assertThat(found)
          .extracting(TimeMention::value)
          .containsExactly("2023-06-13", "2023-06-15", "2023-06-14");
      assertThat(found).extracting(TimeMention::type).containsOnly("DATE");
    }

    @Test
    void againstAMonthNoDayIsInvented() {
      assertThat(only("Le maire a démissionné hier.", JUNE).value()).isNull();
      assertThat(only("Le conseil se réunit demain.", JUNE).value()).isNull();
      assertThat(only("Il parle aujourd'hui.", JUNE).value()).isEqualTo("2023-06");
      assertThat(only("Les élus ont voté ce lundi.", JUNE).value()).isNull();
      assertThat(only("Les élus ont voté cette semaine.", JUNE).value()).isNull();
      assertThat(only("Les élus ont voté ce matin.", JUNE).value()).isNull();
      // what the month does say, it says
      assertThat(only("Les élus ont voté le mois dernier.", JUNE).value()).isEqualTo("2023-05");
      assertThat(only("Les élus ont voté l'an dernier.", JUNE).value()).isEqualTo("2022");
    }

    @Test
    void weekdays() {
      is(only("Le maire a démissionné lundi.", WEDNESDAY), "lundi", "DATE", "2023-06-12");
      is(only("Il a parlé ce lundi.", WEDNESDAY), "ce lundi", "DATE", "2023-06-12");
      is(only("Le conseil se réunira vendredi.", WEDNESDAY), "vendredi", "DATE", "2023-06-16");
      is(
          only("Le vote a eu lieu jeudi dernier.", WEDNESDAY),
          "jeudi dernier",
          "DATE",
          "2023-06-08");
      is(
          only("Le vote aura lieu mardi prochain.", WEDNESDAY),
          "mardi prochain",
          "DATE",
          "2023-06-20");
      is(only("Il est arrivé dimanche soir.", WEDNESDAY), "dimanche soir", "TIME", "2023-06-11TEV");
      is(only("The vote took place on Monday.", WEDNESDAY), "Monday", "DATE", "2023-06-12");
      // the future of a past report, and a deadline
      is(
          only("La SNCF a annoncé qu'aucun train ne circulerait jeudi.", WEDNESDAY),
          "jeudi",
          "DATE",
          "2023-06-15");
      is(only("Le courant reviendrait d'ici à lundi.", WEDNESDAY), "lundi", "DATE", "2023-06-19");
      is(only("Le courant revient d'ici lundi.", WEDNESDAY), "lundi", "DATE", "2023-06-19");
    }

    @Test
    void aStateThatLastsUntilAWeekdayInThePresentEndsOnTheOneToCome() {
      is(
          only("Le trafic reste suspendu en Bretagne jusqu'à vendredi matin.", WEDNESDAY),
          "vendredi matin",
          "TIME",
          "2023-06-16TMO");
      is(only("La ligne est fermée jusqu'à lundi.", WEDNESDAY), "lundi", "DATE", "2023-06-19");
      is(only("The bridge stays shut until Monday.", WEDNESDAY), "Monday", "DATE", "2023-06-19");
      // told in a past tense, the state ended on the day gone by
      is(only("Le maire avait siégé jusqu'à lundi.", WEDNESDAY), "lundi", "DATE", "2023-06-12");
      is(only("Il a attendu jusqu'à lundi.", WEDNESDAY), "lundi", "DATE", "2023-06-12");
      is(only("Le ministre est resté jusqu'à lundi.", WEDNESDAY), "lundi", "DATE", "2023-06-12");
      assertThat(tagger.tag("Hier, la ligne restait fermée jusqu'à lundi.", WEDNESDAY))
          .extracting(TimeMention::value)
          .containsExactly("2023-06-13", "2023-06-12");
    }

    @Test
    void theSecondWeekdayOfASpanFollowsTheFirst() {
      List<TimeMention> found =
          tagger.tag("Les rafales ont soufflé dans la nuit de mercredi à jeudi.", WEDNESDAY);
      assertThat(found)
          .filteredOn(t -> t.type().equals("DATE"))
          .extracting(TimeMention::text, TimeMention::value)
          .containsExactly(tuple("mercredi", "2023-06-14"), tuple("jeudi", "2023-06-15"));
      assertThat(tagger.tag("Grève de lundi à mardi.", WEDNESDAY))
          .extracting(TimeMention::value)
          .containsExactly("2023-06-12", "2023-06-13");
      // against a month, neither has a day: the second is not read after another day named
      assertThat(tagger.tag("Le 2 juin, la grève a duré de lundi à mardi.", JUNE))
          .extracting(TimeMention::value)
          .containsExactly("2023-06-02", null, null);
    }

    @Test
    void aHeadlineWithNoPastTellsTheNearestWeekday() {
      String body = "\n\nLes voies seront inspectées.";
      is(
          only("Tempête : plus aucun train en Bretagne jeudi, vigilance rouge" + body, WEDNESDAY),
          "jeudi",
          "DATE",
          "2023-06-15");
      is(only("Grève dans les transports lundi" + body, WEDNESDAY), "lundi", "DATE", "2023-06-12");
      // a headline in the past, a sentence of the body, a headline that is a whole sentence
      is(only("Le maire est mort jeudi" + body, WEDNESDAY), "jeudi", "DATE", "2023-06-08");
      is(only("Le pont inauguré jeudi" + body, WEDNESDAY), "jeudi", "DATE", "2023-06-08");
      is(
          only("Trafic\n\nPlus aucun train en Bretagne jeudi.", WEDNESDAY),
          "jeudi",
          "DATE",
          "2023-06-08");
      is(
          only("Plus aucun train en Bretagne jeudi. La SNCF inspecte les voies.", WEDNESDAY),
          "jeudi",
          "DATE",
          "2023-06-08");
    }

    @Test
    void unitsAroundThePublication() {
      is(only("Il est parti l'an dernier.", WEDNESDAY), "l'an dernier", "DATE", "2022");
      is(only("Cette année, la fête est annulée.", WEDNESDAY), "Cette année", "DATE", "2023");
      is(
          only("Il revient la semaine prochaine.", WEDNESDAY),
          "la semaine prochaine",
          "DATE",
          "2023-W25");
      is(only("Il a signé le mois dernier.", WEDNESDAY), "le mois dernier", "DATE", "2023-05");
      is(
          only("Le bilan de cette semaine est lourd.", WEDNESDAY),
          "cette semaine",
          "DATE",
          "2023-W24");
      is(only("Sales fell last year.", WEDNESDAY), "last year", "DATE", "2022");
      assertThat(tag("La semaine a été longue.", WEDNESDAY)).isEmpty();
    }

    @Test
    void theDayBeforeAndAfterTheDayInQuestion() {
      List<TimeMention> found =
          tag("Le procès s'ouvre le 20 mars 2023. La veille, les avocats ont parlé.", WEDNESDAY);
      assertThat(found)
          .extracting(TimeMention::text)
          .containsExactly("le 20 mars 2023", "La veille");
      assertThat(found.get(1).value()).isEqualTo("2023-03-19");
      assertThat(only("Il est reparti le lendemain.", WEDNESDAY).value()).isEqualTo("2023-06-15");
    }

    @Test
    void aConcertHallIsNoSignOfTheFuture() {
      assertThat(
              only(
                      "Depuis l'attentat contre une salle de concert près de Moscou, fin mars, le"
                          + " plan a été relevé.",
                      WEDNESDAY)
                  .value())
          .isEqualTo("2023-03");
    }

    @Test
    void theEveOfAHappeningTheTextDoesNotDateHasNoValue() {
      List<TimeMention> found =
          tag(
              "Le décret est paru le 20 mars 2023. La veille de l'entrée en vigueur des mesures,"
                  + " les routes étaient saturées.",
              WEDNESDAY);
      assertThat(found).extracting(TimeMention::text).contains("La veille");
      assertThat(found.get(1).value()).isNull();
      assertThat(only("The day before the vote, he resigned.", WEDNESDAY).value()).isNull();
      // "de" that says when in the day, not of what
      assertThat(only("Il est reparti le lendemain de bonne heure.", WEDNESDAY).value())
          .isEqualTo("2023-06-15");
    }

    @Test
    void agoIsADate() {
      is(only("Il est parti il y a deux ans.", WEDNESDAY), "il y a deux ans", "DATE", "2021");
      is(
          only("Il est parti il y a trois jours.", WEDNESDAY),
          "il y a trois jours",
          "DATE",
          "2023-06-11");
      assertThat(only("Il est parti il y a trois jours.", JUNE).value()).isNull();
      is(only("He left five years ago.", WEDNESDAY), "five years ago", "DATE", "2018");
    }

    @Test
    void presentPastAndFuture() {
      is(only("Il vit maintenant à Metz.", WEDNESDAY), "maintenant", "TIME", "PRESENT_REF");
      is(
          only("Aujourd'hui, les mines ont fermé.", WEDNESDAY),
          "Aujourd'hui",
          "TIME",
          "PRESENT_REF");
      is(only("Il pense à l'avenir.", WEDNESDAY), "l'avenir", "TIME", "FUTURE_REF");
    }
  }

  @Nested
  class DurationsAndSets {

    @Test
    void numbersInWords() {
      is(only("Le chantier a duré trois jours.", WEDNESDAY), "trois jours", "DURATION", "P3D");
      is(
          only("Il règne depuis vingt et un ans.", WEDNESDAY),
          "vingt et un ans",
          "DURATION",
          "P21Y");
      is(only("Une attente de dix-huit mois.", WEDNESDAY), "dix-huit mois", "DURATION", "P18M");
      is(
          only("Ils ont marché quatre-vingt-dix minutes.", WEDNESDAY),
          "quatre-vingt-dix minutes",
          "DURATION",
          "PT90M");
      is(only("It lasted twenty-one days.", WEDNESDAY), "twenty-one days", "DURATION", "P21D");
    }

    @Test
    void theSignalStaysOutside() {
      is(only("Elle a travaillé pendant 10 ans à Nancy.", WEDNESDAY), "10 ans", "DURATION", "P10Y");
    }

    @Test
    void halvesApproximationsAndUnknownCounts() {
      is(only("Il a attendu un an et demi.", WEDNESDAY), "un an et demi", "DURATION", "P18M");
      is(
          only("La grève a duré près de 24 heures.", WEDNESDAY),
          "près de 24 heures",
          "DURATION",
          "PT24H");
      is(only("Il reste quelques jours.", WEDNESDAY), "quelques jours", "DURATION", "PXD");
      is(only("Un règne d'un demi-siècle.", WEDNESDAY), "un demi-siècle", "DURATION", "P50Y");
      is(only("Une course de 30,4 secondes.", WEDNESDAY), "30,4 secondes", "DURATION", "PT30.4S");
    }

    @Test
    void anAgeIsNotADuration() {
      assertThat(tag("Paul Martin, 53 ans, habite Toul.", WEDNESDAY)).isEmpty();
      assertThat(tag("Une femme âgée de 71 ans a été blessée.", WEDNESDAY)).isEmpty();
      assertThat(tag("Il prendra sa retraite à 64 ans.", WEDNESDAY)).isEmpty();
      assertThat(tag("Leur fils, né il y a peu, avait l'âge de six mois.", WEDNESDAY)).isEmpty();
    }

    @Test
    void sets() {
      is(only("Le marché a lieu chaque lundi.", WEDNESDAY), "chaque lundi", "SET", "XXXX-WXX-1");
      is(only("La fête revient tous les ans.", WEDNESDAY), "tous les ans", "SET", "P1Y");
      is(
          only("Le bus passe toutes les deux heures.", WEDNESDAY),
          "toutes les deux heures",
          "SET",
          "PT2H");
      is(only("Chaque année, la foire attire du monde.", WEDNESDAY), "Chaque année", "SET", "P1Y");
      is(only("The market opens every Sunday.", WEDNESDAY), "every Sunday", "SET", "XXXX-WXX-7");
    }
  }

  @Nested
  class TimesOfDay {

    @Test
    void clockTimesOnTheDayInQuestion() {
      List<TimeMention> found =
          tag("Le concert aura lieu le vendredi 16 juin à 20 h 30.", WEDNESDAY);
      assertThat(found)
          .extracting(TimeMention::text)
          .containsExactly("le vendredi 16 juin", "20 h 30");
      assertThat(found.get(1).type()).isEqualTo("TIME");
      assertThat(found.get(1).value()).isEqualTo("2023-06-16T20:30");
      is(only("Le train part à 14 heures.", WEDNESDAY), "14 heures", "TIME", "2023-06-14T14:00");
      is(only("Le feu a pris à 9h15.", WEDNESDAY), "9h15", "TIME", "2023-06-14T09:15");
      is(only("The polls close at 8 p.m. sharp.", WEDNESDAY), "8 p.m.", "TIME", "2023-06-14T20:00");
    }

    @Test
    void partsOfTheDay() {
      is(only("Le ministre est arrivé ce matin.", WEDNESDAY), "ce matin", "TIME", "2023-06-14TMO");
      is(only("Il a été interpellé hier soir.", WEDNESDAY), "hier soir", "TIME", "2023-06-13TEV");
      assertThat(only("Il a été interpellé hier soir.", JUNE).value()).isNull();
    }

    @Test
    void aNumberOfHoursIsADuration() {
      is(only("Le service répond 24h sur 24.", WEDNESDAY), "24h", "DURATION", "PT24H");
      is(only("La garde à vue a duré 48 heures.", WEDNESDAY), "48 heures", "DURATION", "PT48H");
    }
  }

  @Test
  void severalExpressionsComeInTextOrder() {
    String text =
        "Annoncé en 2019, tourné en mars 2021, le film sort le 5 avril 2024 (et le 04/05/2024"
            + " ailleurs).";

    assertThat(tag(text, null))
        .extracting(TimeMention::value)
        .containsExactly("2019", "2021-03", "2024-04-05", "2024-05-04");
  }

  @Test
  void aTextWithoutTimeHasNone() {
    assertThat(tag("Le conseil municipal a adopté le budget à l'unanimité.", WEDNESDAY)).isEmpty();
    assertThat(tag("", WEDNESDAY)).isEmpty();
  }
}
