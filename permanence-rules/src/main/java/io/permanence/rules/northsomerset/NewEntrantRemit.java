package io.permanence.rules.northsomerset;

import io.permanence.core.Citation;
import io.permanence.core.care.PeriodOfCare;
import io.permanence.core.casefile.CaseFile;
import io.permanence.core.evaluation.AuthoritySettings;
import io.permanence.core.evaluation.EvaluationContext;
import io.permanence.core.evaluation.Remit;
import io.permanence.core.evaluation.RemitDecision;
import io.permanence.core.legal.CareProceedings;
import io.permanence.core.legal.PreProceedings;
import io.permanence.core.panel.Heading;
import io.permanence.core.panel.PanelAppearance;
import io.permanence.core.panel.PanelId;
import io.permanence.core.time.Timescale;
import io.permanence.rules.northsomerset.NorthSomersetSettings.NewEntryTrigger;
import io.permanence.rules.northsomerset.NorthSomersetSettings.NextAvailable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * NSomerset §6 s2: "Children who become subject to PLO and/or looked after, will be presented to
 * Panel at the next available panel after they have become accommodated or subject to PLO."
 *
 * <p>Triggers ({@code new-entry-triggers}, I-NSO-05): becoming looked after (not a short break),
 * the start of pre-proceedings, and the issue of care proceedings. A trigger is presented once: it
 * is met until the child appears at the panel on or after the trigger's date. The next available
 * panel (I-NSO-04) is the first meeting whose cut-off date is on or after the event (the engine
 * evaluates at each meeting's cut-off date; with {@code MEETING_ON_OR_AFTER_EVENT} an event up to
 * the meeting day counts). The window is [event, event + {@code discuss-overdue-after}]: a child
 * still not presented after that is discussed under the two-monthly heading instead.
 */
public final class NewEntrantRemit implements Remit {

  private static final Citation CITATION = NorthSomerset.cite("§6 s2");

  /** The remit. */
  public NewEntrantRemit() {}

  @Override
  public String name() {
    return "new to the tracker";
  }

  @Override
  public PanelId panel() {
    return NorthSomerset.PANEL;
  }

  @Override
  public Heading heading() {
    return NorthSomerset.NEW_ENTRANTS;
  }

  @Override
  public Citation citation() {
    return CITATION;
  }

  @Override
  public RemitDecision evaluate(CaseFile file, EvaluationContext context) {
    AuthoritySettings settings = context.settings();
    LocalDate reference = context.meeting().map(m -> m.date()).orElse(context.asOf());
    LocalDate knownBy =
        context.meeting().isPresent()
                && settings.get(NorthSomersetSettings.NEXT_AVAILABLE)
                    == NextAvailable.MEETING_ON_OR_AFTER_EVENT
            ? reference
            : context.asOf();
    LocalDate latest = null;
    for (PanelAppearance a : file.panelAppearances()) {
      if (a.panel().equals(NorthSomerset.PANEL)
          && a.meetingOn().isBefore(reference)
          && (latest == null || a.meetingOn().isAfter(latest))) {
        latest = a.meetingOn();
      }
    }
    Optional<LocalDate> lastHeard = Optional.ofNullable(latest);
    Timescale overdueAfter = settings.get(NorthSomersetSettings.DISCUSS_OVERDUE_AFTER);
    List<Event> pending = new ArrayList<>();
    for (Event event : events(file, settings.get(NorthSomersetSettings.NEW_ENTRY_TRIGGERS))) {
      boolean known = !event.date.isAfter(knownBy);
      boolean heard = lastHeard.map(h -> !h.isBefore(event.date)).orElse(false);
      if (known
          && !heard
          && !reference.isAfter(overdueAfter.dueFrom(event.date, context.calendar()))) {
        pending.add(event);
      }
    }
    if (pending.isEmpty()) {
      return RemitDecision.notMet(
          this,
          "not newly looked after, in PLO or in proceedings since "
              + lastHeard
                  .map(d -> "last presented on " + NorthSomersetReferrals.day(d))
                  .orElse("ever")
              + " (or more than "
              + overdueAfter
              + " ago: discussed under the two-monthly heading)");
    }
    pending.sort(Comparator.comparing((Event e) -> e.date));
    Event first = pending.get(0);
    LocalDate end = overdueAfter.dueFrom(first.date, context.calendar()).plusDays(1);
    StringBuilder reason = new StringBuilder();
    for (Event event : pending) {
      if (reason.length() > 0) {
        reason.append("; ");
      }
      reason
          .append(event.description)
          .append(" on ")
          .append(NorthSomersetReferrals.day(event.date));
    }
    reason.append(": present at the next available panel");
    return RemitDecision.met(
        NorthSomersetReferrals.referral(this, file, reason.toString(), first.date, end));
  }

  private static List<Event> events(CaseFile file, Set<NewEntryTrigger> triggers) {
    List<Event> events = new ArrayList<>();
    if (triggers.contains(NewEntryTrigger.LOOKED_AFTER)) {
      for (PeriodOfCare period : file.periodsOfCare()) {
        boolean shortBreak =
            file.findLegalStatusOn(period.start()).map(s -> s.code().isShortBreaks()).orElse(false);
        if (!shortBreak) {
          events.add(new Event(period.start(), "became looked after"));
        }
      }
    }
    if (triggers.contains(NewEntryTrigger.PLO)) {
      for (PreProceedings plo : file.preProceedings()) {
        events.add(new Event(plo.start(), "entered pre-proceedings (PLO)"));
      }
    }
    if (triggers.contains(NewEntryTrigger.PROCEEDINGS)) {
      for (CareProceedings proceedings : file.careProceedings()) {
        proceedings
            .issuedOn()
            .ifPresent(issued -> events.add(new Event(issued, "care proceedings issued")));
      }
    }
    return events;
  }

  private static final class Event {
    final LocalDate date;
    final String description;

    Event(LocalDate date, String description) {
      this.date = date;
      this.description = description;
    }
  }

  @Override
  public String toString() {
    return "Remit{" + name() + ": " + CITATION + "}";
  }
}
