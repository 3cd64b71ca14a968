-- Incident APL2021 was named for Thailand ("Apple alerts, Thailand 2021"), yet it also holds the Ghana figure of
-- the same round of Apple's notifications (R2-APL2021-GH-2, V16), which Compare and the CSV files then listed as
-- "Ghana · Apple alerts, Thailand 2021". The incident is now named for the round, and its summary says where
-- people reported the warning. Figures, sources and quotes are unchanged; the Ghana figure stays unverified.
update incident
set name       = 'Apple threat notifications of November 2021 (Thailand, Ghana)',
    short_name = 'Apple alerts, Nov 2021',
    summary    = 'In November 2021 Apple warned users that state-sponsored attackers had targeted them. Activists, '
                     || 'academics and politicians in Thailand said publicly that they had received the warning; a '
                     || 'Ghanaian news site reported at least two people in Ghana who had (its figure is marked '
                     || 'unverified).',
    caveats    = 'Counts are of people who said publicly that they received a notification; sources on the same day '
                     || 'give at least 17 and at least six in Thailand. Apple says a notification may be a false '
                     || 'alarm.'
where id = 'APL2021';
