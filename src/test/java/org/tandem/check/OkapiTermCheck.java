package org.tandem.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.annotation.IssueType;
import net.sf.okapi.common.resource.StartDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.QualityCheckSession;
import org.tandem.model.Lang;

/**
 * Okapi Framework's own terminology check (CheckMate's engine, {@code net.sf.okapi.lib.verification})
 * run on sentence pairs, with the glossary given to it as TBX: the baseline tandem's check is
 * measured against. Only its terminology issues are kept; its other checks are switched off.
 */
final class OkapiTermCheck {
  private final Path tbx;
  private final boolean stringMode;

  /**
   * @param tbx the glossary as TBX 2008
   * @param stringMode Okapi's "string search" option (substring instead of word matching)
   */
  OkapiTermCheck(Path tbx, boolean stringMode) {
    this.tbx = tbx;
    this.stringMode = stringMode;
  }

  /** The source terms Okapi reports as not translated, per pair index. */
  Map<Integer, List<String>> untranslatedTerms(Lang source, List<String[]> pairs) {
    QualityCheckSession session = new QualityCheckSession();
    session.setParameters(parameters());
    LocaleId src = LocaleId.fromString(source.code());
    LocaleId trg = LocaleId.fromString(source.other().code());
    session.startProcess(src, trg);
    StartDocument doc = new StartDocument("sd1");
    doc.setName("file:/accuracy/cases." + source.code());
    doc.setLocale(src);
    session.processStartDocument(doc, null);
    for (int i = 0; i < pairs.size(); i++) {
      TextUnit tu = new TextUnit("u" + i, pairs.get(i)[0]);
      tu.setTarget(trg, new TextContainer(pairs.get(i)[1]));
      session.processTextUnit(tu);
    }
    Map<Integer, List<String>> result = new HashMap<>();
    for (Issue issue : session.getIssues()) {
      if (issue.getIssueType() == IssueType.TERMINOLOGY) {
        int index = Integer.parseInt(issue.getTuId().substring(1));
        result.computeIfAbsent(index, k -> new ArrayList<>()).add(term(issue.getMessage()));
      }
    }
    return result;
  }

  /** The source term of a message like {@code The term "Kommune" seems not to be translated by "belediye".} */
  private static String term(String message) {
    int open = message.indexOf('"');
    int close = message.indexOf('"', open + 1);
    return open >= 0 && close > open ? message.substring(open + 1, close) : message;
  }

  private Parameters parameters() {
    Parameters p = new Parameters();
    p.setCheckTerms(true);
    p.setTermsPath(tbx.toString());
    p.setStringMode(stringMode);
    p.setCheckBlacklist(false);
    p.setLeadingWS(false);
    p.setTrailingWS(false);
    p.setEmptyTarget(false);
    p.setEmptySource(false);
    p.setTargetSameAsSource(false);
    p.setCodeDifference(false);
    p.setCheckPatterns(false);
    p.setCheckWithLT(false);
    p.setCheckXliffSchema(false);
    p.setCheckCharacters(false);
    p.setCheckAllowedCharacters(false);
    p.setCheckStorageSize(false);
    p.setCheckMaxCharLength(false);
    p.setCheckMinCharLength(false);
    p.setCheckAbsoluteMaxCharLength(false);
    p.setDoubledWord(false);
    p.setCorruptedCharacters(false);
    return p;
  }
}
