package io.permanence.rules.bcp;

import com.google.common.collect.ImmutableSet;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.casefile.CaseFlag;
import io.permanence.core.casefile.CaseFlagType;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.legal.LegalStatusPeriod;
import io.permanence.core.panel.DecisionId;
import io.permanence.core.panel.PanelAction;
import io.permanence.core.panel.PanelDecision;
import io.permanence.core.panel.PanelId;
import io.permanence.core.plan.PermanenceOption;
import io.permanence.core.plan.PermanencePlan;
import io.permanence.core.reference.LegalStatusCode;
import io.permanence.core.time.Dates;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import java.util.Optional;

/**
 * The facts about a child that several BCP rules share, read with the authority's settings. Pure;
 * immutable and thread-safe.
 */
final class BcpFacts {

  final PanelId panel;
  final BcpRotation rotation;
  final ImmutableSet<LegalStatusCode> s20Codes;
  final ImmutableSet<LegalStatusCode> excludedLegalStatuses;
  final boolean noPlanIncludesOther;
  final Optional<Period> lgmValidity;

  BcpFacts(PanelId panel, BcpRotation rotation, AuthoritySettings settings) {
    this.panel = panel;
    this.rotation = rotation;
    this.s20Codes = settings.get(BcpSettings.S20_CODES);
    this.excludedLegalStatuses = settings.get(BcpSettings.EXCLUDED_LEGAL_STATUSES);
    this.noPlanIncludesOther = settings.get(BcpSettings.NO_PLAN_INCLUDES_OTHER);
    this.lgmValidity = settings.get(BcpSettings.LGM_S20_DETERMINATION_VALIDITY);
  }

  /** "Mon 2026-03-16", in English whatever the default locale: {@link Dates#format}. */
  static String day(LocalDate date) {
    return Dates.format(date);
  }

  /**
   * Why the child is not a child in care on the date, or empty if it is: looked after (a period of
   * care) and not on short breaks only (I-COM-02).
   */
  Optional<String> whyNotInCare(CaseFile file, LocalDate date) {
    if (!file.isLookedAfterOn(date)) {
      return Optional.of(
          "not looked after on " + day(date) + ": the panel is for children in care");
    }
    Optional<LegalStatusCode> status = file.findLegalStatusOn(date).map(LegalStatusPeriod::code);
    if (status.isPresent() && excludedLegalStatuses.contains(status.get())) {
      return Optional.of(
          "on short breaks ("
              + status.get()
              + ") on "
              + day(date)
              + ": outside care planning (CPPCR 2010 reg 48)");
    }
    return Optional.empty();
  }

  /** Whether the child is a child in care on the date. */
  boolean isInCare(CaseFile file, LocalDate date) {
    return whyNotInCare(file, date).isEmpty();
  }

  /** The primary option of the plan in force on the date, NOT_RECORDED if none. */
  static PermanenceOption primaryOn(CaseFile file, LocalDate date) {
    return file.findPlanInForceOn(date)
        .map(PermanencePlan::primary)
        .orElse(PermanenceOption.NOT_RECORDED);
  }

  /** Whether the option counts as a permanence plan (I-COM-09: "other" does not, by default). */
  boolean isPlan(PermanenceOption option) {
    return option != PermanenceOption.NOT_RECORDED
        && (option != PermanenceOption.OTHER || !noPlanIncludesOther);
  }

  /** Whether the child has no permanence plan on the date (§5.1(e), I-COM-09). */
  boolean hasNoPlan(CaseFile file, LocalDate date) {
    return !isPlan(primaryOn(file, date));
  }

  /** "no permanence plan recorded" or "permanence plan recorded as other". */
  static String describePlan(CaseFile file, LocalDate date) {
    PermanenceOption primary = primaryOn(file, date);
    return primary == PermanenceOption.NOT_RECORDED
        ? "no permanence plan recorded"
        : "permanence plan " + primary.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Whether the child is subject to care proceedings on the date: issued and not disposed of, or
   * legal status C1 without a proceedings record (I-COM-05).
   */
  static boolean isInProceedings(CaseFile file, LocalDate date) {
    return file.findCareProceedingsOn(date).isPresent()
        || file.findLegalStatusOn(date)
            .map(status -> status.code() == LegalStatusCode.C1)
            .orElse(false);
  }

  /** The first day of the unbroken s20 run containing the date, if under s20 then (I-BCP-04). */
  Optional<LocalDate> findS20Since(CaseFile file, LocalDate date) {
    return file.findContinuousLegalStatusSince(date, s20Codes::contains);
  }

  /**
   * The Legal Gateway Meeting's "s20 is appropriate" determination that holds on the date: a flag
   * {@link CaseFlagType#LEGAL_GATEWAY_S20_APPROPRIATE} dated within the current s20 run, applying
   * on the date and, if a validity is set, not older than it (I-BCP-09).
   */
  Optional<CaseFlag> findLgmDetermination(CaseFile file, LocalDate date) {
    Optional<LocalDate> since = findS20Since(file, date);
    if (since.isEmpty()) {
      return Optional.empty();
    }
    return file.flags().stream()
        .filter(flag -> flag.type() == CaseFlagType.LEGAL_GATEWAY_S20_APPROPRIATE)
        .filter(flag -> !flag.start().isBefore(since.get()) && flag.contains(date))
        .filter(
            flag ->
                lgmValidity
                    .map(validity -> date.isBefore(flag.start().plus(validity)))
                    .orElse(true))
        .reduce((first, second) -> second);
  }

  /** The decision of this panel that an action follows from, if recorded. */
  Optional<PanelDecision> findDecision(CaseFile file, PanelAction action) {
    if (action.decision().isEmpty()) {
      return Optional.empty();
    }
    DecisionId id = action.decision().get();
    for (PanelDecision decision : file.decisions()) {
      if (decision.id().equals(id) && decision.panel().equals(panel)) {
        return Optional.of(decision);
      }
    }
    return Optional.empty();
  }
}
