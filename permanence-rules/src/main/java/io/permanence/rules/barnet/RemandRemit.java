package io.permanence.rules.barnet;

import io.permanence.core.Citation;
import io.permanence.core.care.Placement;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.panel.Panel;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.reference.PlacementCode;
import io.permanence.rules.barnet.BarnetSettings.RemandType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Barnet remit 2(c): "children remanded into custody (LASPO section 23)" (§Remit 2(c)).
 *
 * <p>Trigger: the start of the current run of legal status {@code J1} (remanded to local authority
 * or youth detention accommodation), or a {@link CaseFlagType#REMANDED_LASPO_S23} flag, in force on
 * the context's date; the earlier start counts. A {@code J1} remand whose first placement is {@code
 * K1} or {@code R5} is to youth detention accommodation, otherwise to LA accommodation; both are
 * listed by default (I-BAR-08, {@link BarnetSettings#REMAND_TYPES}). The document's "section 23"
 * does not match the numbering of LASPO 2012 (remand is ss.91-107), so the citation is marked
 * unverified. Listed once per remand, until heard; the YOT manager attends.
 */
public final class RemandRemit extends AbstractBarnetRemit {

  /** The remit's name. */
  public static final String NAME = "Remanded into custody";

  private final Set<RemandType> types;

  /**
   * The remit for the Permanency Planning Panel.
   *
   * @param panel the Permanency Planning Panel
   * @param settings the Barnet settings
   */
  public RemandRemit(Panel panel, AuthoritySettings settings) {
    super(
        NAME,
        panel,
        BarnetPanels.REMIT_2C,
        Citation.of(Barnet.DOCUMENT, "§Remit 2(c)", Citation.SourceStatus.UNVERIFIED));
    this.types = settings.get(BarnetSettings.REMAND_TYPES);
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    LocalDate asOf = context.asOf();
    Optional<LocalDate> j1 =
        file.findContinuousLegalStatusSince(asOf, LegalStatusCode::isRemand)
            .filter(start -> types.contains(typeOf(file, start)));
    Optional<LocalDate> flagged =
        file.findFlagOn(CaseFlagType.REMANDED_LASPO_S23, asOf).map(CaseFlag::start);
    Optional<LocalDate> start =
        j1.isPresent() && flagged.isPresent()
            ? Optional.of(j1.get().isBefore(flagged.get()) ? j1.get() : flagged.get())
            : j1.or(() -> flagged);
    if (start.isEmpty()) {
      return notMet("Not remanded");
    }
    String reason = "Remanded since " + Text.date(start.get());
    Optional<LocalDate> pending = pendingSince(file, start.get(), Optional.empty(), context);
    if (pending.isEmpty()) {
      return notMet(reason + ": already presented since");
    }
    return refer(file, context, reason, pending.get(), OPEN);
  }

  private static RemandType typeOf(CaseFile file, LocalDate start) {
    return file.findPlacementOn(start)
        .map(Placement::code)
        .filter(code -> code == PlacementCode.K1 || code == PlacementCode.R5)
        .map(code -> RemandType.YOUTH_DETENTION_ACCOMMODATION)
        .orElse(RemandType.LA_ACCOMMODATION);
  }
}
