-- The dashboard keeps counts, never the names of the people targeted. Some descriptions loaded from the
-- reference research (V6) named them; they now say who the people were by role only. Counts, sources and
-- quotes are unchanged: a quote stays its source's words, verbatim, as evidence for the number.

update target_figure set victim_groups = 'an exiled opposition politician and an exiled journalist'
    where reference_id = 'PRD2021-EG';
update target_figure set victim_groups = 'two journalists (one of them an Animal Político reporter) and a human-rights'
        || ' defender'
    where reference_id = 'MX2022-MX';
update target_figure set victim_groups = 'an opposition senator, a lawyer and a prosecutor (overlaps conceptually with'
        || ' PL2024-PL official count)'
    where reference_id = 'PL2021-FOR';
update target_figure set victim_groups = 'two journalists'
    where reference_id = 'TG2024-RSF';
update target_figure set victim_groups = 'the Prime Minister and the Defence Minister (the Interior Minister later also'
        || ' reported)',
    label = 'Pegasus infections of the Spanish Prime Minister and Defence Minister (government disclosure)'
    where reference_id = 'ESGOV2022-ES';
update target_figure set victim_groups = 'a journalist (infected, Citizen Lab) and two opposition politicians (targeted)'
    where reference_id = 'PRD2022-GR-FOR';
update target_figure set victim_groups = 'Catalan independence leaders, among them a later President of the Generalitat'
        || ' (subset of CatalanGate 65); year = year of disclosure'
    where reference_id = 'CNI2022-ES';
update target_figure set victim_groups = 'a journalist (Fanpage''s editor) and two people of the NGO Mediterranea'
        || ' (subset of PAR2025-IT; Citizen Lab found direct traces on the two from Mediterranea, none on the'
        || ' journalist)'
    where reference_id = 'PAR2025-IT-CL';
update target_figure set victim_groups = 'the same three people as PAR2025-IT-CL; prosecutors found no traces on'
        || ' another journalist'
    where reference_id = 'PAR2026-IT-PROS';
update target_figure set victim_groups = 'numbers in several countries (not only Moroccan residents): Moroccan'
        || ' journalists, French officials including the French President, Algerians'
    where reference_id = 'PP2021-MA';
update target_figure set victim_groups = 'Spanish numbers, among them a Sahrawi activist and a journalist'
    where reference_id = 'PP2021-ES';

update incident set summary = 'The Spanish government disclosed that the phones of the Prime Minister and the'
        || ' Defence Minister had been infected with Pegasus.'
    where id = 'ESGOV2022';
