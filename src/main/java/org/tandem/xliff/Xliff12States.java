package org.tandem.xliff;

import java.util.Locale;
import org.tandem.model.State;

/**
 * The one place where tandem's states meet XLIFF 1.2's {@code state} values, for writer and reader.
 *
 * <pre>
 * tandem        written as                  read back from
 * new           new                         new, needs-translation
 * needs-update  needs-review-translation    needs-review-translation, needs-review-adaptation,
 *                                           needs-review-l10n, needs-adaptation, needs-l10n
 * translated    translated                  translated, x-... and no state at all
 * reviewed      signed-off (approved=yes)   signed-off
 * final         final (approved=yes)        final
 * </pre>
 *
 * <p>needs-update is written as {@code needs-review-translation} because CAT tools (OmegaT,
 * translate-toolkit, Okapi) show that value as "fuzzy": there is a translation, check and edit it,
 * which is what a changed source asks of the translator. A unit whose target is missing, empty or
 * only whitespace (without codes) is always read as new, whatever its attribute says. {@code approved} is not read: translate-toolkit
 * writes {@code approved="yes"} on every finished unit, so it does not mean a review happened.
 */
public final class Xliff12States {
  private Xliff12States() {}

  /** The XLIFF 1.2 {@code state} value tandem writes for a state. */
  public static String toXliff(State state) {
    return switch (state) {
      case NEW -> "new";
      case NEEDS_UPDATE -> "needs-review-translation";
      case TRANSLATED -> "translated";
      case REVIEWED -> "signed-off";
      case FINAL -> "final";
    };
  }

  /** True for the states tandem marks {@code approved="yes"}: passed review, as XLIFF 1.2 defines it. */
  public static boolean isApproved(State state) {
    return state == State.REVIEWED || state == State.FINAL;
  }

  /** Our state for a {@code state} attribute (or {@code null}) and whether the target is filled. */
  public static State fromXliff(String raw, boolean hasTarget) {
    if (!hasTarget) {
      return State.NEW;
    }
    String value = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "new", "needs-translation" -> State.NEW;
      case "needs-review-translation", "needs-review-adaptation", "needs-review-l10n",
          "needs-adaptation", "needs-l10n" -> State.NEEDS_UPDATE;
      case "signed-off" -> State.REVIEWED;
      case "final" -> State.FINAL;
      default -> State.TRANSLATED; // "translated", no state, or a tool's own x- value
    };
  }
}
