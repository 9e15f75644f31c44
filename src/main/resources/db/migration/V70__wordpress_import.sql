-- WordPress import: which article or media-library image each imported WordPress post or attachment became, so a
-- second import of the same export updates them instead of adding copies. One script for H2 and PostgreSQL.

create sequence wordpress_link_seq start with 50 increment by 50;

-- "kind" is POST or ATTACHMENT; "guid" is WordPress's own unique id of the item (its <guid>, a URL that never
-- changes); "modified_at" is the item's wp:post_modified_gmt at the last import, to skip items unchanged since.
create table wordpress_link (
    id          bigint        not null primary key,
    kind        varchar(20)   not null,
    guid        varchar(500)  not null,
    article_id  bigint        references article (id) on delete cascade,
    media_id    bigint        references media_asset (id) on delete cascade,
    modified_at timestamp with time zone,
    version     bigint        not null,
    constraint wordpress_link_guid_unique unique (kind, guid)
);
create index wordpress_link_article on wordpress_link (article_id);
create index wordpress_link_media on wordpress_link (media_id);
