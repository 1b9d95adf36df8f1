-- Permanence V3: the case-file record tables lose their foreign keys to permanence.child.
--
-- Only the adapter writes these tables, and only through its import (JdbcBulkImport, also behind
-- JdbcCaseFileRepository.saveOrReplace): it writes a child's records in the same COPY batch and
-- transaction as the child's row, and replaces them with an explicit set-based DELETE of the
-- children being replaced, so the foreign keys never caught anything; they cost a per-row check
-- (a trigger and a row lock on the child) on every inserted record, more than half the insert time
-- of a bulk import. The trade-off: SQL of the embedder's own that inserts a record for an unknown
-- child, or deletes a child row, is no longer stopped or cascaded by the database. The panel tables
-- keep theirs: JdbcPanelRecordRepository writes them one row at a time and relies on the foreign
-- key to reject a panel record for a child without a stored case file.

ALTER TABLE permanence.legal_status_period   DROP CONSTRAINT legal_status_period_child_id_fkey;
ALTER TABLE permanence.court_order           DROP CONSTRAINT court_order_child_id_fkey;
ALTER TABLE permanence.pre_proceedings       DROP CONSTRAINT pre_proceedings_child_id_fkey;
ALTER TABLE permanence.care_proceedings      DROP CONSTRAINT care_proceedings_child_id_fkey;
ALTER TABLE permanence.period_of_care        DROP CONSTRAINT period_of_care_child_id_fkey;
ALTER TABLE permanence.placement             DROP CONSTRAINT placement_child_id_fkey;
ALTER TABLE permanence.review                DROP CONSTRAINT review_child_id_fkey;
ALTER TABLE permanence.adoption_milestones   DROP CONSTRAINT adoption_milestones_child_id_fkey;
ALTER TABLE permanence.previous_permanence   DROP CONSTRAINT previous_permanence_child_id_fkey;
ALTER TABLE permanence.missing_episode       DROP CONSTRAINT missing_episode_child_id_fkey;
ALTER TABLE permanence.social_worker_episode DROP CONSTRAINT social_worker_episode_child_id_fkey;
ALTER TABLE permanence.permanence_plan       DROP CONSTRAINT permanence_plan_child_id_fkey;
ALTER TABLE permanence.case_flag             DROP CONSTRAINT case_flag_child_id_fkey;
ALTER TABLE permanence.health_outcomes       DROP CONSTRAINT health_outcomes_child_id_fkey;
ALTER TABLE permanence.care_leaver_outcome   DROP CONSTRAINT care_leaver_outcome_child_id_fkey;
