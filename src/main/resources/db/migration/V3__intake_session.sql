-- Conversational intake: sessions live in PostgreSQL, so they survive restarts and work on any replica.
create table intake_session (
    id          uuid primary key,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    status      varchar(16) not null check (status in ('ACTIVE', 'INTERRUPTED', 'FINISHED')),
    language    varchar(35) not null,
    patient     jsonb       not null,
    vitals      jsonb,
    transcript  jsonb       not null,
    case_id     uuid references triage_case (id),
    version     integer     not null default 0
);
create index intake_session_expires_idx on intake_session (expires_at);
