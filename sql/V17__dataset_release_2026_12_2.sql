-- Release 2026.12.2: population and internet users for every country, 2010-2025 (V14, from World Bank data
-- files), what one unit of a figure is (V15), and the incidents, figures and user figures researched for
-- issue 14 (V16).

insert into dataset_release (version, released_on, summary) values
    ('2026.12.2', date '2026-12-02', 'Population and internet users for every country and year 2010-2025; '
        || 'incidents from 2014 to 2026 with their figures; platform user figures for more countries');

insert into dataset_change (version, description) values
    ('2026.12.2', 'Population for every country and every year from 2010 to 2025, and internet users for every '
        || 'year the ITU has a figure (to 2024), from the World Bank''s World Development Indicators. Each '
        || 'population row quotes its line of the data file; internet users are the ITU''s share of the population '
        || 'using the internet times the population of the same year, and each row says so. Rates against internet '
        || 'users and the population now exist for almost every country figure.'),
    ('2026.12.2', 'New incidents from 2014 to 2026, among them WhatsApp''s 2025 and 2026 notification rounds, '
        || 'Paragon''s Graphite against European journalists, Predator in Angola, Cellebrite in Jordan, FlexiSPY '
        || 'in Kenya, NoviSpy in Serbia, Apple''s alerts to Iranians and Indians, Pegasus against US embassy staff '
        || 'in Uganda and against journalists in India, Mexico, Morocco and the Dominican Republic, Google''s '
        || 'and Microsoft''s warnings of government-backed attacks, and cases in Panama, Brazil, Colombia, '
        || 'Ethiopia and the United Arab Emirates. Every figure quotes its source; figures from weak or copied '
        || 'sources are marked unverified.'),
    ('2026.12.2', 'More figures for released incidents, beside the ones already shown: Predator in Greece (116 '
        || 'people in the prosecutor''s case, at least 87 and more than 90 in the press), Poland''s first 31 people '
        || 'told they had been surveilled, more than 20 Apple alerts in India in 2023, and the Italian '
        || 'government''s and parliament''s counts of Paragon targets.'),
    ('2026.12.2', 'Every figure now says what it counts: people, phone numbers, phones, accounts, devices, IP '
        || 'addresses or customers. Pages, charts and sentences use that word, so 4,286 phone numbers tapped in '
        || 'North Macedonia never read as 4,286 people.'),
    ('2026.12.2', 'WhatsApp user figures for more countries (Türkiye, Pakistan, the Netherlands, Israel, Morocco, '
        || 'Italy, the United Kingdom and others) and iPhone users in India, most of them estimates from secondary '
        || 'sources and marked unverified; where none could be cited, the comparison says so and the methodology '
        || 'page lists the gap.');
