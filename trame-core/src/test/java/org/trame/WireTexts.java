package org.trame;

/** A wire story and its re-publications, written for these tests. */
public final class WireTexts {

  private WireTexts() {}

  public static final String TITLE = "Le vieux pont de la vallée fermé pour deux ans de travaux";

  public static final String STORY =
      "Le pont suspendu qui relie les deux rives de la vallée sera fermé à la circulation dès le"
          + " premier lundi de mars, a annoncé mardi le conseil départemental. Les inspecteurs"
          + " ont relevé des fissures dans trois des câbles porteurs et jugent l'ouvrage trop"
          + " fragile pour les camions comme pour les voitures.\n\n"
          + "Les travaux dureront au moins deux ans et coûteront près de onze millions d'euros,"
          + " dont un tiers à la charge de l'État. Pendant ce temps, une navette fluviale"
          + " gratuite traversera la rivière toutes les vingt minutes, de six heures du matin à"
          + " dix heures du soir.\n\n"
          + "Les commerçants du bourg redoutent une saison difficile : le pont voit passer chaque"
          + " jour plus de huit mille véhicules, et les touristes venus pour les gorges devront"
          + " faire un détour de quarante kilomètres par la route nationale. Le maire a demandé"
          + " une aide exceptionnelle pour les entreprises les plus touchées.\n\n"
          + "Construit en mille neuf cent trente et un, l'ouvrage avait déjà été renforcé après"
          + " la crue de mille neuf cent quatre-vingt-douze. Les ingénieurs comptent conserver"
          + " les piliers de pierre et remplacer tout le tablier métallique.";

  /** The same story as a regional site ran it: new headline, a few words changed, a line added. */
  public static final String EDITED =
      "Le pont suspendu qui relie les deux rives de la vallée sera fermé à toute circulation dès"
          + " le premier lundi de mars, a annoncé mardi le département. Les inspecteurs ont"
          + " relevé des fissures dans trois des câbles porteurs et jugent l'ouvrage trop fragile"
          + " pour les camions comme pour les voitures.\n\n"
          + "Les travaux dureront au moins deux ans et coûteront près de onze millions d'euros,"
          + " dont un tiers payé par l'État. Pendant ce temps, une navette fluviale gratuite"
          + " traversera la rivière toutes les vingt minutes, de six heures du matin à dix"
          + " heures du soir.\n\n"
          + "Les commerçants du bourg redoutent une saison difficile : le pont voit passer chaque"
          + " jour plus de huit mille véhicules, et les touristes venus pour les gorges devront"
          + " faire un détour de quarante kilomètres par la nationale. Le maire a réclamé une"
          + " aide exceptionnelle pour les entreprises les plus touchées.\n\n"
          + "Construit en mille neuf cent trente et un, l'ouvrage avait déjà été renforcé après"
          + " la crue de mille neuf cent quatre-vingt-douze. Les ingénieurs comptent conserver"
          + " les piliers de pierre et remplacer tout le tablier métallique.\n\n"
          + "Retrouvez toute l'actualité de la vallée dans notre édition du jour.";

  /** Another story, the same kind of news in the same region. */
  public static final String OTHER =
      "La médiathèque du bourg rouvrira ses portes samedi après huit mois de rénovation, a"
          + " indiqué la mairie. Les lecteurs découvriront une salle pour les enfants, un espace"
          + " de jeux vidéo et des fauteuils installés près des grandes fenêtres qui donnent sur"
          + " la rivière.\n\n"
          + "Le chantier a coûté un peu plus d'un million d'euros, financé pour moitié par la"
          + " région. Les horaires sont élargis : la médiathèque sera ouverte le dimanche matin"
          + " et jusqu'à vingt heures le mercredi.\n\n"
          + "Pour fêter la réouverture, des conteurs liront des histoires toute la journée et"
          + " une exposition de photographies anciennes montrera le bourg au début du siècle"
          + " dernier, quand le pont n'existait pas encore et que l'on traversait en bac.";
}
