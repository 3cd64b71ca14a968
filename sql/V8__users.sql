-- People who may change the dataset: curators edit it, admins also manage users and publish releases.
-- Passwords are stored only as bcrypt hashes. Anonymous visitors need no account.
create table app_user (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null unique,
    password_hash varchar(100) not null,
    role          varchar(20) not null,
    enabled       boolean not null default true,
    created_at    timestamp with time zone not null default now(),
    constraint app_user_role_known check (role in ('curator', 'admin')),
    constraint app_user_hash_is_bcrypt check (password_hash like '{bcrypt}$2%')
);

-- [jooq ignore start]
alter table app_user add constraint app_user_username_sane check (username ~ '^[A-Za-z0-9._@-]{3,100}$');
-- [jooq ignore stop]
