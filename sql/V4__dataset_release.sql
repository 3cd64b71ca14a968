-- Versions of the curated dataset and what changed in each, shown to readers and written into exports.
-- Version numbers are year.month.sequence; a release's changes are plain sentences for policymakers.
create table dataset_release (
    version     varchar(20) primary key,
    released_on date not null,
    summary     text not null
);

-- [jooq ignore start]
alter table dataset_release add constraint release_version_format
    check (version ~ '^[0-9]{4}\.[0-9]{1,2}\.[0-9]+$');
-- [jooq ignore stop]

create table dataset_change (
    id          bigint generated always as identity primary key,
    version     varchar(20) not null references dataset_release,
    description text not null,
    constraint change_description_not_blank check (length(trim(description)) > 0)
);

insert into dataset_release (version, released_on, summary) values
    ('2026.11.0', date '2026-11-29', 'The founding case and the list of countries');

insert into dataset_change (version, description) values
    ('2026.11.0', 'NSO Pegasus via WhatsApp, 2019: about 1,400 people notified worldwide and 121 in India, as '
        || 'WhatsApp stated in 2019; the 2025 court exhibit''s 1,223 worldwide and at least 100 in India kept '
        || 'beside them as competing figures.'),
    ('2026.11.0', 'WhatsApp user bases for 2019: over 1.5 billion worldwide and about 400 million in India.'),
    ('2026.11.0', 'All ISO 3166-1 countries with their UN M49 codes and regions.');
