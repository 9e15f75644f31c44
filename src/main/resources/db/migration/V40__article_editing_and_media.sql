-- The article editor: the media library (images stored in the database, so every instance serves the same files),
-- pending changes of published articles, scheduled publishing, revisions.
-- One script for H2 and PostgreSQL. Sequences step by 50 to match the entities' allocationSize.

create sequence media_asset_seq start with 50 increment by 50;
create sequence media_variant_seq start with 50 increment by 50;
create sequence article_revision_seq start with 50 increment by 50;

-- An uploaded image. "revision" goes into its URLs and moves on when the image is replaced, so browsers that keep
-- images for a year fetch the new one.
create table media_asset (
    id             bigint        not null primary key,
    file_name      varchar(200)  not null,
    format         varchar(10)   not null,
    width          integer       not null,
    height         integer       not null,
    variant_widths varchar(100)  not null,
    alt_text       varchar(300),
    decorative     boolean       not null,
    revision       integer       not null,
    uploaded_at    timestamp with time zone not null,
    uploaded_by    varchar(60)   not null,
    version        bigint        not null
);

-- The image at each width it is served in: re-encoded at upload, without metadata.
create table media_variant (
    id           bigint       not null primary key,
    asset_id     bigint       not null references media_asset (id) on delete cascade,
    width        integer      not null,
    height       integer      not null,
    content_type varchar(20)  not null,
    sha256       varchar(64)  not null,
    bytes        bytea        not null,
    constraint media_variant_width_unique unique (asset_id, width)
);

-- The hero image now comes from the media library, with its alt text.
alter table article drop column hero_image_url;
alter table article drop column hero_image_alt;
alter table article add column hero_media_id bigint;
alter table article add constraint article_hero_media foreign key (hero_media_id) references media_asset (id);
create index article_hero_media on article (hero_media_id);

alter table article add column review_due_on date;
-- Scheduled changes, carried out by the scheduler within a minute of their time.
alter table article add column publish_at timestamp with time zone;
alter table article add column unpublish_at timestamp with time zone;
-- The next version of a published article, edited while the live one stays online (all editable fields, as JSON).
alter table article add column draft_content varchar(300000);
alter table article add column draft_in_review boolean default false not null;
alter table article add column edited_at timestamp with time zone;
alter table article add column edited_by varchar(60);
create index article_publish_at on article (publish_at);
create index article_unpublish_at on article (unpublish_at);
create index article_review_due on article (review_due_on);
create index article_title on article (title);

-- Every save of an article: who, when, and all its editable fields (JSON), numbered from 1 per article.
create table article_revision (
    id         bigint        not null primary key,
    article_id bigint        not null references article (id) on delete cascade,
    number     integer       not null,
    saved_at   timestamp with time zone not null,
    saved_by   varchar(60)   not null,
    note       varchar(200),
    content    varchar(300000) not null,
    constraint article_revision_number_unique unique (article_id, number)
);
