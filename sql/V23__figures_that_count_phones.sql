-- Five figures stored before figures said what they count (V6; V15 gave every older row "people") count phones or
-- devices, as their own quotes say; they now read so on every page, chart and file. Counts, sources and quotes are
-- unchanged. Found by DataQualityTest.aFigureCountedInPeopleHasAQuoteAboutPeople.
--   INSC2022-IN      "29 phones were examined and malware was found in five"
--   PP2021-IN-FOR    "signs of targeting by Pegasus spyware in 37 phones, of which 10 are Indian"
--   PP2021-HU-FOR    "six Hungarian phones ... three had been infected ... Two other phones showed signs of
--                    attempted targeting"
--   OF-USSD21-UG-9   "at least nine (and possibly 11) US State Department iPhones hacked"
--   PAR2026-IT-PROS  "conclusive for those three devices"
update target_figure set counted_unit = 'phones'
where reference_id in ('INSC2022-IN', 'PP2021-IN-FOR', 'PP2021-HU-FOR', 'OF-USSD21-UG-9');
update target_figure set counted_unit = 'devices' where reference_id = 'PAR2026-IT-PROS';
