-- One audit log: the trail of patient requests (request_audit) moves into audit_event, which can now name the one
-- stored thing an event is about (subject_kind, subject_id), so a request's detail page reads its trail from there.
-- One script for H2 and PostgreSQL.

alter table audit_event add column subject_kind varchar(30);
alter table audit_event add column subject_id bigint;
-- A request's detail page lists its trail, oldest first.
create index audit_event_of_subject on audit_event (subject_kind, subject_id, occurred_at);

-- The moved rows take the negative of their old ids: no sequence syntax serves both databases, and ids from
-- audit_event_seq are all positive, so the two never meet. Old actions get the prefix of their new names
-- (VIEWED becomes REQUEST_VIEWED). A line about many requests (a list, an export) has no subject.
insert into audit_event (id, occurred_at, actor, action, subject, subject_kind, subject_id, detail)
select -id,
       happened_at,
       left(actor, 60),
       'REQUEST_' || action,
       case when request_id is null then null else 'request ' || cast(request_id as varchar(20)) end,
       case when request_id is null then null else 'request' end,
       request_id,
       detail
from request_audit;

drop table request_audit;
drop sequence request_audit_seq;
