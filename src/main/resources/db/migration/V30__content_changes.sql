-- A feed of content changes. Every instance polls it to refresh its page cache and search index when content is
-- changed through another instance; rows are written in the same transaction as the change itself.
create sequence content_change_seq start with 50 increment by 50;

create table content_change (
    id         bigint       not null primary key,
    kind       varchar(20)  not null,
    entity_id  bigint       not null,
    origin     varchar(36)  not null,
    changed_at timestamp with time zone not null
);
