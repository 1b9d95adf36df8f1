-- Permanence V2: case files and panel records as relational tables.
--
-- One row in permanence.child per case file; every other case-file table hangs off it by child_id
-- (ON DELETE CASCADE) with an "ordinal", the record's position in the case file's (date-sorted,
-- stable) list, so that a case file reads back exactly as saved. Nested lists of a record (review
-- meetings, checkpoints, extensions, final order types, health indicators) are arrays. Codes are
-- stored as their Java enum names. Panel decisions and actions carry a "version" for optimistic
-- concurrency; panel records carry "seq" (the order stored) instead of an ordinal. Child ids use the
-- "C" collation so that the database orders them as Java does (by code point), whatever the
-- database's default collation.

CREATE TABLE permanence.child (
    child_id               text COLLATE "C"    PRIMARY KEY CHECK (child_id <> ''),
    authority_id           text    NOT NULL CHECK (authority_id ~ '^[a-z0-9-]+$'),
    date_of_birth          date,
    expected_date_of_birth date,
    uasc                   boolean NOT NULL,
    uasc_ceased_on         date,
    sibling_group_id       text,
    disability             boolean NOT NULL,
    CHECK ((date_of_birth IS NULL) <> (expected_date_of_birth IS NULL))
);

-- "Load an authority's cohort": every child of an authority, by child id.
CREATE INDEX child_authority ON permanence.child (authority_id, child_id);

CREATE TABLE permanence.legal_status_period (
    child_id text COLLATE "C" NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal  int  NOT NULL,
    code     text NOT NULL,
    start_on date NOT NULL,
    end_on   date,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.court_order (
    child_id              text COLLATE "C"   NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal               int    NOT NULL,
    order_type            text   NOT NULL,
    made_on               date   NOT NULL,
    original_end          date,
    extension_granted_on  date[] NOT NULL,
    extension_new_end     date[] NOT NULL,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.pre_proceedings (
    child_id                     text COLLATE "C"   NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal                      int    NOT NULL,
    start_on                     date   NOT NULL,
    end_on                       date,
    letter_before_proceedings_on date,
    review_meetings              date[] NOT NULL,
    fgc_offered_on               date,
    fgc_held_on                  date,
    outcome                      text,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.care_proceedings (
    child_id                      text COLLATE "C"   NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal                       int    NOT NULL,
    decision_to_issue_on          date   NOT NULL,
    decision_forum                text   NOT NULL,
    issued_on                     date,
    case_management_hearing_on    date,
    checkpoints                   date[] NOT NULL,
    final_evidence_due_on         date,
    issues_resolution_hearing_on  date,
    final_hearing_on              date,
    final_order_on                date,
    final_order_types             text[] NOT NULL,
    extension_granted_on          date[] NOT NULL,
    extension_weeks               int[]  NOT NULL,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.period_of_care (
    child_id         text COLLATE "C" NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal          int  NOT NULL,
    start_on         date NOT NULL,
    end_on           date,
    reason_ceased    text,
    category_of_need text,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.placement (
    child_id           text COLLATE "C" NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal            int  NOT NULL,
    code               text NOT NULL,
    provider           text,
    start_on           date NOT NULL,
    end_on             date,
    reason_for_change  text,
    long_term_match_on date,
    arrangement        text NOT NULL,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.review (
    child_id      text COLLATE "C" NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal       int  NOT NULL,
    held_on       date NOT NULL,
    participation text,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.adoption_milestones (
    child_id             text COLLATE "C" PRIMARY KEY REFERENCES permanence.child ON DELETE CASCADE,
    decision_to_place_on date,
    placement_order_on   date,
    matched_on           date,
    placed_on            date,
    adoption_order_on    date,
    reversed_on          date,
    reversal_reason      text
);

CREATE TABLE permanence.previous_permanence (
    child_id        text COLLATE "C" PRIMARY KEY REFERENCES permanence.child ON DELETE CASCADE,
    code            text NOT NULL,
    local_authority text,
    permanence_on   date
);

CREATE TABLE permanence.missing_episode (
    child_id     text COLLATE "C" NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal      int  NOT NULL,
    missing_type text NOT NULL,
    start_on     date NOT NULL,
    end_on       date,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.social_worker_episode (
    child_id    text COLLATE "C" NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal     int  NOT NULL,
    worker_id   text NOT NULL,
    start_on    date NOT NULL,
    end_on      date,
    reason_code text,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.permanence_plan (
    child_id           text COLLATE "C" NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal            int  NOT NULL,
    primary_option     text NOT NULL,
    contingency_option text,
    recorded_on        date NOT NULL,
    ratified_on        date,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.case_flag (
    child_id        text COLLATE "C" NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal         int  NOT NULL,
    flag_type       text NOT NULL,
    start_on        date NOT NULL,
    end_on          date,
    raised_by_id    text,
    raised_by_name  text,
    note            text,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.health_outcomes (
    child_id          text COLLATE "C"      NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal           int       NOT NULL,
    collection_year   int       NOT NULL,
    sdq_score         int,
    sdq_reason        text,
    indicator_names   text[]    NOT NULL,
    indicator_values  boolean[] NOT NULL,
    PRIMARY KEY (child_id, ordinal)
);

CREATE TABLE permanence.care_leaver_outcome (
    child_id        text COLLATE "C" NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    ordinal         int  NOT NULL,
    collection_year int  NOT NULL,
    in_touch        text,
    activity        text,
    accommodation   text,
    PRIMARY KEY (child_id, ordinal)
);

-- Panel records. "seq" is the order in which records were stored (ties on the same day).
CREATE SEQUENCE permanence.panel_record_seq;

CREATE TABLE permanence.panel_appearance (
    child_id   text COLLATE "C"   NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    seq        bigint NOT NULL DEFAULT nextval('permanence.panel_record_seq'),
    panel_id   text   NOT NULL,
    meeting_on date   NOT NULL,
    heading    text   NOT NULL,
    outcome    text,
    PRIMARY KEY (child_id, seq)
);

CREATE TABLE permanence.panel_decision (
    decision_id      text   PRIMARY KEY,
    child_id         text COLLATE "C"   NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    seq              bigint NOT NULL DEFAULT nextval('permanence.panel_record_seq'),
    panel_id         text   NOT NULL,
    made_on          date   NOT NULL,
    signed_off_on    date,
    sign_off_by_id   text   NOT NULL,
    sign_off_by_name text   NOT NULL,
    decision_text    text   NOT NULL,
    version          bigint NOT NULL CHECK (version >= 1)
);

CREATE INDEX panel_decision_child ON permanence.panel_decision (child_id, seq);

CREATE TABLE permanence.panel_action (
    action_id    text   PRIMARY KEY,
    child_id     text COLLATE "C"   NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    seq          bigint NOT NULL DEFAULT nextval('permanence.panel_record_seq'),
    decision_id  text,
    type_id      text   NOT NULL,
    type_name    text   NOT NULL,
    description  text   NOT NULL,
    owner_id     text   NOT NULL,
    owner_name   text   NOT NULL,
    due_on       date   NOT NULL,
    status       text   NOT NULL,
    completed_on date,
    version      bigint NOT NULL CHECK (version >= 1)
);

CREATE INDEX panel_action_child ON permanence.panel_action (child_id, seq);

CREATE TABLE permanence.panel_document (
    child_id     text COLLATE "C"   NOT NULL REFERENCES permanence.child ON DELETE CASCADE,
    seq          bigint NOT NULL DEFAULT nextval('permanence.panel_record_seq'),
    type_id      text   NOT NULL,
    type_name    text   NOT NULL,
    date_on_file date   NOT NULL,
    PRIMARY KEY (child_id, seq)
);

-- The audit log keeps the caller's instant exactly: timestamptz holds microseconds, this the rest.
ALTER TABLE permanence.audit_log
    ADD COLUMN occurred_at_nanos smallint NOT NULL DEFAULT 0
        CHECK (occurred_at_nanos BETWEEN 0 AND 999);
