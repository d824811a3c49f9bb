package org.trame.eval.ner.peer;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
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

  public CoreNlpFrenchNer() throws Exception {
    crf = CRFClassifier.getClassifier(MODEL);
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
      List<CoreLabel> out = crf.classifySentence(sentence);
      String open = null;
      int openFirst = 0;
      for (int i = 0; i <= out.size(); i++) {
        String label =
            i < out.size() ? type(out.get(i).get(CoreAnnotations.AnswerAnnotation.class)) : null;
        if (open != null && !open.equals(label)) {
          spans.add(new TokenSpan(open, from + openFirst, from + i - 1));
          open = null;
        }
        if (label != null && open == null) {
          open = label;
          openFirst = i;
        }
      }
      from = end + 1;
    }
    return spans;
  }

  private static String type(String answer) {
    if (answer == null) {
      return null;
    }
    String t = answer.startsWith("I-") || answer.startsWith("B-") ? answer.substring(2) : answer;
    return switch (t) {
      case "PER", "I-PER" -> "PER";
      case "LOC" -> "LOC";
      case "ORG" -> "ORG";
      default -> null;
    };
  }
}
