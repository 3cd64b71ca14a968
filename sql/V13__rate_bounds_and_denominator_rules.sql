-- Rates that say how exact they are, and figures that may not be divided by one platform's users (issue 13).

-- A source may state a number as a maximum ("up to 90"), as it may state a minimum.
alter table target_figure drop constraint figure_qualifier_known;
alter table target_figure add constraint figure_qualifier_known
    check (count_qualifier in ('exact', 'approximate', 'at_least', 'at_most'));
alter table platform_user_base drop constraint user_base_qualifier_known;
alter table platform_user_base add constraint user_base_qualifier_known
    check (users_qualifier in ('exact', 'approximate', 'at_least', 'at_most'));

-- several_platforms: the people counted used several platforms ("across our platforms and others"), so they
-- are divided by the area's internet users or population, never by one platform's users (DenominatorRule).
alter table target_figure drop constraint figure_denominator_rule_known;
alter table target_figure add constraint figure_denominator_rule_known
    check (denominator_rule in ('country_user_base', 'several_platforms', 'no_rate'));

-- Meta's notices went to people "across our platforms and others": not Facebook's users alone.
update target_figure set denominator_rule = 'several_platforms' where reference_id = 'META2021-XX';

-- Each rate's bound, worked out from the count's and the user figure's qualifiers (RateBound): "about 1,400"
-- divided by "at least 1.5 billion" is at most about 0.93 per million. Null exactly when there is no rate.
-- The rows are emptied here and worked out again at the next start, because this migration is newer than
-- their last complete build (DerivedTablesAtStartup).
delete from figure_rate;
alter table figure_rate add column rate_bound varchar(30);
alter table figure_rate add constraint figure_rate_bound_known
    check (rate_bound in ('exact', 'approximate', 'at_least', 'at_least_approximate', 'at_most',
                          'at_most_approximate', 'no_bound'));
alter table figure_rate add constraint figure_rate_bound_with_rate check ((rate_bound is null) = (per_million is null));

insert into dataset_release (version, released_on, summary) values
    ('2026.12.1', date '2026-12-02', 'Rates say whether they are exact, approximate, a minimum or a maximum; '
        || 'figures counted across several platforms are no longer divided by one platform''s users');

insert into dataset_change (version, description) values
    ('2026.12.1', 'Every rate now says how exact it is, from how its two numbers are stated: "about 1,400" people '
        || 'notified divided by "at least 1.5 billion" WhatsApp users is at most about 0.93 per million. Counts '
        || 'confirmed by forensic analysis, which only cover the phones someone had examined, give rates that are '
        || 'minimums. Charts, tables, sentences, downloads and the data API show the bound beside the rate.'),
    ('2026.12.1', 'Meta''s notices to about 50,000 people in 2021 went to people "across our platforms and '
        || 'others", so they are no longer divided by Facebook''s users (which had made them the highest rate); '
        || 'they are still compared with internet users and the population.');
