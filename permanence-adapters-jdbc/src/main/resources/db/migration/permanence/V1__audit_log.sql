-- Permanence V1: the append-only audit log (model-independent).
-- Flyway runs this with search_path set to the "permanence" schema; names are still qualified.

CREATE TABLE permanence.audit_log (
    id          bigserial   PRIMARY KEY,
    actor_id    text        NOT NULL CHECK (actor_id <> ''),
    entity_type text        NOT NULL CHECK (entity_type <> ''),
    entity_id   text        NOT NULL CHECK (entity_id <> ''),
    operation   text        NOT NULL CHECK (operation <> ''),
    occurred_at timestamptz NOT NULL,
    before_state text,
    after_state  text
);

COMMENT ON TABLE permanence.audit_log IS
    'Append-only record of every change to stored case data: UPDATE, DELETE and TRUNCATE are rejected.';

CREATE INDEX audit_log_entity ON permanence.audit_log (entity_type, entity_id, occurred_at);

CREATE FUNCTION permanence.reject_audit_log_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'permanence.audit_log is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

-- Statement-level, so that even an UPDATE or DELETE matching no row is rejected.
CREATE TRIGGER audit_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON permanence.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION permanence.reject_audit_log_change();
