-- Release 2026.11.1: the full reference dataset (V5 schema, V6 data).

insert into dataset_release (version, released_on, summary) values
    ('2026.11.1', date '2026-11-29', 'The full reference dataset: 35 incidents, 84 target figures, 98 user bases');

insert into dataset_change (version, description) values
    ('2026.11.1', 'All 75 target figures and 93 user-base, internet-user and population figures researched for the '
        || 'project, each with its source and verbatim quote; the 3 figures and 11 user bases whose sources are '
        || 'weak are marked unverified. Internet users for Serbia, Kazakhstan, Latvia, Lithuania and Belgium '
        || 'added from the same Our World in Data file, so every country with a figure has them.'),
    ('2026.11.1', 'Competing values beside the preferred ones where sources disagree: Morocco 60 (The Wire) and '
        || 'Spain 21 (Scroll.in) in the WhatsApp court exhibit, India "over a dozen" Apple notifications, Armenia '
        || '13, Greece around 100, Thailand at least six, European Commission four, and 189 journalists on the '
        || 'Pegasus Project list.'),
    ('2026.11.1', 'Israel: the 26 people Calcalist alleged were spied on, beside the 3 the police probe found.'),
    ('2026.11.1', 'Each incident has a summary and caveats; five have a right of reply, quoted from where it was '
        || 'published: NSO Group on the WhatsApp court exhibit, the Pegasus Project list and the European '
        || 'Commission case, the Government of India on the Apple alerts, and the Greek government on Predator.'),
    ('2026.11.1', 'User figures that do not say what a user is are no longer counted as monthly active users: '
        || 'WhatsApp''s 1.5 billion worldwide and 400 million in India (2019) are now "users", a measure the '
        || 'source did not define. Rates can divide by platform users, internet users or population.');
