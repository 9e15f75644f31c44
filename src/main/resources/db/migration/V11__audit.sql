-- Who did what in the admin console, and sign-ins. Holds no patient data.

create sequence audit_event_seq start with 50 increment by 50;

create table audit_event (
    id          bigint        not null primary key,
    occurred_at timestamp with time zone not null,
    actor       varchar(60)   not null,
    action      varchar(40)   not null,
    subject     varchar(200),
    detail      varchar(1000)
);

-- The audit log page lists events newest first, page by page.
create index audit_event_newest on audit_event (occurred_at desc, id desc);
