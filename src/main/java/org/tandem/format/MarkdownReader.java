package org.tandem.format;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.markdown.MarkdownFilter;
import net.sf.okapi.filters.markdown.Parameters;
import org.tandem.extract.Escaping;
import org.tandem.extract.FilterItem;
import org.tandem.model.Lang;

/** Runs Okapi's Markdown filter over a document and reports its skeleton and text units in order. */
final class MarkdownReader {
  /**
   * One filter per thread, reused from document to document: building one parses four YAML
   * configurations (Markdown and HTML parameters), about a tenth of the time of reading a chapter.
   */
  private static final ThreadLocal<MarkdownFilter> FILTER = ThreadLocal.withInitial(MarkdownReader::newFilter);

  private MarkdownReader() {}

  /** The filter's items for {@code text}, read as a document in {@code lang}. */
  static List<FilterItem> read(String text, Lang lang) {
    MarkdownFilter filter = FILTER.get();
    List<FilterItem> items = new ArrayList<>();
    boolean done = false;
    try (RawDocument doc = new RawDocument(text, LocaleId.fromString(lang.code()),
        LocaleId.fromString(lang.other().code()))) {
      filter.open(doc);
      while (filter.hasNext()) {
        Event event = filter.next();
        if (event.isTextUnit()) {
          items.add(new FilterItem.Unit(event.getTextUnit().getSource().getUnSegmentedContentCopy(),
              "text/html".equals(event.getTextUnit().getMimeType()) ? Escaping.HTML : Escaping.MARKDOWN));
        } else if (event.isDocumentPart() && event.getDocumentPart().getSkeleton() != null) {
          items.add(new FilterItem.Skeleton(event.getDocumentPart().getSkeleton().toString()));
        }
      }
      done = true;
    } finally {
      filter.close();
      if (!done) {
        FILTER.remove(); // a filter that failed half-way may keep state: the next document gets a new one
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
