-- The founding case: NSO Group's Pegasus delivered through a WhatsApp flaw in 2019.
-- Every value below is copied from ../shared/reference/ (incidents.csv, platform_users.csv): numbers,
-- titles, URLs and quotes verbatim; reference_id is the row's incident_id there. Nothing is from memory.
-- The 2019 announcement and the 2025 court exhibit count the same campaign; their different numbers are
-- kept as competing values, the 2019 ones preferred (the exhibit's are kept beside them).

insert into source (title, publisher, url, published_on) values
    ('Israeli surveillance firm spied upon Indian journalists, human rights activists, confirms WhatsApp (India.com/PTI, 2019-11)',
     'India.com / PTI',
     'https://www.india.com/technology/israeli-surveillance-firm-spied-upon-indian-journalists-human-rights-activists-confirms-whatsapp-3826467/',
     null);
insert into source (title, publisher, url, published_on) values
    ('Congress claims Priyanka Gandhi''s phone was hacked via WhatsApp snooping (New Indian Express, 2019-11-03)',
     'The New Indian Express',
     'https://www.newindianexpress.com/nation/2019/nov/03/congress-claims-priyanka-gandhis-phone-was-hacked-via-whatsapp-snooping-2056524.html',
     date '2019-11-03');
insert into source (title, publisher, url, published_on) values
    ('Judicial documents reveal the locations of WhatsApp victims affected by NSO spyware (Tecnobuc, English rendering of TechCrunch 2025-04-09)',
     'Tecnobuc (English rendering of TechCrunch)',
     'https://tecnobuc.com/en/posts/judicial-documents-reveal-the-locations-of-whatsapp-victims-affected-by-nso-spyware',
     null);
insert into source (title, publisher, url, published_on) values
    ('Pegasus spyware targeted 100 WhatsApp users in India, second highest globally (Scroll.in, 2025-04-11)',
     'Scroll.in',
     'https://scroll.in/latest/1081215/pegasus-spyware-targeted-100-whatsapp-users-in-india-second-highest-globally',
     date '2025-04-11');

insert into platform (name, kind) values ('WhatsApp', 'messaging');

insert into incident (id, name, tool_or_vendor, vector_platform_id, vector_description, year_start, year_end)
values ('WA2019', 'NSO Pegasus via WhatsApp (CVE-2019-3568)', 'NSO Group Pegasus',
        (select id from platform where name = 'WhatsApp'), 'WhatsApp video-call exploit', 2019, 2019);

insert into platform_user_base (platform_id, area, country_iso2, users, users_qualifier, metric,
                                as_of_year, as_of_month, source_id, source_quote, verified, notes)
values ((select id from platform where name = 'WhatsApp'), 'worldwide', null, 1500000000, 'at_least',
        'monthly_active_users', 2019, 11, (select id from source where url = 'https://www.india.com/technology/israeli-surveillance-firm-spied-upon-indian-journalists-human-rights-activists-confirms-whatsapp-3826467/'),
        'WhatsApp has over 1.5 billion users globally, of which India alone accounts for about 400 million.',
        true, 'The quote says "over 1.5 billion users": WhatsApp did not say these were monthly active users.');

insert into platform_user_base (platform_id, area, country_iso2, users, users_qualifier, metric,
                                as_of_year, as_of_month, source_id, source_quote, verified, notes)
values ((select id from platform where name = 'WhatsApp'), 'country', 'IN', 400000000, 'approximate',
        'monthly_active_users', 2019, 11, (select id from source where url = 'https://www.india.com/technology/israeli-surveillance-firm-spied-upon-indian-journalists-human-rights-activists-confirms-whatsapp-3826467/'),
        'WhatsApp has over 1.5 billion users globally, of which India alone accounts for about 400 million.',
        true, 'The quote says "about 400 million" users, not defined as monthly active users.');

insert into target_figure (reference_id, incident_id, area, country_iso2, targeted_count, count_qualifier,
                           count_kind, victim_groups, source_id, source_quote, verified, preferred, notes)
values ('WA2019-XX', 'WA2019', 'worldwide', null, 1400, 'approximate', 'notified_by_platform',
        'journalists; lawyers; human-rights activists; diplomats; dissidents; officials (global)',
        (select id from source where url = 'https://www.india.com/technology/israeli-surveillance-firm-spied-upon-indian-journalists-human-rights-activists-confirms-whatsapp-3826467/'),
        'sent a special WhatsApp message to approximately 1,400 users that it has “reason to believe were impacted by this attack',
        true, true, null);

insert into target_figure (reference_id, incident_id, area, country_iso2, targeted_count, count_qualifier,
                           count_kind, victim_groups, source_id, source_quote, verified, preferred, notes)
values ('WA2019CE-XX', 'WA2019', 'worldwide', null, 1223, 'exact', 'notified_by_platform',
        'total recorded in exhibit (51 countries); lower than the ~1,400 announced in 2019',
        (select id from source where url = 'https://tecnobuc.com/en/posts/judicial-documents-reveal-the-locations-of-whatsapp-victims-affected-by-nso-spyware'),
        'Pegasus, developed by NSO Group, was used to target 1,223 WhatsApp users in 51 different countries during a hacking campaign in 2019',
        true, false, '2025 court exhibit (WhatsApp v. NSO); lower than the ~1,400 announced in 2019.');

insert into target_figure (reference_id, incident_id, area, country_iso2, targeted_count, count_qualifier,
                           count_kind, victim_groups, source_id, source_quote, verified, preferred, notes)
values ('WA2019-IN', 'WA2019', 'country', 'IN', 121, 'exact', 'notified_by_platform',
        'journalists; academics; lawyers; Dalit activists; politicians',
        (select id from source where url = 'https://www.newindianexpress.com/nation/2019/nov/03/congress-claims-priyanka-gandhis-phone-was-hacked-via-whatsapp-snooping-2056524.html'),
        'Sources said WhatsApp had informed the Centre in September that 121 Indian users were targeted by Pegasus.',
        true, true, 'What WhatsApp told the Government of India in September 2019.');

insert into target_figure (reference_id, incident_id, area, country_iso2, targeted_count, count_qualifier,
                           count_kind, victim_groups, source_id, source_quote, verified, preferred, notes)
values ('WA2019CE-IN', 'WA2019', 'country', 'IN', 100, 'at_least', 'notified_by_platform',
        'WhatsApp users located in country when targeted (Apr-May 2019)',
        (select id from source where url = 'https://scroll.in/latest/1081215/pegasus-spyware-targeted-100-whatsapp-users-in-india-second-highest-globally'),
        'At least 100 of the 1,223 persons targeted using Israeli spyware Pegasus in a 2019 WhatsApp hacking campaign were located in India',
        true, false, '2025 court exhibit (WhatsApp v. NSO): users located in India when targeted (Apr-May 2019).');

