-- Triage cases. Level and status are columns: the nurse queue filters and orders on them.
create table triage_case (
    id                    uuid primary key,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    status                varchar(16)  not null check (status in ('OPEN', 'IN_REVIEW', 'RESOLVED')),
    level                 smallint     not null check (level between 1 and 5),
    source                varchar(16)  not null check (source in ('RULES', 'MODEL', 'NURSE')),
    floor_level           smallint     not null check (floor_level between 1 and 5),
    idempotency_key       varchar(200),
    request_hash          varchar(64)  not null,
    external_ref          varchar(200),
    language              varchar(35)  not null,
    intake                jsonb        not null,
    assessment            jsonb        not null,
    model_name            varchar(200) not null,
    prompt_version        varchar(50)  not null,
    model_degraded        boolean      not null,
    model_degraded_reason varchar(50),
    model_latency_ms      bigint,
    version               integer      not null default 0
);

-- A repeated Idempotency-Key finds the first case; the constraint settles concurrent repeats.
create unique index triage_case_idempotency_key_uq on triage_case (idempotency_key)
    where idempotency_key is not null;

-- The nurse queue: unresolved cases, most urgent first, then longest waiting.
create index triage_case_queue_idx on triage_case (level, created_at, id)
    where status <> 'RESOLVED';

create index triage_case_external_ref_idx on triage_case (external_ref)
    where external_ref is not null;
