-- Patient contact / appointment requests, their mail notifications, their audit trail, the privacy notice the
-- form links to, and the lease that lets one instance of several run a scheduled job.
-- One script for H2 and PostgreSQL. Sequences step by 50 to match the entities' allocationSize.

-- The privacy notice is a clinic fact staff edit; existing databases get the same default text as new ones.
alter table clinic_profile add column privacy_notice varchar(4000);
update clinic_profile set privacy_notice = 'When you send us a contact or appointment request, we store your name, '
    || 'the phone number and/or email address you give, how and when you prefer to be contacted, whether you are a new '
    || 'or returning patient, the condition you are interested in and your short message. We use them only to answer '
    || 'your request. Only clinic staff can read them. We delete every request automatically after the period shown '
    || 'below, and sooner if you ask us to: call or write to the clinic. Our '
    || 'notification emails never contain your details. We use no tracking, no advertising cookies and no third-party '
    || 'scripts on this website. Please do not send detailed health information through the form: we will talk about '
    || 'your health in person or on the phone.';
alter table clinic_profile alter column privacy_notice set not null;

create sequence contact_request_seq start with 50 increment by 50;
create sequence mail_outbox_seq start with 50 increment by 50;
create sequence request_audit_seq start with 50 increment by 50;

create table contact_request (
    id              bigint        not null primary key,
    reference       varchar(12)   not null,
    submission_key  varchar(64)   not null,
    received_at     timestamp with time zone not null,
    name            varchar(120)  not null,
    phone           varchar(40),
    phone_digits    varchar(20),
    email           varchar(200),
    contact_method  varchar(10)   not null,
    preferred_times varchar(200),
    patient_type    varchar(10)   not null,
    message         varchar(1000),
    condition_id    bigint        references health_condition (id) on delete set null,
    consented_at    timestamp with time zone not null,
    status          varchar(12)   not null,
    staff_notes     varchar(4000),
    updated_at      timestamp with time zone not null,
    version         bigint        not null,
    constraint contact_request_reference_unique unique (reference),
    -- A form posted twice carries the same key: the second post finds the first request instead of adding one.
    constraint contact_request_submission_unique unique (submission_key)
);
-- The inbox lists newest first, optionally by status; the retention purge deletes the oldest.
create index contact_request_received on contact_request (received_at);
create index contact_request_status on contact_request (status, received_at);
-- Erasing a person's requests finds them by email or phone.
create index contact_request_email on contact_request (email);
create index contact_request_phone on contact_request (phone_digits);

-- Mail waiting to be sent, written in the same transaction as the request it announces, so neither is lost.
create table mail_outbox (
    id              bigint        not null primary key,
    request_id      bigint        not null references contact_request (id) on delete cascade,
    created_at      timestamp with time zone not null,
    status          varchar(10)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    last_attempt_at timestamp with time zone,
    last_error      varchar(500),
    sent_at         timestamp with time zone,
    version         bigint        not null
);
create index mail_outbox_due on mail_outbox (status, next_attempt_at);

-- Who looked at or changed which request, and when. No personal data: it outlives the requests it speaks of.
create table request_audit (
    id          bigint       not null primary key,
    request_id  bigint,
    action      varchar(30)  not null,
    actor       varchar(120) not null,
    happened_at timestamp with time zone not null,
    detail      varchar(500)
);
create index request_audit_by_request on request_audit (request_id, happened_at);

-- One row per scheduled job: the instance whose lease has not expired runs it, the others skip.
create table job_lock (
    name        varchar(60)  not null primary key,
    owner       varchar(60)  not null,
    lease_until timestamp with time zone not null
);
