package org.trame.peers.heideltime;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trame.analysis.TimeMention;
import org.trame.analysis.TimeTagger;
import org.trame.article.PublishedDate;

/**
 * HeidelTime behind trame's {@link TimeTagger}, so that the same harnesses score and time both.
 * News documents, no part-of-speech tagger ({@code POSTagger.NO}: no TreeTagger to install), TimeML
 * output mapped back to offsets in the input text. Not thread-safe, as HeidelTime is not.
 */
public final class HeidelTimeTagger implements TimeTagger {

  private static final Pattern TIMEX =
      Pattern.compile("<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  /**
   * HeidelTime logs every document at INFO through java.util.logging; held here because the logging
   * framework keeps only weak references to loggers, and would forget the level.
   */
  private static final java.util.logging.Logger QUIET =
      java.util.logging.Logger.getLogger("de.unihd.dbs");

  private final HeidelTimeStandalone heidelTime;

  /**
   * @param language {@code fr} or {@code en}
   */
  public HeidelTimeTagger(String language) {
    QUIET.setLevel(java.util.logging.Level.WARNING);
    Path config = writeConfig();
    this.heidelTime =
        new HeidelTimeStandalone(
            language.equals("en") ? Language.ENGLISH : Language.FRENCH,
            DocumentType.NEWS,
            OutputType.TIMEML,
            config.toString(),
            POSTagger.NO);
  }

  /** HeidelTime reads its settings from a file: the documented defaults, no external tools. */
  private static Path writeConfig() {
    try {
      Path file = Files.createTempFile("heideltime-", ".props");
      file.toFile().deleteOnExit();
      Files.writeString(
          file,
          String.join(
              "\n",
              "considerDate = true",
              "considerDuration = true",
              "considerSet = true",
              "considerTime = true",
              "considerTemponym = false",
              "treeTaggerHome = ",
              "chineseTokenizerPath = ",
              "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
              "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml",
              "uimaVarDate = Date",
              "uimaVarDuration = Duration",
              "uimaVarLanguage = Language",
              "uimaVarSet = Set",
              "uimaVarTime = Time",
              "uimaVarTemponym = Temponym",
              "uimaVarTypeToProcess = Type",
              ""));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<TimeMention> tag(String text, PublishedDate published) {
    String timeMl;
    try {
      Date dct =
          published == null
              ? new Date()
              : Date.from(published.date().atStartOfDay().plusHours(12).toInstant(ZoneOffset.UTC));
      timeMl = heidelTime.process(text, dct);
    } catch (DocumentCreationTimeMissingException e) {
      throw new IllegalStateException(e);
    }
    return mentions(text, timeMl);
  }

  /**
   * The TIMEX3 elements of HeidelTime's output, at their offsets in {@code text}: the output is the
   * input with tags inserted and a few characters escaped, so each mention's text is looked up in
   * order from the end of the previous one.
   */
  static List<TimeMention> mentions(String text, String timeMl) {
    List<TimeMention> out = new ArrayList<>();
    int from = 0;
    Matcher m = TIMEX.matcher(timeMl);
    while (m.find()) {
      String surface = unescape(TAG.matcher(m.group(2)).replaceAll(""));
      int start = text.indexOf(surface, from);
      if (start < 0) {
        continue;
      }
      String type = null;
      String value = null;
      Matcher a = ATTRIBUTE.matcher(m.group(1));
      while (a.find()) {
        switch (a.group(1)) {
          case "type" -> type = a.group(2);
          case "value" -> value = a.group(2);
          default -> {}
        }
      }
      out.add(new TimeMention(surface, type, value, start, start + surface.length()));
      from = start + surface.length();
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }
}
