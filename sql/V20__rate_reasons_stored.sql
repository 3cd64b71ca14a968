-- With each rate, the two things every reader worked out again from the figure, its incident and the user figure:
-- why there is no rate (RateUnavailable, a code) and how many years lie between the figure's period and the user
-- figure divided by (negative: before the period; 0: within it). FigureRates (exposure) writes them from the same
-- rules, in the same statement as the rate. The rows are emptied here and worked out again at the next start,
-- because this migration is newer than their last complete build (DerivedTablesAtStartup).
delete from figure_rate;
alter table figure_rate add column rate_unavailable varchar(30);
alter table figure_rate add column years_between integer;
alter table figure_rate add constraint figure_rate_unavailable_known
    check (rate_unavailable in ('not_the_areas_users', 'not_one_platform', 'no_user_base_nearby'));
alter table figure_rate add constraint figure_rate_reason_without_user_figure
    check ((rate_unavailable is null) = (user_base_id is not null));
alter table figure_rate add constraint figure_rate_years_with_user_figure
    check ((years_between is null) = (user_base_id is null));
