-- Curators change the dataset through the product: every curated record carries a version for optimistic
-- locking and can be retired (hidden from every dashboard, export and API answer) but never deleted, and every
-- change is written to the audit trail in the same transaction.

alter table source add column row_version integer not null default 0;
alter table source add column retired_at timestamp with time zone;
alter table source add column retired_by varchar(100);

alter table incident add column row_version integer not null default 0;
alter table incident add column retired_at timestamp with time zone;
alter table incident add column retired_by varchar(100);

alter table target_figure add column row_version integer not null default 0;
alter table target_figure add column retired_at timestamp with time zone;
alter table target_figure add column retired_by varchar(100);

alter table platform_user_base add column row_version integer not null default 0;
alter table platform_user_base add column retired_at timestamp with time zone;
alter table platform_user_base add column retired_by varchar(100);

-- Every user base has a stable key by now (V6 gave the founding case's two theirs); curators' new rows get one too,
-- so a re-imported file finds the same row.
alter table platform_user_base alter column reference_id set not null;

-- One change to one record: who, when, what, and why where the curator said. The old and new value of each
-- field that changed are in audit_change. actor is the account name as text, so the trail outlives accounts.
create table audit_entry (
    id          bigint generated always as identity primary key,
    changed_at  timestamp with time zone not null default now(),
    actor       varchar(100) not null,
    action      varchar(20) not null,
    record_type varchar(30) not null,
    record_key  varchar(100) not null,
    comment     text,
    constraint audit_action_known check (action in ('create', 'update', 'retire', 'restore', 'publish')),
    constraint audit_record_type_known check (record_type in ('source', 'incident', 'target_figure',
                                                              'platform_user_base', 'dataset_release',
                                                              'app_user'))
);

create table audit_change (
    entry_id  bigint not null references audit_entry,
    field     varchar(60) not null,
    old_value text,
    new_value text,
    primary key (entry_id, field)
);

create index audit_entry_record on audit_entry (record_type, record_key);
create index audit_entry_changed_at on audit_entry (changed_at);

-- [jooq ignore start]
-- A retired figure no longer holds the "preferred" place of its group: its successor can take it.
drop index target_figure_one_preferred;
create unique index target_figure_one_preferred
    on target_figure (incident_id, area, coalesce(country_iso2, '--'), count_kind, coalesce(subset_of_figure_id, 0))
    where preferred and retired_at is null;

-- The trail is append-only: even SQL typed by hand cannot rewrite history.
create function audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only (% on %)', tg_op, tg_table_name;
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_is_append_only();
create trigger audit_change_append_only before update or delete on audit_change
    for each row execute function audit_is_append_only();
-- [jooq ignore stop]
