package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;
import org.tandem.terms.Glossary;

/**
 * Precision and recall of aligned sentence groups on documents with left-out, added, joined and
 * split sentences and moved paragraph breaks (see {@link EvalCorpus}).
 */
class AlignerEvaluationTest {
  private static final Aligner ALIGNER = new Aligner(new Evidence(Glossary.EMPTY));

  @Test
  void recoversSentenceGroupsOfPerturbedDocuments() throws Exception {
    Map<String, List<String[]>> docs = EvalCorpus.pairs();
    List<String> additions = EvalCorpus.lines("added-tr.txt");
    int correct = 0;
    int predicted = 0;
    int gold = 0;
    int appliedCorrect = 0;
    int applied = 0;
    for (long seed = 1; seed <= 20; seed++) {
      List<String[]> all = new ArrayList<>();
      docs.values().forEach(all::addAll);
      for (List<String[]> pairs : List.of(all)) {
        EvalCorpus.Doc doc = EvalCorpus.perturb(pairs, additions, seed);
        List<Link> links = ALIGNER.align(doc.src(), Lang.DE, doc.tgt());
        Set<String> found = EvalCorpus.groups(links);
        Set<String> sure = EvalCorpus.groups(links.stream().filter(l -> l.confidence() >= 0.5).toList());
        applied += sure.size();
        sure.retainAll(doc.gold());
        appliedCorrect += sure.size();
        predicted += found.size();
        gold += doc.gold().size();
        found.retainAll(doc.gold());
        correct += found.size();
      }
    }
    double precision = (double) correct / predicted;
    double recall = (double) correct / gold;
    double appliedPrecision = (double) appliedCorrect / applied;
    double appliedRecall = (double) appliedCorrect / gold;
    System.out.printf("alignment evaluation: precision %.3f, recall %.3f (%d groups); from confidence 0.5:"
        + " precision %.3f, recall %.3f%n", precision, recall, gold, appliedPrecision, appliedRecall);
    assertTrue(appliedPrecision >= 0.97, "precision of applied pairs " + appliedPrecision);
    assertTrue(appliedRecall >= 0.9, "recall of applied pairs " + appliedRecall);
    assertTrue(precision >= 0.95, "precision " + precision);
    assertTrue(recall >= 0.95, "recall " + recall);
  }

  @Test
  void alignsHeldOutDocumentsWithWordsTheLexiconWasNotTunedFor() throws Exception {
    List<String[]> pairs = new ArrayList<>();
    for (String line : EvalCorpus.lines("heldout.tsv")) {
      String[] cells = line.split("\t");
      pairs.add(new String[] {cells[1], cells[2]});
    }
    List<String> additions = EvalCorpus.lines("added-tr.txt");
    int correct = 0;
    int predicted = 0;
    int gold = 0;
    for (long seed = 1; seed <= 30; seed++) {
      EvalCorpus.Doc doc = EvalCorpus.perturb(pairs, additions, seed);
      Set<String> found = EvalCorpus.groups(ALIGNER.align(doc.src(), Lang.DE, doc.tgt()).stream()
          .filter(l -> l.confidence() >= 0.5).toList());
      predicted += found.size();
      gold += doc.gold().size();
      found.retainAll(doc.gold());
      correct += found.size();
    }
    double precision = (double) correct / predicted;
    double recall = (double) correct / gold;
    System.out.printf("held-out evaluation: precision %.3f, recall %.3f (%d groups)%n", precision, recall, gold);
    assertTrue(precision >= 0.9, "precision " + precision);
    assertTrue(recall >= 0.85, "recall " + recall);
  }
}
