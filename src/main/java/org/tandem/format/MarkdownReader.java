package org.tandem.format;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.markdown.Parameters;
import org.tandem.extract.Escaping;
import org.tandem.extract.FilterItem;
import org.tandem.model.Lang;

/** Runs Okapi's Markdown filter over a document and reports its skeleton and text units in order. */
final class MarkdownReader {
  private static final FilterEvents<MarkdownFilter> FILTER = new FilterEvents<>(MarkdownReader::newFilter);

  private MarkdownReader() {}

  /** The filter's items for {@code text}, read as a document in {@code lang}. */
  static List<FilterItem> read(String text, Lang lang) {
    List<FilterItem> items = new ArrayList<>();
    for (Event event : FILTER.read(text, lang)) {
      if (event.isTextUnit() && event.getTextUnit().isReferent()) {
        continue; // an attribute of inline HTML (a title): it stays in its tag as written
      }
      if (event.isTextUnit()) {
        items.add(new FilterItem.Unit(event.getTextUnit().getSource().getUnSegmentedContentCopy(),
            "text/html".equals(event.getTextUnit().getMimeType()) ? Escaping.HTML : Escaping.MARKDOWN));
      } else if (event.isDocumentPart() && event.getDocumentPart().getSkeleton() != null) {
        items.add(new FilterItem.Skeleton(event.getDocumentPart().getSkeleton().toString()));
      }
    }
    return items;
  }
  private static MarkdownFilter newFilter() {
    MarkdownFilter filter = new MarkdownFilter();
    configure((Parameters) filter.getParameters());
    return filter;
  }

  private static void configure(Parameters params) {
    // Code is not prose: it stays in the document as written and never reaches the translator.
    params.setTranslateFencedCodeBlocks(false);
    params.setTranslateIndentedCodeBlocks(false);
    params.setTranslateInlineCodeBlocks(false);
    params.setTranslateHeaderMetadata(false);
    params.setTranslateUrls(false);
    params.setGenerateHeaderAnchors(false);
  }
}
