package org.trame.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;
import org.trame.article.Article;
import org.trame.store.StoredArticle;

/**
 * The demo's saved web pages, ingested as files into one store and as a crawl (a WARC of HTTP 200
 * responses written by jwarc) into another, give the same articles.
 */
class WarcEquivalenceTest {

  private static final Path PAGES =
      Path.of(System.getProperty("trame.root", "../.."))
          .toAbsolutePath()
          .resolve("demo/corpus/le-fil-web");

  @TempDir Path dir;

  /** What must not depend on how a page arrived. */
  record Seen(String title, String author, String text, String date, String precision) {
    static Seen of(Article a) {
      return new Seen(
          a.title(),
          a.author(),
          a.text(),
          a.published() == null ? null : a.published().iso(),
          a.published() == null ? null : a.published().precision().name());
    }
  }

  @Test
  void aCrawlOfThePagesGivesTheSameArticlesAsThePages() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(PAGES)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSize(6);
    Warcs crawl = new Warcs().info();
    List<String> urls = new ArrayList<>();
    for (Path page : pages) {
      String url = "https://www.lefilweb.example/articles/" + page.getFileName();
      urls.add(url);
      crawl.page(url, 200, "text/html; charset=utf-8", Files.readAllBytes(page));
    }
    Path warc = dir.resolve("le-fil-web.warc.gz");
    crawl.write(warc, true);

    Map<String, Seen> fromFiles = ingest(PAGES, "files");
    Map<String, Seen> fromCrawl = ingest(warc, "crawl");

    assertThat(fromFiles).hasSize(6);
    assertThat(fromCrawl).hasSize(6);
    // same articles, whatever their ids (a path here, the captured URL there)
    assertThat(fromCrawl.values()).containsExactlyInAnyOrderElementsOf(fromFiles.values());
    assertThat(fromCrawl.keySet()).containsExactlyInAnyOrderElementsOf(urls);
    assertThat(fromFiles.values())
        .allSatisfy(s -> {
          assertThat(s.date()).isNotNull();
          assertThat(s.precision()).isEqualTo("DAY");
          assertThat(s.author()).isNotBlank();
          assertThat(s.text())
              .hasSizeGreaterThan(500)
              .doesNotContain("À lire aussi", "Mentions légales");
        });
  }

  private Map<String, Seen> ingest(Path input, String name) throws IOException {
    Map<String, Seen> seen = new TreeMap<>();
    try (Trame trame = Trame.open(dir.resolve(name))) {
      IngestReport report = trame.ingest(List.of(input), IngestListener.NONE);
      assertThat(report.rejected()).isEmpty();
      for (var story : trame.stories()) {
        for (String id : story.articleIds()) {
          StoredArticle a = trame.article(id).orElseThrow();
          seen.put(id, Seen.of(a.article()));
        }
      }
    }
    return seen;
  }
}
