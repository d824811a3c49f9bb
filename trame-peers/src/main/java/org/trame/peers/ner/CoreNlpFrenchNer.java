package org.trame.peers.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.trame.eval.ner.DocumentTagger;
import org.trame.eval.ner.HipeDocument;
import org.trame.eval.ner.TokenSpan;

/**
 * Stanford CoreNLP's French 4-class CRF (trained on WikiNER: PER, LOC, ORG, MISC), given the file's
 * own tokens sentence by sentence, so it is spared tokenization and segmentation. Its labels are
 * IO: adjacent tokens with one label make one entity; MISC is dropped.
 */
public final class CoreNlpFrenchNer implements DocumentTagger {

  public static final String MODEL = "edu/stanford/nlp/models/ner/french-wikiner-4class.crf.ser.gz";

  private final CRFClassifier<CoreLabel> crf;

  /**
   * Whether the French model is on the class path: it comes with the Maven profile {@code
   * corenlp-models} (281 MB), which {@code scripts/peer-bench} turns on and CI does not.
   */
  public static boolean modelAvailable() {
    return CoreNlpFrenchNer.class.getClassLoader().getResource(MODEL) != null;
  }

  /** Loads the model from the class path (the models-french jar), a few seconds. */
  public CoreNlpFrenchNer() throws IOException {
    try {
      crf = CRFClassifier.getClassifier(MODEL);
    } catch (ClassNotFoundException e) {
      throw new IOException("CoreNLP model " + MODEL + " does not match this CoreNLP", e);
    }
  }

  @Override
  public List<TokenSpan> tag(HipeDocument doc) {
    List<TokenSpan> spans = new ArrayList<>();
    int from = 0;
    for (int end : doc.sentenceEnds()) {
      List<CoreLabel> sentence = new ArrayList<>(end - from + 1);
      for (int i = from; i <= end; i++) {
        CoreLabel l = new CoreLabel();
        String w = doc.tokens().get(i);
        l.setWord(w);
        l.setValue(w);
        l.setOriginalText(w);
        sentence.add(l);
      }
      List<String> answers = new ArrayList<>(sentence.size());
      for (CoreLabel l : crf.classifySentence(sentence)) {
        answers.add(l.get(CoreAnnotations.AnswerAnnotation.class));
      }
      spans.addAll(spans(answers, from));
      from = end + 1;
    }
    return spans;
  }

  /**
   * The entities in one sentence's labels: a run of tokens with one type is one entity.
   *
   * @param first the document index of the sentence's first token
   */
  static List<TokenSpan> spans(List<String> answers, int first) {
    List<TokenSpan> spans = new ArrayList<>();
    String open = null;
    int openFirst = 0;
    for (int i = 0; i <= answers.size(); i++) {
      String label = i < answers.size() ? type(answers.get(i)) : null;
      if (open != null && !open.equals(label)) {
        spans.add(new TokenSpan(open, first + openFirst, first + i - 1));
        open = null;
      }
      if (label != null && open == null) {
        open = label;
        openFirst = i;
      }
    }
    return spans;
  }

  private static String type(String answer) {
    if (answer == null) {
      return null;
    }
    String t = answer.startsWith("I-") || answer.startsWith("B-") ? answer.substring(2) : answer;
    return switch (t) {
      case "PER", "LOC", "ORG" -> t;
      default -> null;
    };
  }
}
