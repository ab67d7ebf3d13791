package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tandem.model.Lang;
import org.tandem.terms.Glossary;

/**
 * Precision and recall of aligned sentence groups on documents with left-out, added, joined and
 * split sentences and moved paragraph breaks (see {@link EvalCorpus}): of all groups the aligner
 * finds, and of those it is sure enough of to apply (confidence 0.5, the default threshold).
 */
class AlignerEvaluationTest {
  private static final Aligner ALIGNER = new Aligner(new Evidence(Glossary.EMPTY));

  /** Correct, found and gold groups, over every seed. */
  private record Counts(int correct, int found, int gold) {
    double precision() {
      return (double) correct / found;
    }

    double recall() {
      return (double) correct / gold;
    }
  }

  private static Counts evaluate(List<String[]> pairs, int seeds, double threshold) throws Exception {
    return evaluate(ALIGNER, pairs, seeds, threshold);
  }

  private static Counts evaluate(Aligner aligner, List<String[]> pairs, int seeds, double threshold)
      throws Exception {
    return evaluate(aligner, pairs, seeds, threshold, Lang.DE);
  }

  private static Counts evaluate(Aligner aligner, List<String[]> pairs, int seeds, double threshold, Lang source)
      throws Exception {
    List<String> additions = EvalCorpus.lines(source == Lang.DE ? "added-tr.txt" : "added-de.txt");
    int correct = 0;
    int found = 0;
    int gold = 0;
    for (long seed = 1; seed <= seeds; seed++) {
      EvalCorpus.Doc doc = EvalCorpus.perturb(pairs, additions, seed, source == Lang.TR);
      Set<String> groups = EvalCorpus.groups(aligner.align(doc.src(), source, doc.tgt()).stream()
          .filter(l -> l.confidence() >= threshold).toList());
      found += groups.size();
      gold += doc.gold().size();
      groups.retainAll(doc.gold());
      correct += groups.size();
    }
    return new Counts(correct, found, gold);
  }

  @Test
  void recoversSentenceGroupsOfPerturbedDocuments() throws Exception {
    List<String[]> all = new ArrayList<>();
    EvalCorpus.pairs().values().forEach(all::addAll);
    Counts any = evaluate(all, 20, 0);
    Counts applied = evaluate(all, 20, 0.5);
    System.out.printf("alignment evaluation: precision %.3f, recall %.3f (%d groups); from confidence 0.5:"
        + " precision %.3f, recall %.3f%n", any.precision(), any.recall(), any.gold(), applied.precision(),
        applied.recall());
    assertTrue(any.precision() >= 0.95 && any.recall() >= 0.95, any.toString());
    assertTrue(applied.precision() >= 0.97 && applied.recall() >= 0.9, applied.toString());
  }

  @Test
  void alignsDocumentsOfOtherTopics() throws Exception {
    List<String[]> pairs = new ArrayList<>();
    for (String line : EvalCorpus.lines("heldout.tsv")) {
      String[] cells = line.split("\t");
      pairs.add(new String[] {cells[1], cells[2]});
    }
    Counts applied = evaluate(pairs, 30, 0.5);
    System.out.printf("other topics: precision %.3f, recall %.3f (%d groups)%n", applied.precision(),
        applied.recall(), applied.gold());
    assertTrue(applied.precision() >= 0.95 && applied.recall() >= 0.9, applied.toString());
  }

  /** Real texts use words the lexicon lacks: with every other lexicon entry dropped, the aligner still holds. */
  @Test
  void holdsWithHalfTheLexicon() throws Exception {
    List<org.tandem.model.Concept> half = new ArrayList<>();
    List<org.tandem.model.Concept> all = Evidence.lexicon().concepts();
    for (int i = 0; i < all.size(); i += 2) {
      half.add(all.get(i));
    }
    Aligner aligner = new Aligner(new Evidence(new Glossary(half), Glossary.EMPTY));
    List<String[]> pairs = new ArrayList<>();
    EvalCorpus.pairs().values().forEach(pairs::addAll);
    Counts applied = evaluate(aligner, pairs, 10, 0.5);
    System.out.printf("half the lexicon: precision %.3f, recall %.3f (%d groups)%n", applied.precision(),
        applied.recall(), applied.gold());
    assertTrue(applied.precision() >= 0.95 && applied.recall() >= 0.9, applied.toString());
  }

  @Test
  void alignsTurkishChaptersWithTheirGermanTranslations() throws Exception {
    List<String[]> pairs = new ArrayList<>();
    EvalCorpus.pairs().values().forEach(d -> d.forEach(p -> pairs.add(new String[] {p[1], p[0]})));
    Counts applied = evaluate(ALIGNER, pairs, 10, 0.5, Lang.TR);
    System.out.printf("Turkish to German: precision %.3f, recall %.3f (%d groups)%n", applied.precision(),
        applied.recall(), applied.gold());
    assertTrue(applied.precision() >= 0.95 && applied.recall() >= 0.95, applied.toString());
  }
}
