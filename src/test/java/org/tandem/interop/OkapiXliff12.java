package org.tandem.interop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.Code;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextFragment;
import org.tandem.model.Content;
import org.tandem.xliff.XliffUnit;

/**
 * Okapi's own XLIFF 1.2 filter ({@code net.sf.okapi.filters.xliff.XLIFFFilter}, module
 * {@code okapi-filter-xliff}). The module is on the test classpath only in the interop profile, so the
 * filter is created by name and used through okapi-core's {@link IFilter}: the default build compiles
 * without it and the test can say that it is missing.
 */
final class OkapiXliff12 {
  static final String FILTER = "net.sf.okapi.filters.xliff.XLIFFFilter";

  /**
   * A unit as a reader sees it: its id, and source and target as text with each inline code's
   * original data in place, plus the codes as {@code kind:data}.
   *
   * @param id the trans-unit id
   * @param source the source text with code data
   * @param sourceCodes the source's codes
   * @param target the target text with code data, or {@code null}
   * @param targetCodes the target's codes (empty without a target)
   */
  record Unit(String id, String source, List<String> sourceCodes, String target, List<String> targetCodes) {
    /** The same view of a unit read by tandem. */
    static Unit of(XliffUnit unit) {
      Content target = unit.target();
      return new Unit(unit.id(), unit.source().raw(), codes(unit.source()),
          target == null ? null : target.raw(), target == null ? List.of() : codes(target));
    }

    private static List<String> codes(Content content) {
      return content.codes().stream().map(c -> c.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + c.data()).toList();
    }
  }

  private OkapiXliff12() {}

  /** A new XLIFF 1.2 filter, or nothing when okapi-filter-xliff is not on the classpath. */
  static Optional<IFilter> filter() {
    try {
      return Optional.of((IFilter) Class.forName(FILTER).getDeclaredConstructor().newInstance());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + FILTER, e);
    }
  }

  /** Every text unit Okapi's filter reads from {@code file}. */
  static List<Unit> read(IFilter filter, Path file, String sourceLang, String targetLang) {
    LocaleId target = LocaleId.fromString(targetLang);
    List<Unit> units = new ArrayList<>();
    try (RawDocument raw = new RawDocument(file.toUri(), "UTF-8", LocaleId.fromString(sourceLang), target)) {
      filter.open(raw);
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isTextUnit()) {
          units.add(unit(event.getTextUnit(), target));
        }
      }
    } finally {
      filter.close();
    }
    return units;
  }

  private static Unit unit(ITextUnit tu, LocaleId targetLang) {
    TextFragment source = tu.getSource().getUnSegmentedContentCopy();
    TextContainer target = tu.getTarget(targetLang);
    // A unit without <target> but with an <alt-trans> gets an empty target container from Okapi's filter.
    TextFragment t = target == null || target.isEmpty() ? null : target.getUnSegmentedContentCopy();
    return new Unit(tu.getId(), source.toText(), codes(source), t == null ? null : t.toText(),
        t == null ? List.of() : codes(t));
  }

  private static List<String> codes(TextFragment fragment) {
    List<String> codes = new ArrayList<>();
    for (Code code : fragment.getCodes()) {
      String kind = switch (code.getTagType()) {
        case OPENING -> "open";
        case CLOSING -> "close";
        default -> "placeholder";
      };
      codes.add(kind + ":" + code.getData());
    }
    return codes;
  }
}
