package org.trame.analysis.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The words the entity tagger knows: name lists built from npm packages and a news corpus (see
 * {@code scripts/ner-lexicon}), and the cue words written here, the clues a reader uses ("l'actrice
 * X", "à X", "X Pictures"). Cue words are lower case; names keep their capitals.
 */
final class Lexicon {

  private Lexicon() {}

  static final Set<String> FIRST_NAMES = load("first-names.txt");
  static final Set<String> LAST_NAMES = load("last-names.txt");

  /**
   * Whether {@code w} is a first name: a listed one, or listed ones joined by hyphens
   * ("Jean-Christophe", "Marie-Hélène"), which the lists hold only in part.
   */
  static boolean firstName(String w) {
    if (FIRST_NAMES.contains(w)) {
      return true;
    }
    int hyphen = w.indexOf('-');
    if (hyphen <= 0 || hyphen == w.length() - 1) {
      return false;
    }
    for (String part : w.split("-")) {
      if (part.isEmpty() || !Character.isUpperCase(part.charAt(0)) || !FIRST_NAMES.contains(part)) {
        return false;
      }
    }
    return true;
  }

  static final Set<String> COUNTRIES = countries();
  static final Set<String> PLACES = load("places.txt");

  /** Places that are names and little else: countries and the hand-written French list. */
  static final Set<String> KNOWN_PLACES = union(COUNTRIES, load("places-fr.txt"));

  static final Set<String> COMMON_FR = load("common-fr.txt");
  static final Set<String> COMMON_EN = load("common-en.txt");

  /**
   * Names typed in news by strong evidence, with their type (name TAB type): the silver list that
   * scripts/ner-lexicon counts on OrangeSum with {@link NameTagger#confidentMentions}.
   */
  static final java.util.Map<String, String> NEWS_NAMES = loadTyped("news-names.txt");

  /**
   * Proper nouns WordNet files as instances ("Voltaire", "Honshu", "Greenpeace"), with their type:
   * famous people, places and bodies that news lists miss (scripts/ner-lexicon/wordnet.mjs).
   */
  static final java.util.Map<String, String> WORDNET_NAMES = loadTyped("wordnet-names.txt");

  /**
   * Well-known names as French writes them, with their type: "Aristote", "Hergé", "Nintendo", "Pink
   * Floyd"; the ones a reader knows and no list above gives in French.
   */
  static final java.util.Map<String, String> WRITTEN_NAMES = loadTyped("names-fr.txt");

  /** Abbreviated titles whose period ends no sentence. */
  static final Set<String> TITLE_ABBREVIATIONS =
      Set.of(
          "M", "MM", "Mme", "Mmes", "Mlle", "Mr", "Mrs", "Ms", "Dr", "Pr", "Me", "Mgr", "St", "Jr");

  /** A word right before a name that makes it a person's ("l'actrice X", "le ministre X"). */
  static final Set<String> PERSON_CUES =
      words(
          """
          m mm mme mmes mlle mr mrs ms dr pr me mgr monsieur madame mademoiselle sir lord lady dame
          acteur actrice comédien comédienne réalisateur réalisatrice producteur productrice
          scénariste cinéaste chanteur chanteuse rappeur rappeuse musicien musicienne compositeur
          compositrice pianiste guitariste batteur écrivain écrivaine auteur autrice romancier
          romancière poète poétesse peintre sculpteur photographe dessinateur dessinatrice
          journaliste présentateur présentatrice animateur animatrice chroniqueur chroniqueuse
          humoriste danseur danseuse mannequin styliste couturier designer architecte
          président présidente vice-président ministre député députée sénateur sénatrice maire
          conseiller conseillère secrétaire ambassadeur ambassadrice gouverneur chancelier
          chancelière préfet préfète roi reine prince princesse pape empereur impératrice duc
          duchesse comte comtesse baron baronne marquis marquise cardinal évêque archevêque abbé
          imam rabbin pasteur général générale colonel capitaine lieutenant commandant maréchal
          amiral sergent caporal soldat docteur professeur avocat avocate juge procureur
          procureure commissaire inspecteur policier footballeur footballeuse joueur joueuse
          attaquant attaquante défenseur gardien milieu entraîneur entraîneuse sélectionneur
          pilote coureur coureuse cycliste tennisman tenniswoman boxeur boxeuse nageur nageuse
          skieur skieuse athlète sprinteur judoka rugbyman champion championne capitaine
          directeur directrice pdg patron patronne fondateur fondatrice cofondateur cofondatrice
          dirigeant dirigeante porte-parole chef cheffe leader star vedette héros héroïne
          historien historienne philosophe sociologue économiste chercheur chercheuse
          scientifique physicien physicienne chimiste biologiste mathématicien médecin
          chirurgien chirurgienne infirmier infirmière ingénieur ingénieure entrepreneur
          entrepreneuse milliardaire candidat candidate militant militante opposant opposante
          suspect suspecte accusé accusée victime frère sœur père mère fils fille épouse époux
          mari compagnon compagne oncle tante cousin cousine neveu nièce veuve veuf petit-fils
          petite-fille grand-père grand-mère héritier héritière
          actor actress director producer screenwriter filmmaker singer rapper musician composer
          writer author novelist poet painter photographer journalist presenter host comedian
          dancer model designer architect president minister senator congressman congresswoman
          mayor governor chancellor secretary ambassador king queen pope emperor duke duchess
          count countess baron general colonel captain lieutenant commander sergeant doctor
          professor lawyer attorney judge prosecutor detective officer player striker defender
          goalkeeper midfielder coach manager driver rider champion ceo chairman chairwoman
          founder co-founder spokesman spokeswoman chief star hero historian philosopher
          economist researcher scientist physicist surgeon engineer billionaire candidate
          activist suspect victim brother sister father mother son daughter wife husband uncle
          aunt cousin nephew niece widow
          """);

  /**
   * Adjectives of nationality and origin, in all their forms, which French puts between a cue and
   * its name ("le président américain X", "l'historien persan X", "le club italien X").
   */
  static final Set<String> NATIONALITIES =
      inflected(
          """
          français anglais écossais irlandais gallois hollandais néerlandais danois finlandais
          islandais polonais portugais japonais chinois taïwanais libanais sénégalais congolais
          gabonais togolais béninois malien mauritanien ivoirien camerounais nigérian nigérien
          tchadien soudanais éthiopien kényan somalien rwandais burundais ougandais tanzanien
          malgache mauricien sud-africain zimbabwéen angolais mozambicain algérien marocain
          tunisien libyen égyptien israélien palestinien jordanien syrien irakien iranien saoudien
          yéménite omanais qatari koweïtien émirati turc kurde arménien géorgien azerbaïdjanais
          kazakh ouzbek afghan pakistanais indien népalais bangladais sri-lankais birman thaïlandais
          cambodgien laotien vietnamien malaisien singapourien indonésien philippin coréen
          sud-coréen nord-coréen mongol australien néo-zélandais canadien québécois américain
          mexicain cubain haïtien dominicain guatémaltèque colombien vénézuélien équatorien
          péruvien bolivien chilien argentin uruguayen paraguayen brésilien allemand autrichien
          suisse belge luxembourgeois italien espagnol catalan basque grec chypriote maltais
          albanais serbe croate slovène bosnien monténégrin macédonien bulgare roumain moldave
          hongrois tchèque slovaque ukrainien biélorusse russe soviétique lituanien letton estonien
          suédois norvégien européen africain asiatique arabe latino-américain sud-américain
          britannique breton corse alsacien normand provençal occitan parisien lyonnais marseillais
          romain grec antique gaulois franc germain persan perse mède assyrien babylonien
          phénicien carthaginois celte viking byzantin ottoman mongol aztèque maya inca hébreu
          athénien spartiate macédonien troyen étrusque égyptien médiéval
          """);

  /**
   * Words that may stand between a cue and its name besides a nationality: "le groupe de rock X",
   * "le club de football X".
   */
  static final Set<String> CUE_COMPLEMENTS =
      words(
          """
          rock pop punk metal jazz rap hip-hop funk reggae soul blues folk électro
          musique football basket basket-ball rugby hockey handball volley-ball cyclisme
          indépendant indépendante américain-canadien sœur death heavy thrash hard progressif
          alternatif grunge
          """);

  /** A word right before a name that makes it an organisation's ("la société X", "chez X"). */
  static final Set<String> ORG_CUES =
      withPlurals(
          """
          société entreprise groupe firme constructeur compagnie club équipe parti syndicat
          studio studios chaîne journal quotidien hebdomadaire magazine label marque
          association fédération banque ong opérateur enseigne start-up géant fabricant
          laboratoire distributeur plateforme diffuseur éditeur maison formation
          company firm group club team party studio network newspaper label brand bank agency
          carmaker maker retailer giant startup publisher broadcaster airline
          """);

  /** A word right before a name that makes it a place ("à X", "la ville de X"). */
  static final Set<String> PLACE_CUES =
      words(
          """
          à au aux en vers in at near
          ville village commune capitale région province département pays île état quartier
          city town village capital region province county state island district
          """);

  /** A word right before a name that makes it a work or an event ("le film X"). */
  static final Set<String> WORK_CUES =
      words(
          """
          film films long-métrage court-métrage documentaire série feuilleton saga franchise livre
          roman romans essai album chanson single tube titre émission spectacle jeu pièce opéra
          tableau bande ouvrage recueil mémoires
          movie movies book novel song album show series game play documentary
          """);

  /** Any word of a name that makes it an organisation's ("Paramount Pictures", "FC Nantes"). */
  static final Set<String> ORG_WORDS =
      words(
          """
          pictures studios studio records films productions entertainment media médias
          télévision télévisions tv radio news press presse éditions editions publishing
          inc corp corporation co ltd llc plc sa sas sarl ag gmbh nv spa group groupe holding
          holdings company compagnie société banque bank airlines airways motors technologies
          systems labs laboratoires pharma industries international université university
          universités college collège lycée école institut institute académie academy
          parti party fc ac as rc sc olympique racing stade club association fédération
          federation ligue league syndicat union confédération comité committee conseil council
          commission ministère ministry assemblée parlement parliament sénat senate congrès
          congress gouvernement government tribunal court cour armée army navy police
          gendarmerie agence agency office organisation organization fondation foundation
          orchestre orchestra ensemble
          arts foods games software electronics music pharmaceuticals chemicals airline railway
          railways telecom communications networks insurance bancorp
          enterprises trucks stores megastore brothers bros energy oil petroleum capital partners
          ventures interactive services trust futebol fútbol calcio clube cf fk sk kk hc sv vfb
          vfl tsv bk band quartet quatuor chœur choir
          """);

  /**
   * The last word of an English place's name ("Metacomet Ridge", "Greenwich Village", "Bradley
   * Mountain"), which outweighs a first name at the front. Words that are also common last names
   * (Hill, Field, Woods, Rivers) are left out.
   */
  static final Set<String> PLACE_LAST_WORDS =
      words(
          """
          mountain mountains ridge village creek falls springs heights valley island islands lake
          river bay square peak county canyon beach harbor harbour street avenue boulevard airport
          stadium arena bridge station castle desert
          """);

  /** The first word of a place's name ("Mont Blanc", "Rue de Rivoli", "Lake Geneva"). */
  static final Set<String> PLACE_WORDS =
      words(
          """
          mont monts lac golfe île îles ile iles cap baie mer océan rue place avenue boulevard
          pont quai port vallée val côte forêt massif col pic plaine plateau désert fleuve
          rivière canal détroit péninsule région province département comté canton district
          royaume république principauté émirat état etat gare aéroport parc jardin château
          palais cathédrale basilique abbaye square musée bibliothèque hôpital église mosquée
          temple stade
          mount mountains lake gulf bay cape island islands isle sea ocean river street road
          county kingdom republic valley desert canyon peninsula strait park airport museum
          library hospital church cathedral stadium palace castle bridge
          """);

  /** The first word of an event's name, a work for the tagger ("Coupe du monde"). */
  static final Set<String> EVENT_WORDS =
      words(
          """
          coupe jeux championnat championnats festival mondial tournoi salon exposition
          biennale oscars césar césars olympiades guerre bataille révolution traité accords
          siège massacre concile croisade âge époque ère glorieuses trophée rallye marathon
          procès sommet
          grand-prix cup games championship war battle treaty bowl open trophy
          """);

  /** Capitalized words that name no entity (English capitalizes months and days). */
  static final Set<String> NOT_NAMES =
      words(
          """
          janvier février mars avril mai juin juillet août septembre octobre novembre décembre
          lundi mardi mercredi jeudi vendredi samedi dimanche
          january february march april may june july august september october november december
          monday tuesday wednesday thursday friday saturday sunday
          i i'm i'd i've i'll ok tv
          """);

  /**
   * Lower-case words that open a name when "de" and a name follow ("l'université de Princeton", "la
   * mer du Nord", "la mosquée Al-Azhar"), with the type they give it.
   */
  static final java.util.Map<String, String> LOWER_HEADS = heads();

  private static java.util.Map<String, String> heads() {
    java.util.Map<String, String> m = new java.util.HashMap<>();
    for (String w : words("université universités école lycée collège institut académie parti")) {
      m.put(w, "ORG");
    }
    for (String w :
        words(
            """
            mer océan lac mont monts île îles golfe baie cap rivière fleuve rue place avenue
            boulevard gare aéroport église cathédrale basilique abbaye château palais pont stade
            parc musée bibliothèque mosquée temple col pic massif vallée détroit canal désert
            forêt comté
            """)) {
      m.put(w, "LOC");
    }
    return java.util.Map.copyOf(m);
  }

  /**
   * Endings of the lower-case adjective that closes many French names ("Parti socialiste",
   * "Assemblée nationale", "Seconde Guerre mondiale", "Afrique subsaharienne").
   */
  static final java.util.List<String> ADJECTIVE_ENDINGS =
      java.util.List.of(
          "al", "ale", "ales", "aux", "ien", "ienne", "iens", "iennes", "ais", "aise", "aises",
          "ois", "oise", "oises", "ain", "aine", "ains", "aines", "ique", "iques", "el", "elle",
          "els", "elles", "aire", "aires", "iste", "istes", "if", "ive", "ifs", "ives", "eur",
          "eure", "ieur", "ieure", "unies", "unis", "an", "ane", "éen", "éenne", "éens", "éennes");

  /** Lower-case words that join the parts of one name ("Ludwig van Beethoven"). */
  static final Set<String> PARTICLES =
      words("van von der den ter di da del della dos das bin ibn al el");

  /** Lower-case words that join a head word to the rest of its name ("Tour de France"). */
  static final Set<String> OF_WORDS = words("de du des d' d’ of");

  /**
   * Country names, with the other names an alias line gives a country: "États-Unis" and "USA"
   * beside "États-Unis d'Amérique", "Vatican" beside "Saint-Siège (Vatican)". Two capitals alone
   * ("US") stay out: French writes them before clubs ("l'US Orléans").
   */
  private static Set<String> countries() {
    Set<String> all = load("countries.txt");
    for (String line : load("country-aliases.txt")) {
      all.addAll(namesOf(line)); // every line of this list is a country's
    }
    for (String line : load("name-aliases.txt")) {
      Set<String> names = namesOf(line);
      if (names.stream().anyMatch(all::contains)) {
        all.addAll(names); // "États-Unis" beside "États-Unis d'Amérique"
      }
    }
    return Set.copyOf(all);
  }

  /** The names of an alias line, "X (Y)" giving X and Y too; two letters alone left out. */
  private static Set<String> namesOf(String line) {
    Set<String> names = new HashSet<>();
    for (String name : line.split("\t")) {
      int open = name.indexOf(" (");
      if (open > 0 && name.endsWith(")")) {
        names.add(name.substring(0, open));
        names.add(name.substring(open + 2, name.length() - 1));
      }
      names.add(name);
    }
    names.removeIf(n -> n.length() <= 2);
    return names;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** Each adjective with its feminine and plural forms ("persan persane persans persanes"). */
  private static Set<String> inflected(String block) {
    Set<String> set = new HashSet<>();
    for (String w : words(block)) {
      String feminine;
      if (w.endsWith("ien") || w.endsWith("éen")) {
        feminine = w + "ne";
      } else if (w.endsWith("e")) {
        feminine = w;
      } else if (w.equals("grec")) {
        feminine = "grecque";
      } else if (w.equals("turc")) {
        feminine = "turque";
      } else if (w.equals("franc")) {
        feminine = "franque";
      } else {
        feminine = w + "e";
      }
      set.add(w);
      set.add(feminine);
      set.add(w.endsWith("s") ? w : w + "s");
      set.add(feminine + "s");
    }
    return Set.copyOf(set);
  }

  /** The words of {@code block} and their plurals ("les groupes X et Y"). */
  private static Set<String> withPlurals(String block) {
    Set<String> set = new HashSet<>();
    for (String w : words(block)) {
      set.add(w);
      if (w.length() > 3 && !w.endsWith("s") && !w.endsWith("x") && !w.endsWith("z")) {
        set.add(w.endsWith("al") ? w.substring(0, w.length() - 2) + "aux" : w + "s");
      }
    }
    return Set.copyOf(set);
  }

  private static Set<String> words(String block) {
    Set<String> set = new HashSet<>();
    for (String w : block.split("\\s+")) {
      if (!w.isEmpty()) {
        set.add(w);
      }
    }
    return Set.copyOf(set);
  }

  private static java.util.Map<String, String> loadTyped(String name) {
    java.util.Map<String, String> map = new java.util.HashMap<>(1 << 15);
    for (String line : load(name)) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        map.put(line.substring(0, tab), line.substring(tab + 1));
      }
    }
    return java.util.Map.copyOf(map);
  }

  private static Set<String> load(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource org/trame/analysis/ner/" + name);
    }
    Set<String> set = new HashSet<>(1 << 16);
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty() && line.charAt(0) != '#') {
          set.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read org/trame/analysis/ner/" + name, e);
    }
    return set;
  }
}
