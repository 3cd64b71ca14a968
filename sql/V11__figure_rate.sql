-- Each listed figure's denominator and rate, one row per kind of denominator, worked out when the dataset
-- changes rather than on every page view (docs/decisions/DD011). "Listed" is what the comparison shows: a
-- published, preferred figure that is not the subset of a published figure of the same area and kind.
-- FigureRates (exposure) fills it: for the figures a curator's change touches, in the same transaction, and
-- completely when figure_rate_build.migration_rank is behind the latest migration (a data migration may have
-- changed anything).
create table figure_rate (
    figure_id        bigint not null references target_figure on delete cascade,
    denominator      varchar(20) not null,
    count_kind       varchar(30) not null,
    country_iso2     char(2),
    incident_id      varchar(40) not null,
    figure_year      integer not null,
    figure_last_year integer not null,
    -- null: no user figure of a fitting kind within two years (or the figure takes no rate)
    user_base_id     bigint references platform_user_base on delete cascade,
    per_million      numeric(24, 6),
    primary key (figure_id, denominator),
    constraint figure_rate_denominator_known check (denominator in ('platform_users', 'internet_users',
                                                                    'population')),
    constraint figure_rate_needs_user_base check (per_million is null or user_base_id is not null)
);

-- Which migration the rates were last computed completely for.
create table figure_rate_build (
    id             integer primary key,
    migration_rank integer not null,
    built_at       timestamp with time zone not null,
    constraint figure_rate_build_single_row check (id = 1)
);

-- [jooq ignore start]
-- The highest rates of a kind (the overview's top chart, Compare sorted by rate) and the highest per country
-- (the map) are read from these in index order instead of computing and sorting every rate.
create index figure_rate_highest on figure_rate (denominator, count_kind, per_million desc nulls last, figure_id);
create index figure_rate_highest_in_country
    on figure_rate (denominator, count_kind, country_iso2, per_million desc nulls last, figure_id);
create index figure_rate_of_incident on figure_rate (incident_id);
create index figure_rate_of_user_base on figure_rate (user_base_id);
-- [jooq ignore stop]
