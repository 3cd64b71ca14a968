-- What the full reference dataset needs beyond the founding case's schema.

-- A source's publication date as precisely as it is known: many articles are dated only to the month.
-- published_on stays for full dates; year and month are always filled when any date is known.
alter table source add column published_year integer;
alter table source add column published_month integer;
alter table source add constraint source_published_month_valid
    check (published_month is null or (published_month between 1 and 12 and published_year is not null));

-- A user base from the reference files is traceable by a stable key (platform, area, as-of), as figures are
-- by their reference_id. Rows curators add later may have none.
alter table platform_user_base add column reference_id varchar(60) unique;

-- Most platform "users" figures do not say what a user is (monthly active? registered?). They are kept as
-- users_unspecified rather than promoted to monthly active users; only a quote that says "monthly" is MAU.
alter table platform_user_base drop constraint user_base_metric_known;
alter table platform_user_base add constraint user_base_metric_known
    check (metric in ('monthly_active_users', 'users_unspecified', 'accounts', 'active_devices',
                      'internet_users', 'population'));

-- One incident groups the figures of one campaign or investigation; each figure keeps the reference row's own
-- title and period (a leak covering 2016-2021 has country rows for 2017-2019 only).
alter table target_figure add column label text;
alter table target_figure add column period_start integer;
alter table target_figure add column period_end integer;
alter table target_figure add constraint figure_period_in_order
    check (period_end is null or period_start is null or period_end >= period_start);

create index target_figure_country on target_figure (country_iso2);
create index target_figure_subset_of on target_figure (subset_of_figure_id);

-- A name short enough for a chart axis ("CatalanGate", "Pegasus via WhatsApp, 2019").
alter table incident add column short_name varchar(60);
