-- Retention and erasure (GDPR Art. 17, DPDP Act 2023 s.12). Erasing a case removes the case, its
-- intake transcript and its audit entries, and leaves a tombstone here that holds no health data:
-- which case, when, why, by whom, and how many audit entries went with it.
create table erasure_audit (
    id                  bigserial primary key,
    at                  timestamp with time zone not null,
    actor               varchar(200) not null,
    reason              varchar(32)  not null check (reason in ('retention', 'erasure_request')),
    subject             varchar(16)  not null check (subject in ('case', 'intake_session', 'request')),
    subject_id          uuid,
    subject_created_at  timestamp with time zone,
    final_level         smallint,
    audit_entries       integer,
    -- An erasure request names the patient only by a SHA-256 of the app's reference, so that an
    -- auditor holding the reference can find the request, and nobody else can read it.
    external_ref_sha256 char(64),
    request_reference   varchar(200),
    cases               integer,
    intake_sessions     integer
);
create index erasure_audit_at_idx on erasure_audit (at desc, id desc);

create trigger erasure_audit_no_update_or_delete
    before update or delete on erasure_audit
    for each row execute function case_audit_append_only();

-- The case audit stays append-only, except inside an erasure, which sets triage.erasure for its
-- own transaction only (set_config(..., true)).
create or replace function case_audit_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'case_audit' and current_setting('triage.erasure', true) = 'on' then
        return old;
    end if;
    raise exception '% is append-only', tg_table_name;
end;
$$;

-- Retention finds resolved cases by age, and erasure finds a patient's intake sessions.
create index triage_case_resolved_at_idx on triage_case (resolved_at) where status = 'RESOLVED';
create index intake_session_external_ref_idx on intake_session ((patient ->> 'externalRef'));
