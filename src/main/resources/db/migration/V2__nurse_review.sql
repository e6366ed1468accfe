-- Nurse review: who holds a case, how it was resolved.
alter table triage_case add column claimed_by varchar(200);
alter table triage_case add column resolved_at timestamp with time zone;
alter table triage_case add column disposition varchar(500);
alter table triage_case add column resolution_note text;

-- The queue index serves exactly the nurse queue's filter.
drop index triage_case_queue_idx;
create index triage_case_queue_idx on triage_case (level, created_at, id)
    where status in ('OPEN', 'IN_REVIEW');

-- Append-only audit trail (HIPAA 164.312(b)): the application inserts; nothing updates or deletes.
create table case_audit (
    id           bigserial primary key,
    case_id      uuid         not null references triage_case (id),
    at           timestamp with time zone not null,
    actor        varchar(200) not null,
    action       varchar(32)  not null,
    level_before smallint,
    level_after  smallint,
    reason       text
);
create index case_audit_case_idx on case_audit (case_id, id);

create function case_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_audit is append-only';
end;
$$;
create trigger case_audit_no_update_or_delete
    before update or delete on case_audit
    for each row execute function case_audit_append_only();
