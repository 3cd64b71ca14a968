-- Finding each figure's denominator is one index lookup per figure: by the incident's platform (platform users)
-- or by the metric (internet users, population), and the figure's area, where worldwide is the key '--'.
-- Measured with the benchmark (BENCHMARKS.md): without them the lookup scanned every user base of the platform.

-- [jooq ignore start]
create index platform_user_base_by_platform_and_area
    on platform_user_base (platform_id, (coalesce(country_iso2, '--')), as_of_year)
    where retired_at is null;
create index platform_user_base_by_metric_and_area
    on platform_user_base (metric, (coalesce(country_iso2, '--')), as_of_year)
    where retired_at is null;
-- [jooq ignore stop]
