package org.trame.clean;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The commonest words of each language the profile detector knows: articles, prepositions,
 * pronouns, auxiliaries. They fill a large share of any text and are what a short title is most
 * sure to hold. Elided forms appear without their apostrophe ("l'", "dell'", "qu'"). Lists written
 * for trame; a word common to several languages counts for each, so it tells them from the others.
 */
final class CommonWords {

  static final Map<String, String> BY_LANGUAGE =
      Map.ofEntries(
          Map.entry(
              "fr",
              "le la les l un une des du de d et est que qu qui dans pour pas sur au aux avec il elle"
                  + " ils elles ce cette ces c sont par plus ont été mais ne n se s son sa ses nous"
                  + " vous leur leurs où dont comme aussi après avant entre sans sous chez était être"
                  + " avoir fait très tout tous toutes déjà encore lors selon depuis ou y en à j ainsi"
                  + " donc alors contre même non"),
          Map.entry(
              "en",
              "the of and to in is that for it with as was on are by this be from at have has an"
                  + " which their they he she his her will were been would not but who its had said"
                  + " after also more than about into there when what or we you one up out if can"
                  + " could new over s t i"),
          Map.entry(
              "es",
              "el la los las de del y en que es por para con una un se no su sus al lo como más pero"
                  + " fue ha han sido entre sobre también este esta estos estas ese esa desde hasta"
                  + " donde cuando muy sin ya porque según tras ante durante le les hay está están era"
                  + " son puede todo"),
          Map.entry(
              "it",
              "il lo la l gli le di del della dei delle degli da dal dalla in nel nella con su sul"
                  + " sulla per tra fra che è e un una uno non si come anche più ma sono stato stata ha"
                  + " hanno era questo questa quello quella dopo alla allo al ai agli ci ne cui perché"
                  + " già dell nell all dall sull quando molto"),
          Map.entry(
              "de",
              "der die das den dem des ein eine einer einem einen und ist nicht sich auf mit für von"
                  + " zu im in am zum zur auch es sie er wir ich dass wird werden wurde hat haben sind"
                  + " war bei nach aus als wie oder aber noch nur über vor durch um so kann diese"
                  + " dieser"),
          Map.entry(
              "pt",
              "o a os as de do da dos das em no na nos nas um uma uns umas e é que para com por pelo"
                  + " pela não se mais como mas foi ser são está ao aos à às seu sua seus suas também"
                  + " já quando entre sobre até após ele ela eles isso este esta muito tem"),
          Map.entry(
              "nl",
              "de het een van en in is dat op te voor met zijn niet aan er die door als ook bij maar"
                  + " om uit of worden wordt werd naar dan nog wel zo al hij zij ze we ik deze dit over"
                  + " tot onder heeft hebben was waren kan zal geen meer"),
          Map.entry(
              "ru",
              "и в не на что с по как это к из у за от о для же так но да он она они мы я был была были его её их"),
          Map.entry(
              "uk",
              "і в не на що з до як це та у за від про для але й вона він вони ми я був була були його її їх"),
          Map.entry(
              "bg",
              "и в не на че с за да се от по как това са е към но ще той тя те ние аз бе беше"));

  private CommonWords() {}

  /** Each word's languages, as bits in the order of {@code codes}; languages not listed: none. */
  static Map<String, Long> masks(String[] codes) {
    List<String> order = Arrays.asList(codes);
    Map<String, Long> masks = new HashMap<>();
    BY_LANGUAGE.forEach((language, words) -> {
      int l = order.indexOf(language);
      if (l >= 0) {
        for (String w : words.split(" ")) {
          masks.merge(w, 1L << l, (a, b) -> a | b);
        }
      }
    });
    return Map.copyOf(masks);
  }
}
