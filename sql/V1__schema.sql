-- The dataset's schema. Flyway applies it; jOOQ generates its Java classes from it at build time.
-- Rules a wrong row would break are CHECK and foreign-key constraints here, not only Java validation.

-- A published document a figure is taken from. The verbatim quote lives with each figure, because one
-- article often backs several figures with different sentences.
create table source (
    id           bigint generated always as identity primary key,
    title        text not null,
    publisher    text,
    url          varchar(2048) not null unique,
    published_on date,
    accessed_on  date,
    constraint source_title_not_blank check (length(trim(title)) > 0),
    constraint source_url_is_web check (url like 'https://%' or url like 'http://%')
);

-- ISO 3166-1 countries with their UN M49 classification. iso_numeric is the M49 / ISO numeric code that
-- world-map data uses; null where UN M49 has no entry (Taiwan).
create table country (
    iso2                   char(2) primary key,
    iso3                   char(3) not null unique,
    iso_numeric            char(3) unique,
    name                   text not null,
    un_region              text,
    un_subregion           text,
    un_intermediate_region text,
    constraint country_iso2_upper check (iso2 = upper(iso2)),
    constraint country_iso3_upper check (iso3 = upper(iso3))
);

-- What a user base counts: the platform's own users, or a general denominator (internet users, population).
create table platform (
    id   bigint generated always as identity primary key,
    name varchar(100) not null unique,
    kind text not null,
    constraint platform_kind_known check (kind in ('messaging', 'social_network', 'device_ecosystem',
                                                   'internet', 'population'))
);

create table incident (
    id                 varchar(40) primary key,
    name               text not null,
    tool_or_vendor     text not null,
    vector_platform_id bigint references platform,
    vector_description text,
    year_start         integer not null,
    year_end           integer,
    disclosed_on       date,
    summary            text,
    caveats            text,
    -- the vendor's or a government's published response, where one exists, and where it was published
    right_of_reply            text,
    right_of_reply_source_id  bigint references source,
    constraint incident_years_in_order check (year_end is null or year_end >= year_start),
    constraint incident_reply_has_source check (right_of_reply is null or right_of_reply_source_id is not null)
);

-- "area" says explicitly whether a row is about one country or the whole world; worldwide is never a fake
-- country code.
create table platform_user_base (
    id              bigint generated always as identity primary key,
    platform_id     bigint not null references platform,
    area            varchar(10) not null,
    country_iso2    char(2) references country,
    users           bigint not null,
    users_qualifier text not null default 'exact',
    metric          text not null,
    as_of_year      integer not null,
    as_of_month     integer,
    source_id       bigint not null references source,
    source_quote    text not null,
    verified        boolean not null,
    notes           text,
    constraint user_base_area_known check (area in ('country', 'worldwide')),
    constraint user_base_area_matches_country check ((area = 'worldwide') = (country_iso2 is null)),
    constraint user_base_users_positive check (users > 0),
    constraint user_base_qualifier_known check (users_qualifier in ('exact', 'approximate', 'at_least')),
    constraint user_base_metric_known check (metric in ('monthly_active_users', 'accounts', 'active_devices',
                                                        'internet_users', 'population')),
    constraint user_base_month_valid check (as_of_month is null or as_of_month between 1 and 12),
    constraint user_base_quote_not_blank check (length(trim(source_quote)) > 0)
);

-- One number of people targeted, as one source states it. Several sources may give different numbers for
-- the same incident, area and count kind: all are kept, and at most one of them is preferred (index below).
-- A figure that counts part of another figure's people ("at least 100 members of civil society" of the
-- ~1,400) names that figure in subset_of_figure_id: it is a different measure, not a competing value.
create table target_figure (
    id                bigint generated always as identity primary key,
    reference_id      varchar(40) not null unique,
    incident_id       varchar(40) not null references incident,
    area              varchar(10) not null,
    country_iso2      char(2) references country,
    targeted_count    integer not null,
    count_qualifier   text not null default 'exact',
    count_kind        varchar(30) not null,
    victim_groups     text,
    source_id         bigint not null references source,
    source_quote      text not null,
    verified          boolean not null,
    preferred         boolean not null,
    denominator_rule  text not null default 'country_user_base',
    subset_of_figure_id bigint references target_figure,
    notes             text,
    constraint figure_area_known check (area in ('country', 'worldwide')),
    constraint figure_area_matches_country check ((area = 'worldwide') = (country_iso2 is null)),
    constraint figure_count_not_negative check (targeted_count >= 0),
    constraint figure_qualifier_known check (count_qualifier in ('exact', 'approximate', 'at_least')),
    constraint figure_count_kind_known check (count_kind in ('leaked_list_entries', 'confirmed_forensic',
                                                             'notified_by_platform', 'official_disclosure',
                                                             'alleged', 'estimated')),
    -- country_user_base: divide by the user base of the figure's own area.
    -- no_rate: the people counted are not that area's users (e.g. numbers selected by one country's
    -- operator but located abroad, or an organisation's staff), so no per-user rate may be shown.
    constraint figure_denominator_rule_known check (denominator_rule in ('country_user_base', 'no_rate')),
    constraint figure_quote_not_blank check (length(trim(source_quote)) > 0),
    constraint figure_not_subset_of_itself check (subset_of_figure_id is null or subset_of_figure_id <> id)
);

-- [jooq ignore start]
create unique index target_figure_one_preferred
    on target_figure (incident_id, area, coalesce(country_iso2, '--'), count_kind, coalesce(subset_of_figure_id, 0))
    where preferred;
-- [jooq ignore stop]

create index target_figure_incident on target_figure (incident_id);
create index platform_user_base_lookup on platform_user_base (platform_id, country_iso2, as_of_year);
