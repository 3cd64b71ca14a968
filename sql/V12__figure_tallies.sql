-- Counts the overview's headline cards, timeline and the incident list show, kept per incident and per count
-- kind and area instead of counted over every figure on each page view (DD011). FigureTallies (dataset) keeps
-- them current from the curation's announcements in the same transaction, and recomputes them completely when
-- figure_tally_build.migration_rank is behind the latest migration.

-- Per incident, over its published figures.
create table incident_tally (
    incident_id    varchar(40) primary key references incident on delete cascade,
    figures        integer not null,
    -- countries with at least one figure (worldwide figures are not a country)
    countries      integer not null,
    -- the count kinds of its figures; null when it has none
    kinds          varchar(30)[],
    unverified     integer not null,
    -- the year of the earliest dated source its figures cite; null if none is dated
    first_reported integer
);

-- Per count kind and area ('--' for worldwide), over published figures: all of them, the preferred ones, and
-- the listed ones (preferred and not the subset of a published figure of the same kind and area: the rows of a
-- comparison). A subset is hidden only by a parent in its own cell, so recounting a cell is enough.
create table kind_area_tally (
    count_kind varchar(30) not null,
    area_key   char(2) not null,
    figures    integer not null,
    preferred  integer not null,
    listed     integer not null,
    primary key (count_kind, area_key)
);

create table figure_tally_build (
    id             integer primary key,
    migration_rank integer not null,
    built_at       timestamp with time zone not null,
    constraint figure_tally_build_single_row check (id = 1)
);

-- [jooq ignore start]
-- The largest preferred figure of each kind (a headline card) by one index probe.
create index target_figure_largest_of_kind on target_figure (count_kind, targeted_count desc, reference_id)
    where preferred and retired_at is null;
-- The other values reported for a figure (its incident, kind and area, not preferred), looked up per row shown.
create index target_figure_competing
    on target_figure (incident_id, count_kind, (coalesce(country_iso2, '--')))
    where not preferred and retired_at is null;
-- A source's new date changes the first-reported year of the incidents whose figures cite it.
create index target_figure_source on target_figure (source_id);
-- [jooq ignore stop]
