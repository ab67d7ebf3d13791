package org.tandem.format;

import java.util.ArrayList;
import java.util.List;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filters.IFilter;
import net.sf.okapi.common.resource.RawDocument;
import org.tandem.model.Lang;

/**
 * Runs one of Okapi's filters over a text, with one filter per thread reused from document to
 * document: building a filter parses its YAML configuration, a tenth of the time of reading a chapter.
 */
final class FilterEvents<F extends IFilter> {
  private final ThreadLocal<F> filters;

  FilterEvents(java.util.function.Supplier<F> newFilter) {
    this.filters = ThreadLocal.withInitial(newFilter);
  }

  /** The filter's events for {@code text}, read as a document in {@code lang}. */
  List<Event> read(String text, Lang lang) {
    F filter = filters.get();
    List<Event> events = new ArrayList<>();
    boolean done = false;
    try (RawDocument doc = new RawDocument(text, LocaleId.fromString(lang.code()),
        LocaleId.fromString(lang.other().code()))) {
      filter.open(doc);
      while (filter.hasNext()) {
        events.add(filter.next());
      }
      done = true;
    } finally {
      filter.close();
      if (!done) {
        filters.remove(); // a filter that failed half-way may keep state: the next document gets a new one
      }
    }
    return events;
  }
}
