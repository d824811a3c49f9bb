package org.trame.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trame.IngestListener;
import org.trame.IngestReport;
import org.trame.Trame;

/**
 * The web UI in a real browser: Debian's headless chromium, driven through its own chromedriver,
 * against {@code trame serve} on loopback over the demo corpus and one hostile web page. What is
 * checked is what a person would read; a screenshot of each page is kept in {@code
 * target/screenshots/}.
 *
 * <p>Without chromium and chromedriver the tests are skipped, with the reason, on a developer's
 * machine, and fail in CI ({@code CI=true}), where {@code scripts/install-tools.sh} installs them.
 */
class WebUiBrowserTest {

  private static final Path ROOT =
      Path.of(System.getProperty("trame.root", "..")).toAbsolutePath().normalize();
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String HOSTILE_ID = "piege/concert-annule.html";

  @TempDir static Path tmp;
  private static WebServer server;
  private static ChromeDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void serveTheDemoAndOpenABrowser() throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String missing =
        "the browser tests need Debian's chromium and chromium-driver ("
            + CHROMIUM
            + ", "
            + CHROMEDRIVER
            + "): apt-get install chromium chromium-driver, or run scripts/install-tools.sh as root";
    if ("true".equals(System.getenv("CI"))) {
      assertThat(present).as(missing).isTrue();
    }
    Assumptions.assumeTrue(present, missing);

    Path hostile = tmp.resolve("in/piege");
    Files.createDirectories(hostile);
    Files.copy(
        WebUiBrowserTest.class.getResourceAsStream("/org/trame/app/web/hostile-page.html"),
        hostile.resolve("concert-annule.html"));
    Path data = tmp.resolve("data");
    try (Trame trame = Trame.open(data)) {
      IngestReport report =
          trame.ingest(
              List.of(ROOT.resolve("demo/corpus"), tmp.resolve("in")), IngestListener.NONE);
      assertThat(report.rejected()).isEmpty();
    }
    server = WebServer.start(data, "127.0.0.1", 0);

    ChromeDriverService service =
        new ChromeDriverService.Builder()
            // named outright: Selenium Manager must never download a driver or a browser
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--lang=fr-FR",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chromium-profile")),
        "--window-size=1200,1400");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fr-FR,fr"));
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    // a view is drawn anew on each change of the address: what was found may be gone, look again
    wait.ignoring(StaleElementReferenceException.class);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void frenchOnAWideScreen() {
    browser.manage().window().setSize(new Dimension(1200, 1400));
    open("");
    script("localStorage.removeItem('trame.lang')");
  }

  private static void open(String fragment) {
    // a fresh load each time: the page's state never leaks from one test into the next
    browser.get("about:blank");
    browser.get(server.url() + fragment);
  }

  private static Object script(String js) {
    return ((JavascriptExecutor) browser).executeScript(js);
  }

  private static WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private static List<WebElement> all(String css) {
    return browser.findElements(By.cssSelector(css));
  }

  private static void screenshot(String name) throws IOException {
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Opens the seed story (Mission: Impossible 7) from the front page, as a reader would. */
  private static void openTheSeedStory() {
    visible("#stories li");
    // the front page may be drawn anew as it loads (language, data): find the link and click it
    // in one step, again if the page changed under it
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> {
          WebElement link =
              all("#stories h3 a").stream()
                  .filter(a -> a.getText().contains("Mission: Impossible"))
                  .findFirst()
                  .orElseThrow(
                      () -> new AssertionError("no Mission: Impossible story on the front page"));
          link.click();
          return true;
        });
    visible("#story-title");
    visible("#timeline-chart svg");
  }

  private static int shownArticles() {
    return all("#articles > li.article").size() + all("#articles .copies li").size();
  }

  @Test
  void theFrontPageListsTheStoriesWithTheirSparklines() throws IOException {
    visible("#stories li");
    List<WebElement> cards = all("#stories > li");
    // as many as the status line counts ("11 histoires, 73 articles"): the page holds 30
    String status = browser.findElement(By.cssSelector("#front .meta")).getText();
    assertThat(status).matches("\\d+ histoires, 73 articles");
    assertThat(cards).hasSize(Math.min(30, Integer.parseInt(status.split(" ")[0])));
    assertThat(cards.size()).isGreaterThanOrEqualTo(5);
    for (WebElement card : cards) {
      assertThat(card.findElement(By.cssSelector(".meta")).getText()).contains("article");
    }
    // every story is dated here: each has its sparkline, with a bar per month that has articles
    assertThat(all("#stories svg.sparkline")).hasSize(cards.size());
    assertThat(all("#stories svg.sparkline rect.spark-bar")).hasSizeGreaterThan(cards.size());
    assertThat(browser.findElement(By.cssSelector("#stories")).getText())
        .contains("Tom Cruise")
        .contains("sources");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
    screenshot("front");
  }

  @Test
  void theSeedStoryShowsItsTimelineAndReplaysAsOfADay() throws IOException {
    openTheSeedStory();
    String title = browser.findElement(By.cssSelector("#story h2")).getText();
    assertThat(title).contains("Mission: Impossible");
    // the timeline: drawn, one mark per dated entry, and listed with precision and sources
    List<WebElement> entries = all("#timeline > li");
    assertThat(entries).hasSizeGreaterThanOrEqualTo(5);
    assertThat(all("#timeline-chart .mark")).hasSize(entries.size());
    String timeline = browser.findElement(By.id("timeline")).getText();
    assertThat(timeline).contains("précision : jour").contains("précision : mois");
    assertThat(timeline).contains("Tom Cruise").contains("cine-mag");
    assertThat(browser.findElement(By.id("entities-section")).getText()).contains("Tom Cruise");
    // a mark of the drawing, reached with the keyboard, points at its entry in the list
    WebElement mark = all("#timeline-chart .mark").get(1);
    mark.sendKeys(Keys.ENTER);
    WebElement picked = visible("#timeline > li.picked");
    assertThat(picked.getAttribute("id")).isEqualTo("entry-" + mark.getAttribute("data-index"));
    assertThat(browser.switchTo().activeElement()).isEqualTo(picked);
    int everything = shownArticles();
    assertThat(everything).isGreaterThanOrEqualTo(8);
    screenshot("story");

    // zoom in with the keyboard, then back out with the button: the range fields follow
    String from = browser.findElement(By.id("timeline-from")).getDomProperty("value");
    browser.findElement(By.id("timeline-chart")).sendKeys("+");
    wait.until(d -> !from.equals(d.findElement(By.id("timeline-from")).getDomProperty("value")));
    assertThat(all("#timeline-chart .mark").size()).isLessThanOrEqualTo(entries.size());
    browser.findElement(By.id("zoom-reset")).click();
    wait.until(d -> from.equals(d.findElement(By.id("timeline-from")).getDomProperty("value")));

    // the as-of slider back to the story's first days: fewer articles, and it says so
    // (each step replays the story: the page is drawn anew, the slider with it)
    browser.findElement(By.id("as-of-slider")).sendKeys(Keys.HOME);
    wait.until(ExpectedConditions.urlContains("as_of="));
    visible("#as-of-note");
    wait.until(d -> d.findElement(By.id("as-of-slider")).getDomProperty("value").equals("0"));
    String firstDay = browser.findElement(By.id("as-of")).getDomProperty("value");
    browser.findElement(By.id("as-of-slider")).sendKeys(Keys.ARROW_RIGHT);
    // the step is taken once the page shows its day (the slider moves before the page changes)
    String secondDay =
        wait.until(d -> {
          String day = d.findElement(By.id("as-of")).getDomProperty("value");
          return day.equals(firstDay) ? null : day;
        });
    assertThat(secondDay).isGreaterThan(firstDay);
    assertThat(browser.getCurrentUrl()).endsWith("as_of=" + secondDay);
    WebElement note = visible("#as-of-note");
    assertThat(note.getText()).contains("Seulement ce qui était publié le");
    int early = shownArticles();
    assertThat(early).isBetween(1, everything - 1);
    // nothing in the timeline after that day but what was announced by then for later
    assertThat(all("#timeline > li").size()).isLessThan(entries.size());
    for (WebElement entry : all("#timeline-chart .mark")) {
      if (entry.getAttribute("data-date").compareTo(secondDay) > 0) {
        assertThat(entry.getAttribute("data-announced"))
            .as(entry.getAttribute("aria-label"))
            .isEqualTo("true");
      }
    }
    screenshot("story-as-of");

    // "Tout" shows the whole story again
    browser.findElement(By.id("as-of-clear")).click();
    wait.until(d -> shownArticles() == everything);
  }

  @Test
  void onAPhoneThePageFitsItsWidth() throws IOException {
    browser.manage().window().setSize(new Dimension(375, 800));
    openTheSeedStory();
    Object overflow =
        script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue())
        .as("horizontal overflow in pixels")
        .isLessThanOrEqualTo(0);
    assertThat(browser.findElement(By.id("as-of-slider")).isDisplayed()).isTrue();
    screenshot("story-phone");
  }

  @Test
  void searchGroupsTheResultsByStoryWithHighlightsAndFacets() throws IOException {
    WebElement box = visible("#search-input");
    box.sendKeys("cascade", Keys.ENTER);
    visible("#results .group");
    WebElement group = all("#results .group").get(0);
    assertThat(group.findElement(By.cssSelector("h3")).getText()).contains("Mission: Impossible");
    List<WebElement> marks = all("#results mark");
    assertThat(marks).isNotEmpty();
    assertThat(marks).allSatisfy(m -> assertThat(m.getText().toLowerCase()).startsWith("cascade"));
    assertThat(browser.findElement(By.id("facet-entities")).getText()).contains("Tom Cruise");
    assertThat(all("#facet-sources li")).isNotEmpty();
    assertThat(all("#facet-months li")).isNotEmpty();
    int hits = all("#results .hit").size();
    screenshot("search");

    // a source facet narrows the search and shows as a filter that can be removed
    WebElement source = all("#facet-sources li a").get(0);
    String name = source.getText();
    source.click();
    wait.until(d -> !d.findElements(By.cssSelector(".filters .chip")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".filters")).getText()).contains(name);
    assertThat(all("#results .hit").size()).isBetween(1, hits);
    assertThat(all("#results .hit .meta")).allSatisfy(m -> assertThat(m.getText()).contains(name));
  }

  private static List<String> cardTitles() {
    return all("#stories > li h3").stream().map(WebElement::getText).toList();
  }

  /** The titles of the stories {@code /api/stories?QUERY} lists: what the page should show. */
  private static List<String> apiTitles(String query) throws Exception {
    java.net.http.HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.url() + "api/stories?" + query))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> titles = new java.util.ArrayList<>();
    new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(response.body())
        .get("stories")
        .forEach(story -> titles.add(story.get("title").asText()));
    return titles;
  }

  /** Waits for the cards to be these stories, in this order (the page may be drawn anew). */
  private static void showsTheStories(List<String> titles) {
    wait.until(d -> cardTitles().equals(titles));
  }

  private static void waitForFilteredPage(String inAddress) {
    wait.until(ExpectedConditions.urlContains(inAddress));
    visible("#stories-matching");
    visible("#stories > li");
  }

  @Test
  void theFrontPageIsFilteredByEntityAndByWordsAndAReloadKeepsTheFilters() throws Exception {
    visible("#story-filters");
    int everything = all("#stories > li").size();
    // the languages the store holds are offered, each by its name
    List<String> languages =
        new Select(browser.findElement(By.id("filter-lang")))
            .getOptions().stream().map(o -> o.getAttribute("value")).toList();
    assertThat(languages).containsExactlyInAnyOrder("", "fr", "en");

    // an entity, typed and sent with the keyboard
    WebElement entity = browser.findElement(By.id("filter-entity"));
    entity.sendKeys("Tom Cruise", Keys.ENTER);
    waitForFilteredPage("entity=Tom");
    showsTheStories(apiTitles("entity=Tom+Cruise"));
    assertThat(cardTitles()).isNotEmpty().hasSizeLessThan(everything);
    assertThat(cardTitles()).anySatisfy(t -> assertThat(t).contains("Mission: Impossible"));
    assertThat(all("#stories > li"))
        .allSatisfy(card -> assertThat(card.getText()).contains("Tom Cruise"));
    assertThat(browser.findElement(By.id("filter-entities")).getText()).contains("Tom Cruise");
    assertThat(browser.findElement(By.id("stories-matching")).getText()).contains("sur");
    screenshot("front-filtered-entity");

    // reloading shows the same filtered page
    List<String> shown = cardTitles();
    browser.navigate().refresh();
    waitForFilteredPage("entity=Tom");
    showsTheStories(shown);
    assertThat(browser.findElement(By.id("filter-entities")).getText()).contains("Tom Cruise");

    // words, on a fresh page; then the entity filter removed by its button
    open("");
    visible("#story-filters");
    browser.findElement(By.id("filter-q")).sendKeys("Ariane", Keys.ENTER);
    waitForFilteredPage("q=Ariane");
    showsTheStories(apiTitles("q=Ariane"));
    assertThat(cardTitles()).isNotEmpty();
    assertThat(cardTitles()).hasSizeLessThan(everything);
    assertThat(browser.findElement(By.id("filter-q")).getDomProperty("value")).isEqualTo("Ariane");
    browser.navigate().refresh();
    waitForFilteredPage("q=Ariane");
    showsTheStories(apiTitles("q=Ariane"));

    // several sources, ticked, and the order by size
    browser.findElement(By.cssSelector("#filter-sources summary")).click();
    List<WebElement> ticks = all("#filter-sources input[type=checkbox]");
    assertThat(ticks).hasSizeGreaterThanOrEqualTo(2);
    String first = ticks.get(0).getAttribute("value");
    String second = ticks.get(1).getAttribute("value");
    ticks.get(0).click();
    ticks.get(1).click();
    new Select(browser.findElement(By.id("filter-sort"))).selectByValue("size");
    browser.findElement(By.id("filter-apply")).click();
    waitForFilteredPage("sort=size");
    assertThat(browser.getCurrentUrl()).contains("source=").contains("q=Ariane");
    String query =
        "q=Ariane&sort=size&source="
            + java.net.URLEncoder.encode(first, java.nio.charset.StandardCharsets.UTF_8)
            + "&source="
            + java.net.URLEncoder.encode(second, java.nio.charset.StandardCharsets.UTF_8);
    showsTheStories(apiTitles(query));

    // "clear all" brings every story back
    browser.findElement(By.id("filter-clear")).click();
    wait.until(d -> all("#stories > li").size() == everything);
    assertThat(all("#stories-matching")).isEmpty();
  }

  @Test
  void aFilteredFrontPageFitsAPhone() throws IOException {
    browser.manage().window().setSize(new Dimension(375, 800));
    open("#stories=&entity=Tom%20Cruise&sort=size");
    visible("#stories-matching");
    visible("#stories > li");
    Object overflow =
        script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue())
        .as("horizontal overflow in pixels")
        .isLessThanOrEqualTo(0);
    // the filters are folded, so the first story shows on the first screen; the summary counts
    // the filters in force
    WebElement summary = browser.findElement(By.cssSelector("#story-filters-box summary"));
    assertThat(summary.getText()).isEqualTo("Filtrer les histoires (1)");
    assertThat(browser.findElement(By.id("story-filters-box")).getDomProperty("open"))
        .isEqualTo("false");
    assertThat(browser.findElement(By.cssSelector("#stories > li")).getRect().getY())
        .isLessThan(800);
    screenshot("front-filtered-phone");
    // opened from the keyboard; every field has its label
    summary.sendKeys(Keys.ENTER);
    visible("#filter-sort");
    for (WebElement control :
        all("#story-filters input:not([type=checkbox]), #story-filters select")) {
      String id = control.getAttribute("id");
      assertThat(all("label[for='" + id + "']")).as("label of " + id).hasSize(1);
    }
    assertThat(
            new Select(browser.findElement(By.id("filter-sort")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("size");
    assertThat(browser.findElement(By.id("filter-entities")).getText()).contains("Tom Cruise");
    screenshot("front-filters-phone");
  }

  @Test
  void theSeedStorysClaimsShowTheirChangesAndAsOfADayTheValueKnownThen() throws IOException {
    openTheSeedStory();
    WebElement claims = visible("#claims");
    assertThat(claims.getText()).contains("release date").contains("12 juillet 2023");
    // each change of the release date is badged: three updates after the first announcement
    assertThat(all("#claims .claim-history .badge.change-update"))
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(b -> assertThat(b.getText()).isEqualTo("changé"));
    assertThat(all("#claims .claim-history .badge.change-first")).isNotEmpty();
    // claims that are no dates show as written: the director's name, the actor's age as said in
    // 2020, a part
    assertThat(claims.getText()).contains("director").contains("Christopher McQuarrie");
    // his age as said in 2020, then in July 2023 (the tagger now finds him in that article too)
    assertThat(claims.getText())
        .contains("Tom Cruise · age · aujourd’hui : 61")
        .contains("58 — annoncé le septembre 2020");
    // a part: the claim names the character, its value the actor
    assertThat(claims.getText()).contains("cast (Ilsa Faust) · aujourd’hui : Rebecca Ferguson");
    screenshot("story-claims");

    // as of the last day of 2021: the date then announced, 17 November 2021, is the current one
    script("document.getElementById('as-of').value = '2021-12-31'");
    browser.findElement(By.cssSelector("#as-of-form button[type=submit]")).click();
    wait.until(ExpectedConditions.urlContains("as_of=2021-12-31"));
    visible("#as-of-note");
    WebElement current =
        wait.until(d -> {
          List<WebElement> found = d.findElements(By.cssSelector("#claims .current"));
          return found.isEmpty() ? null : found.get(0);
        });
    assertThat(current.getText()).contains("17 novembre 2021");
    assertThat(browser.findElement(By.id("claims")).getText())
        .doesNotContain("2023")
        .contains("17 novembre 2021");
    screenshot("story-claims-as-of-2021");
  }

  @Test
  void anEntityPageListsItsStories() throws IOException {
    openTheSeedStory();
    all("#entities-section a").stream()
        .filter(a -> a.getText().equals("Tom Cruise"))
        .findFirst()
        .orElseThrow()
        .click();
    visible("#entity-stories-list li");
    assertThat(browser.findElement(By.cssSelector("#entity h2")).getText()).isEqualTo("Tom Cruise");
    assertThat(browser.findElement(By.id("entity-stories-list")).getText())
        .contains("Mission: Impossible");
    screenshot("entity");
  }

  @Test
  void anUnknownStorySaysSoInTheReadersLanguage() {
    open("#story=s-999");
    WebElement message = visible("#message");
    assertThat(message.getText()).startsWith("Introuvable").contains("s-999");
  }

  @Test
  void theLanguageCanBeSwitched() throws IOException {
    visible("#stories li");
    assertThat(browser.findElement(By.cssSelector("header nav")).getText()).isEqualTo("Histoires");
    new Select(browser.findElement(By.id("lang"))).selectByValue("en");
    wait.until(d -> d.findElement(By.cssSelector("header nav")).getText().equals("Stories"));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.cssSelector("label[for=search-input]")).getText())
        .isEqualTo("Search the articles");
    wait.until(d -> d.findElement(By.id("front")).getText().contains("articles ·"));
    // the filter bar speaks English too
    assertThat(browser.findElement(By.cssSelector("#story-filters-box summary")).getText())
        .isEqualTo("Filter the stories");
    assertThat(browser.findElement(By.cssSelector("label[for=filter-entity]")).getText())
        .isEqualTo("Named entity");
    assertThat(
            new Select(browser.findElement(By.id("filter-sort")))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("recent activity");
    openTheSeedStory();
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("precision: day");
    screenshot("story-english");
    // kept for the next visit
    open("");
    wait.until(d -> d.findElement(By.cssSelector("header nav")).getText().equals("Stories"));
    new Select(browser.findElement(By.id("lang"))).selectByValue("fr");
    wait.until(d -> d.findElement(By.cssSelector("header nav")).getText().equals("Histoires"));
  }

  /**
   * A page whose text carries script, an image with onerror, a javascript: link and a style: none
   * of it runs or applies anywhere the page shows it, and what the article says about them shows as
   * text.
   */
  @Test
  void aHostilePageRunsNothingAndShowsItsTextAsText() throws IOException {
    script("window.pwned = undefined");
    visible("#stories li");
    assertThat(browser.findElement(By.id("stories")).getText()).contains("<img src=x onerror=");

    open("#article=" + HOSTILE_ID);
    WebElement text = visible("#article-text");
    assertThat(browser.findElement(By.cssSelector("#article h2")).getText())
        .contains("<img src=x onerror=");
    assertThat(text.getText()).contains("<script>window.pwned = 'texte'</script>");
    assertThat(text.findElements(By.cssSelector("img, script, style, a, iframe"))).isEmpty();
    browser.findElement(By.id("article-version")).click();
    assertThat(text.findElements(By.cssSelector("img, script, style, a, iframe"))).isEmpty();
    screenshot("hostile-article");
    assertNothingRan();

    String story = (String) script("return document.querySelector('#article .meta a').hash");
    open(story);
    visible("#timeline");
    assertNothingRan();

    open("#search=chorale");
    visible("#results .group");
    // the snippet shows what the article wrote, markup and marks alike, as text; only the
    // matched words are highlighted, by elements the page made
    String results = browser.findElement(By.id("results")).getText();
    assertThat(results).contains("<script>");
    assertThat(results).contains("[[chorale]]").contains("<mark>faux</mark>");
    assertThat(results).contains("<img src=x onerror=");
    assertThat(all("#results script, #results img, #results style")).isEmpty();
    assertThat(all("#results mark"))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("chorale"));
    assertNothingRan();
    screenshot("hostile-search");
  }

  private static void assertNothingRan() {
    assertThat(script("return typeof window.pwned")).isEqualTo("undefined");
    assertThatThrownBy(() -> browser.switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    // the page's own stylesheet still applies: no injected style hid or restyled it
    assertThat(script("return getComputedStyle(document.body).display")).isEqualTo("block");
    assertThat(all("style")).isEmpty();
  }
}
