-- Two-factor sign-in. A staff member's TOTP secret is stored as TotpSecrets writes it: AES-GCM encrypted with
-- meridian.security.totp-key when that is set ("aes-gcm:..."), otherwise as its Base32 text ("plain:...").
-- last_step is the RFC 6238 time step of the last code accepted, so no code is accepted twice.
create table staff_totp (
    user_id     bigint       not null primary key,
    secret      varchar(200) not null,
    enrolled_at timestamp with time zone not null,
    last_step   bigint       not null,
    constraint staff_totp_user foreign key (user_id) references staff_user (id)
);

-- One-time recovery codes: only their SHA-256 (they carry 80 random bits each, so a fast hash is enough).
create sequence staff_recovery_code_seq start with 50 increment by 50;

create table staff_recovery_code (
    id        bigint      not null primary key,
    user_id   bigint      not null,
    code_hash varchar(64) not null,
    used_at   timestamp with time zone,
    constraint staff_recovery_code_user foreign key (user_id) references staff_user (id)
);

create index staff_recovery_code_by_user on staff_recovery_code (user_id);

-- Site-wide security settings, one row.
create table security_setting (
    id                  integer not null primary key,
    two_factor_required boolean not null,
    version             bigint  not null
);

insert into security_setting (id, two_factor_required, version) values (1, false, 0);
