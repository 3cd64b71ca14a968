-- What one unit of a figure is (CountedUnit): most sources count people, some count phone numbers, phones,
-- accounts, devices, IP addresses or customers. Words on every page follow it, so 4,286 phone numbers never read
-- as 4,286 people.
alter table target_figure add column counted_unit varchar(20) not null default 'people';
alter table target_figure add constraint figure_counted_unit_known
    check (counted_unit in ('people', 'phone_numbers', 'phones', 'accounts', 'devices', 'ip_addresses', 'customers'));

-- Entries on a leaked list are phone numbers: what the count kind's words always said.
update target_figure set counted_unit = 'phone_numbers' where count_kind = 'leaked_list_entries';
