-- Clinic staff who sign in to the admin console. Passwords are stored only as PBKDF2 hashes
-- ("PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>"), never in any other form.

create sequence staff_user_seq start with 50 increment by 50;

create table staff_user (
    id            bigint       not null primary key,
    username      varchar(60)  not null,
    display_name  varchar(120) not null,
    email         varchar(200),
    password_hash varchar(300) not null,
    role          varchar(10)  not null,
    enabled       boolean      not null,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    last_login_at timestamp with time zone,
    constraint staff_user_username_unique unique (username)
);
