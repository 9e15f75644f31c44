-- Failed sign-ins and sent contact requests, counted per client by every instance together and kept across
-- restarts (system/AttemptLog, used by security/LoginThrottle and contact/SubmissionGuard). A client is stored only
-- as an HMAC of its address (and account name) under attempt_key's random secret, which no backup holds. A kind's
-- rows older than the period they count in (an hour at most) are deleted with its next attempt.
create table attempt_key (
    id     integer     not null primary key,
    secret varchar(64) not null
);

create table attempt (
    kind         varchar(20) not null,
    subject      varchar(64) not null,
    attempted_at timestamp with time zone not null
);

create index attempt_by_subject on attempt (kind, subject, attempted_at);
