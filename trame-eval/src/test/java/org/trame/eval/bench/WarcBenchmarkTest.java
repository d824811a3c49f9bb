package org.trame.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trame.Trame;
import org.trame.store.StoredArticle;

/**
 * The benchmark's plumbing on a small crawl: the pages it writes are read back as the articles they
 * dress, furniture left out; its figures are printed by `trame bench warc`, not tested.
 */
class WarcBenchmarkTest {

  @TempDir Path work;

  @Test
  void writesACrawlOfTheSizeAskedThatIngestsAsItsArticles() throws Exception {
    Path articles = Path.of(WarcBenchmarkTest.class.getResource("/labelled.jsonl").toURI());
    Path warc = work.resolve("crawl.warc");
    WarcBenchmark.Crawl crawl = WarcBenchmark.write(articles, warc, 200_000);

    assertThat(crawl.bytes()).isGreaterThanOrEqualTo(200_000).isEqualTo(Files.size(warc));
    assertThat(crawl.articles()).isEqualTo(4);
    assertThat(crawl.pages()).isGreaterThan(4); // the four again under new URLs

    WarcBenchmark.Run floor = WarcBenchmark.readOnly(warc);
    assertThat(floor.pages()).isEqualTo(crawl.pages());

    WarcBenchmark.Run ingest = WarcBenchmark.ingest(warc, work.resolve("store"));
    assertThat(ingest.report().rejected()).isEmpty();
    assertThat(ingest.report().stored()).isEqualTo(crawl.pages());
    assertThat(ingest.report().duplicates()).isEqualTo(crawl.pages() - 4);
    try (Trame trame = Trame.openReadOnly(work.resolve("store"))) {
      StoredArticle first =
          trame.article("https://actu.example.org/0/article-1.html").orElseThrow();
      assertThat(first.article().title())
          .isEqualTo("Le maire inaugure la nouvelle piscine municipale");
      assertThat(first.article().text())
          .startsWith("La piscine municipale rénovée")
          .doesNotContain("Autres articles", "dataLayer", "Tous droits réservés");
    }
  }

  @Test
  void readsSizes() {
    assertThat(WarcBenchmark.parseSize("1g")).isEqualTo(1L << 30);
    assertThat(WarcBenchmark.parseSize("200M")).isEqualTo(200L << 20);
    assertThat(WarcBenchmark.parseSize("5000")).isEqualTo(5000);
    assertThatThrownBy(() -> WarcBenchmark.parseSize("big")).hasMessageContaining("not a size");
    assertThatThrownBy(() -> WarcBenchmark.parseSize("0k")).hasMessageContaining("positive");
  }
}
