package org.trame.ingest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trame.article.Precision;
import org.trame.article.RawArticle;

class FeedArticleReaderTest {

  private final RecordingSink sink = new RecordingSink();

  private void read(String fixture) throws IOException {
    Path path = Resources.ingest(fixture);
    try (InputStream in = Files.newInputStream(path)) {
      new FeedArticleReader(1_000_000)
          .read(new InputFile(path, fixture, "flux", Files.size(path)), in, sink);
    }
  }

  private void read(String name, String xml, long maxItemChars) throws IOException {
    new FeedArticleReader(maxItemChars)
        .read(
            new InputFile(Path.of("flux", name), name, "flux", xml.length()),
            new ByteArrayInputStream(xml.getBytes(UTF_8)),
            sink);
  }

  @Test
  void rss2ItemsBecomeArticlesWithTheirFullContent() throws IOException {
    read("rss2-fr.xml");

    RawArticle first = sink.articles.get(0);
    assertThat(first.id()).isEqualTo("https://voixducanal.example/2020/01/passerelle-rouverte");
    assertThat(first.url()).isEqualTo(first.id());
    assertThat(first.source()).isEqualTo("flux");
    assertThat(first.title()).isEqualTo("La passerelle du canal rouvre aux piétons");
    assertThat(first.author()).isEqualTo("Odile Marchand");
    assertThat(first.language()).isEqualTo("fr");
    // the French date Rome cannot read, on the day written
    assertThat(first.published().iso()).isEqualTo("2020-01-14");
    assertThat(first.published().precision()).isEqualTo(Precision.DAY);
    // content:encoded, not the shorter description; paragraphs and line breaks kept; no script
    assertThat(first.text())
        .isEqualTo(
            "Après trois mois de travaux, la passerelle qui enjambe le canal rouvre ce mardi aux"
                + " piétons et aux cyclistes.\n\n"
                + "Les riverains, qui devaient faire un détour de près d'un kilomètre, retrouvent"
                + " leur raccourci vers la gare.\n"
                + "La mairie promet un éclairage neuf d'ici le printemps.");
    assertThat(first.origin()).endsWith("rss2-fr.xml: item 1");
  }

  @Test
  void anItemWithoutLinkTakesItsGuidAndItsEscapedHtmlDescription() throws IOException {
    read("rss2-fr.xml");

    RawArticle second = sink.articles.get(1);
    assertThat(second.id()).isEqualTo("https://voixducanal.example/2020/02/marche-de-nuit");
    assertThat(second.published().iso()).isEqualTo("2020-02-01");
    assertThat(second.author()).contains("Jules Perrin");
    assertThat(second.text())
        .isEqualTo(
            "Le marché de nuit reviendra le samedi 13 juin, avec deux fois plus d'exposants que"
                + " l'an passé.\n\nLes inscriptions ouvrent en mars.");
  }

  @Test
  void anItemWithoutTextIsRejectedAndTheOthersKept() throws IOException {
    read("rss2-fr.xml");

    assertThat(sink.articles).hasSize(2);
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).origin()).endsWith("rss2-fr.xml: item 3");
    assertThat(sink.rejections.get(0).problem()).contains("no text");
  }

  @Test
  void atomEntriesBecomeArticles() throws IOException {
    read("atom.xml");

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).hasSize(2);
    RawArticle ferry = sink.articles.get(0);
    assertThat(ferry.id()).isEqualTo("https://harbour.example/2021/03/ferry-aurora");
    assertThat(ferry.title()).isEqualTo("The ferry Aurora returns to service");
    assertThat(ferry.author()).isEqualTo("Maya Lindqvist, Tom Okafor");
    // published, not updated, and on the day written (23:30 at -05:00 is the 2nd in UTC)
    assertThat(ferry.published().iso()).isEqualTo("2021-03-01");
    assertThat(ferry.text())
        .isEqualTo(
            "The ferry Aurora returned to service on Monday night after a winter in dry dock.\n\n"
                + "Crossings run every forty minutes until the summer timetable begins.");
    RawArticle wall = sink.articles.get(1);
    // no link: the entry's id stands for it
    assertThat(wall.id()).isEqualTo("tag:harbour.example,2021:harbour-wall");
    assertThat(wall.url()).isNull();
    assertThat(wall.published().iso()).isEqualTo("2021-02");
    assertThat(wall.published().precision()).isEqualTo(Precision.MONTH);
    assertThat(wall.text()).startsWith("Repairs to the old harbour wall");
  }

  @Test
  void rss1ItemsInTheirDeclaredEncoding() throws IOException {
    read("rss1.xml");

    RawArticle a = sink.only();
    assertThat(a.id()).isEqualTo("https://bulletin.example/fete-des-moulins");
    assertThat(a.title()).isEqualTo("La fête des moulins aura lieu le 5 juillet");
    assertThat(a.author()).isEqualTo("Comité des fêtes");
    assertThat(a.published().iso()).isEqualTo("2019-06-20");
    assertThat(a.text()).contains("vallée");
  }

  @Test
  void aFeedThatIsNotXmlIsOneClearRejection() throws IOException {
    read("not-a-feed.xml");

    RecordingSink.Rejection r = sink.onlyRejection();
    assertThat(r.origin()).endsWith("not-a-feed.xml");
    assertThat(r.problem()).startsWith("not an XML feed").contains("line 1");
  }

  @Test
  void xmlThatIsNotAFeedIsRejectedNamingItsRoot() throws IOException {
    read("plan.xml", "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>", 1000);

    assertThat(sink.onlyRejection().problem())
        .contains("not an RSS or Atom feed")
        .contains("urlset");
  }

  @Test
  void aFeedThatBreaksOffKeepsTheItemsBefore() throws IOException {
    String xml =
        "<rss version=\"2.0\"><channel><title>T</title>"
            + "<item><link>https://a.example/1</link><description>Un.</description></item>"
            + "<item><link>https://a.example/2</link><description>Deux.</description></item>"
            + "<item><link>https://a.example/3</link><descr";
    read("coupe.xml", xml, 1000);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("Un.", "Deux.");
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).problem())
        .startsWith("the feed breaks off")
        .contains("the 2 items before were read");
  }

  @Test
  void aDateRomeRollsIntoAnotherMillenniumIsDroppedNotKept() throws IOException {
    // a seven-digit year, which Rome reads whole (found by fuzzing)
    String xml =
        "<rss version=\"2.0\"><channel><title>T</title>"
            + "<item><link>https://a.example/1</link><description>Un.</description>"
            + "<pubDate>Sat, 01 Feb 2020111 08:30:00 GMT</pubDate></item>"
            + "<item><link>https://a.example/2</link><description>Deux.</description>"
            + "<pubDate>Tue, 14 Jan 2020 10:00:00 +0100</pubDate></item>"
            + "</channel></rss>";
    read("garbled-date.xml", xml, 1000);

    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("Un.", "Deux.");
    assertThat(sink.articles.get(0).published()).isNull();
    assertThat(sink.articles.get(1).published().iso()).isEqualTo("2020-01-14");
  }

  @Test
  void anItemLargerThanTheLimitIsRejectedAndTheNextOneRead() throws IOException {
    String xml =
        "<rss version=\"2.0\"><channel>"
            + "<item><link>https://a.example/1</link><description>"
            + "x".repeat(5000)
            + "</description></item>"
            + "<item><link>https://a.example/2</link><description>Court.</description></item>"
            + "</channel></rss>";
    read("gros.xml", xml, 1000);

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("https://a.example/2");
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).origin()).endsWith("gros.xml: item 1");
    assertThat(sink.rejections.get(0).problem()).contains("too large");
  }

  @Test
  void externalEntitiesAreNeverRead() throws IOException {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><item><link>https://a.example/1</link>"
            + "<description>&x;</description></item></channel></rss>";
    read("xxe.xml", xml, 1000);

    assertThat(sink.articles).allSatisfy(a -> assertThat(a.text()).doesNotContain("root:"));
    assertThat(sink.rejections).isNotEmpty();
  }

  @Test
  void anEmptyFeedIsReported() throws IOException {
    read("vide.xml", "<rss version=\"2.0\"><channel><title>Rien</title></channel></rss>", 1000);

    assertThat(sink.onlyRejection().problem()).isEqualTo("the feed has no items");
  }

  @Test
  void aLongFeedStreamsItemByItem() throws IOException {
    // 20,000 items: each is built and mapped alone, the header is all that is kept
    StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Fil</title>");
    for (int i = 0; i < 20_000; i++) {
      xml.append("<item><link>https://a.example/")
          .append(i)
          .append("</link><pubDate>Tue, 14 Jan 2020 10:00:00 GMT</pubDate><description>Brève ")
          .append(i)
          .append(".</description></item>");
    }
    xml.append("</channel></rss>");
    read("long.xml", xml.toString(), 1000);

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.articles).hasSize(20_000);
    assertThat(List.of(sink.articles.get(19_999).text())).containsExactly("Brève 19999.");
  }

  private static String item(int n, String title) {
    return "<item><title>"
        + title
        + "</title><link>https://example.org/"
        + n
        + "</link><description>Le texte de l'article "
        + n
        + ".</description></item>";
  }

  @Test
  void anItemJdomCannotHoldIsRejectedAndTheNextOnesRead() throws IOException {
    // XML 1.1 allows a control character as a reference; JDOM refuses it (IllegalDataException)
    read(
        "controle.xml",
        "<?xml version=\"1.1\"?><rss version=\"2.0\"><channel><title>T</title>"
            + item(1, "Un &#x1; caractère")
            + item(2, "Deux")
            + "</channel></rss>",
        1_000_000);

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("https://example.org/2");
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).origin())
        .isEqualTo(Path.of("flux", "controle.xml") + ": item 1");
    assertThat(sink.rejections.get(0).problem()).startsWith("unreadable item: ");
  }

  @Test
  void aFeedHeaderJdomCannotHoldIsRejectedNotThrown() throws IOException {
    read(
        "racine.xml",
        "<?xml version=\"1.1\"?><rss version=\"2.0\" x=\"&#x1;\"><channel>"
            + item(1, "Un")
            + "</channel></rss>",
        1_000_000);

    assertThat(sink.onlyRejection().problem()).startsWith("unreadable feed: ");
  }

  @Test
  void bytesThatAreNotUtf8AreRejectedWithWhereTheyAreAndTheItemsBeforeKept() throws IOException {
    // found by FeedArticleReaderFuzzTest: the decoder's CharConversionException escaped
    byte[] feed =
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + item(1, "Un")
                + item(2, "Deux \u00ff")
                + "</channel></rss>")
            .getBytes(UTF_8);
    // the ÿ as one Latin-1 byte: not UTF-8
    byte[] latin = new String(feed, UTF_8).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    new FeedArticleReader(1_000_000)
        .read(
            new InputFile(Path.of("flux", "latin.xml"), "latin.xml", "flux", latin.length),
            new ByteArrayInputStream(latin),
            sink);

    assertThat(sink.articles).extracting(RawArticle::id).containsExactly("https://example.org/1");
    assertThat(sink.rejections).hasSize(1);
    assertThat(sink.rejections.get(0).problem())
        .startsWith("the feed breaks off: not well-formed XML at line 1, column ")
        .contains("UTF-8")
        .endsWith("; the item before was read");
  }
}
