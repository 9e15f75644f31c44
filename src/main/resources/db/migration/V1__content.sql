-- Content of the public site: conditions, articles and the clinic's facts.
-- One script for H2 and PostgreSQL: only types and syntax both understand.
-- Sequences step by 50 to match the entities' allocationSize (EclipseLink pre-allocates ids in blocks).

create sequence health_condition_seq start with 50 increment by 50;
create sequence article_seq start with 50 increment by 50;

create table health_condition (
    id          bigint        not null primary key,
    slug        varchar(80)   not null,
    name        varchar(120)  not null,
    description varchar(4000),
    version     bigint        not null,
    constraint health_condition_slug_unique unique (slug)
);

create table health_condition_synonym (
    condition_id bigint       not null references health_condition (id) on delete cascade,
    position     integer      not null,
    synonym      varchar(120) not null,
    primary key (condition_id, position)
);

create table article (
    id                   bigint         not null primary key,
    slug                 varchar(120)   not null,
    title                varchar(200)   not null,
    summary              varchar(600)   not null,
    body_html            varchar(200000) not null,
    hero_image_url       varchar(500),
    hero_image_alt       varchar(300),
    author_name          varchar(120)   not null,
    reviewer_name        varchar(120),
    reviewer_credentials varchar(120),
    status               varchar(20)    not null,
    published_at         timestamp with time zone,
    updated_at           timestamp with time zone not null,
    featured             boolean        not null,
    last_reviewed_on     date,
    version              bigint         not null,
    constraint article_slug_unique unique (slug)
);

-- The library lists published articles newest first: this index serves that query at any size.
create index article_status_published on article (status, published_at desc, id desc);

create table article_condition (
    article_id   bigint not null references article (id) on delete cascade,
    condition_id bigint not null references health_condition (id),
    primary key (article_id, condition_id)
);
create index article_condition_by_condition on article_condition (condition_id, article_id);

create table article_reference (
    article_id bigint        not null references article (id) on delete cascade,
    position   integer       not null,
    title      varchar(400)  not null,
    url        varchar(1000) not null,
    primary key (article_id, position)
);

create table clinic_profile (
    id               bigint        not null primary key,
    name             varchar(120)  not null,
    tagline          varchar(300),
    phone            varchar(40)   not null,
    email            varchar(200),
    street_address   varchar(200)  not null,
    locality         varchar(120)  not null,
    region           varchar(60)   not null,
    postal_code      varchar(20)   not null,
    country          varchar(2)    not null,
    directions_url   varchar(1000) not null,
    booking_url      varchar(1000),
    disclaimer       varchar(2000) not null,
    emergency_notice varchar(500)  not null,
    version          bigint        not null
);

create table clinic_opening_hours (
    clinic_id   bigint      not null references clinic_profile (id) on delete cascade,
    day_of_week varchar(9)  not null,
    opens_at    time        not null,
    closes_at   time        not null,
    primary key (clinic_id, day_of_week)
);
