-- Tenant isolation: every case and intake session belongs to the client (telehealth app) that
-- created it. Rows from before authentication belong to the unauthenticated client.
alter table triage_case add column client_id varchar(200) not null default 'unauthenticated';
alter table triage_case alter column client_id drop default;
alter table intake_session add column client_id varchar(200) not null default 'unauthenticated';
alter table intake_session alter column client_id drop default;

-- An Idempotency-Key is the client's own: two apps may pick the same key.
drop index triage_case_idempotency_key_uq;
create unique index triage_case_idempotency_key_uq on triage_case (client_id, idempotency_key)
    where idempotency_key is not null;
