"""Merges the helpers' staging CSVs into src/test/resources/reference/2026.12.2/, applying review decisions."""
import csv, io, sys
R = '/work/staging/research/'
OUT = '/work/main/src/test/resources/reference/2026.12.2/'
FIG_COLS = 'reference_id,incident_id,incident_name,year_start,year_end,tool_or_vendor,vector_platform,country_code,targeted_count,count_qualifier,count_kind,victim_groups,source_title,source_url,source_quote,verified,preferred,denominator_rule,subset_of,notes,counted_unit'.split(',')
INC_COLS = 'id,name,short_name,tool_or_vendor,vector_platform,vector_description,summary,caveats,right_of_reply,right_of_reply_url'.split(',')
UB_COLS = 'platform,country_code,users,as_of,metric,users_qualifier,source_title,source_url,source_quote,verified,notes,key_suffix'.split(',')

def rows(f):
    return list(csv.DictReader(open(R + f, encoding='utf-8')))

figures = rows('recent-figures.csv') + rows('older-figures.csv') + rows('round2-figures.csv')
incidents = rows('recent-incidents.csv') + rows('older-incidents.csv') + rows('round2-incidents.csv')
bases = rows('user-bases.csv') + rows('user-bases-2.csv')

# --- review decisions on figures
dropped = {'PAR2025-XX-CPS',  # "61 in all of Europe": the schema has no area for Europe
           'R2-PEGEH-EH-2', 'R2-PEGEH-EH-2PS'}  # two phones of one person: not a count of people
figures = [f for f in figures if f['reference_id'] not in dropped]
incidents = [i for i in incidents if i['id'] != 'PEG-EH2021-R2']
for f in figures:
    rid = f['reference_id']
    if rid == 'PAR2025-IT-GOV':  # the government relays WhatsApp's own count of notified Italian accounts
        f['count_kind'] = 'notified_by_platform'
        f['preferred'] = 'no'
    if rid == 'PAR2025-IT-CPS':  # the only official-disclosure figure for Italy outside the prosecutors' subset
        f['preferred'] = 'yes'
    if rid == 'AO2026-AO':  # the verbatim excerpt ends before the journalist's name: counts, never names
        cut = f['source_quote'].index(' de Teixeira')
        f['source_quote'] = f['source_quote'][1:cut]
    if rid in ('PAR2025-IT-CPS',):  # the headline names people targeted
        f['source_title'] = '[headline naming people targeted left out] (Il Globo, 2025-06)'
    if rid == 'IR2025-XX':  # Iranians inside and outside Iran: no area's users fit
        f['denominator_rule'] = 'no_rate'

# --- notes are for readers: no remarks about how the stored copy looked
note_fixes = {
    'R2-UBK-MK-4286': (' The line breaks are those of the stored Reuters copy.', ''),
    'R2-UBK-MK-20000': (', and the person named in the quote is the accused, not a victim', ''),
    'KE2025-KE-CPJ': ('(the cpj.org original was not in the stored pages)', '(the original on cpj.org was not available to us)'),
    'NOVISPY2024-RS': ('gave no total in the stored texts', 'gave no total in the texts we could read'),
    'R2-APL2021-GH-2': ('the quote is a verbatim clause because the rest of the sentence names them',
                        'the quote stops where the sentence names them'),
}
for f in figures:
    if f['reference_id'] in note_fixes:
        old, new = note_fixes[f['reference_id']]
        assert old in f['notes'], f['reference_id']
        f['notes'] = f['notes'].replace(old, new)

# --- what one unit of each figure is, where the source counts something other than people (CountedUnit)
units = {
    'phone_numbers': ['OF-FM23-BR-1800', 'R2-UBK-MK-4286', 'R2-UBK-MK-5827'],
    'phones': ['R2-HKPH-HK-3721', 'EP2024-BE', 'NICK2025-XX', 'NICK2025-XX-CRASH', 'JOCEL2026-JO', 'KE2025-KE-CPJ'],
    'accounts': ['OF-SF16-XX-27', 'OF-SF16-AE-24', 'OF-TL17-XX-218', 'OF-DB20-XX-10000', 'OF-FBUY21-XX-500',
                 'OF-MS19-XX-1600', 'OF-GT21-XX-50000', 'OF-GT21-XX-14000'],
    'customers': ['OF-MS19-XX-10000'],
    'devices': ['OF-LIP17-XX-100', 'OF-CHR17-XX-36'],
    'ip_addresses': ['R2-GZOO-XX-450LK', 'R2-GZOO-XX-450CS'],
}
unit_of = {rid: unit for unit, rids in units.items() for rid in rids}
known = {f['reference_id'] for f in figures}
assert set(unit_of) <= known, set(unit_of) - known
for f in figures:
    f['counted_unit'] = unit_of.get(f['reference_id'], '')

# --- incidents: right of reply must be verbatim; attribution goes to the caveats
reply_prefixes = {
    'USSTAFF-PEG-UG2021': ("Uganda's State Minister for Foreign Affairs (International Co-operation), per Daily Monitor: ",
                           "The right of reply is from Uganda's State Minister for Foreign Affairs, quoted by the Daily Monitor."),
    'UGJOURN-PEG-UG2021': ("NSO, per the New York Times report (mirror): ", None),
    'PINCHAZOS-PA2015': ("The former president's defence coordinator (Panamá América, 2020-08): ",
                         "The right of reply is from the former president's defence, quoted by Panamá América."),
    'FIRSTMILE-BR2023': ("ABIN (Jornal de Brasília, 2023-03): ",
                         "The right of reply is from Brazil's intelligence agency (ABIN), quoted by Jornal de Brasília."),
    'CARPETAS-CO2020': ("Defence Minister (El Espectador, 2020-05): ",
                        "The right of reply is from Colombia's Defence Minister, quoted by El Espectador."),
    'JOURN-PEG-DO2023': ("Presidential spokesperson (Acento, 2023-05): ",
                         "The right of reply is from the Dominican presidency's spokesperson, quoted by Acento."),
}
for i in incidents:
    if i['id'] in reply_prefixes:
        prefix, attribution = reply_prefixes[i['id']]
        assert i['right_of_reply'].startswith(prefix), i['id']
        i['right_of_reply'] = i['right_of_reply'][len(prefix):]
        if attribution:
            i['caveats'] = (i['caveats'].rstrip() + ' ' + attribution).strip()
    if i['id'] == 'PRODH-PEG-MX2023':  # the quoted remark may answer a wider question; not a reply to this case
        i['right_of_reply'] = ''
        i['right_of_reply_url'] = ''

# --- user bases
bases = [b for b in bases if b['platform'] != 'Apple App Store'  # App Store users are not iPhone users
         and not (b['platform'] == 'Apple iPhone' and b['country_code'] == 'XX' and b['as_of'] == '2021-01')  # released
         and not (b['platform'] == 'WhatsApp' and b['country_code'] == 'ID' and b['as_of'] == '2019-11')]  # released
for b in bases:
    if b['platform'] == 'WhatsApp' and b['country_code'] == 'PK' and 'urdupoint' in b['source_url']:
        b['as_of'] = '2025-08'  # the article's date; the table's own date is not given
    if b['platform'] == 'WhatsApp' and b['country_code'] == 'MX' and 'sinembargo' in b['source_url']:
        b['as_of'] = '2019-06'  # the article's date (2019-06-11)

    if '(arXiv 2511.20252, date not shown)' in b['source_title']:  # a paper's number is not its date
        b['source_title'] = b['source_title'].replace('(arXiv 2511.20252, date not shown)', '(arXiv preprint, date not shown)')
    if 'chaque jour' in b['source_quote'] or 'on a daily basis' in b['source_quote']:
        b['users_qualifier'] = 'at_least'  # daily users: a month has at least as many users as a day
    if b['metric'] == 'accounts' and b['as_of'] == '2025':  # the 2025 census of WhatsApp phone numbers
        b['key_suffix'] = ('ACCOUNTS-TABLE' if 'github.com' in b['source_url']
                           else 'ACCOUNTS-PRESS' if 'particle.news' in b['source_url'] else 'ACCOUNTS')

# --- sources cited only by a right of reply
cited = {f['source_url'] for f in figures} | {b['source_url'] for b in bases}
reply_sources = []
for i in incidents:
    url = i['right_of_reply_url']
    if url and url not in cited and url not in {s[1] for s in reply_sources}:
        reply_sources.append((None, url, i['id']))

def write(name, cols, data):
    with open(OUT + name, 'w', encoding='utf-8', newline='') as out:
        w = csv.DictWriter(out, fieldnames=cols, lineterminator='\n')
        w.writeheader()
        for d in data:
            w.writerow({c: d.get(c, '') for c in cols})

for i in incidents:  # Google's warnings reach the holders of Google accounts: Gmail and the other Workspace apps
    if i['id'] in ('GTAGWARN-XX2019', 'GTAGWARN-XX2021'):
        i['vector_platform'] = 'Google Workspace'
write('platforms.csv', ['name', 'key', 'kind'], [
    {'name': 'Google Workspace', 'key': 'GOOGLE-WORKSPACE', 'kind': 'messaging'},
    {'name': 'Gmail', 'key': 'GMAIL', 'kind': 'messaging'}])

write('figures.csv', FIG_COLS, figures)
write('incidents.csv', INC_COLS, incidents)
write('user_bases.csv', UB_COLS, bases)
titles = {
    'https://techtost.com/cellebrite-cut-off-serbia-citing-misuse-of-its-phone-unlocking-tools-why-not-others':
        "Cellebrite cut off Serbia citing misuse of its phone-unlocking tools. Why not others? (TechCrunch, copy on techtost.com; headline from the page address)",
    'https://inkl.com/news/has-serbia-hacked-activists-journalists-phones-why':
        "Has Serbia hacked activists' and journalists' phones? (Al Jazeera, copy on inkl.com; headline from the page address)",
    'https://www.monitor.co.ug/uganda/news/national/spies-hack-into-phones-of-us-embassy-officials-in-uganda-3641952':
        "Spies hack into phones of US embassy officials in Uganda (Daily Monitor; headline from the page address)",
    'https://www.panamaamerica.com.pa/judicial/persecucion-ricardo-martinelli-sigue-pese-que-hace-un-ano-fue-declarado-no-culpable-en-el':
        "Persecución a Ricardo Martinelli sigue pese a que hace un año fue declarado no culpable (Panamá América, 2020-08; headline from the page address)",
    'https://jornaldebrasilia.com.br/noticias/brasil/pf-abre-inquerito-para-investigar-sistema-de-monitoramento-de-celulares-da-abin/':
        "PF abre inquérito para investigar sistema de monitoramento de celulares da Abin (Jornal de Brasília, 2023-03; headline from the page address)",
    'https://elespectador.com/noticias/judicial/los-militares-que-salieron-del-ejercito-en-medio-del-nuevo-escandalo-de-chuzadas-articulo-917639':
        "Los militares que salieron del Ejército en medio del nuevo escándalo de chuzadas (El Espectador, 2020-05; headline from the page address)",
    'https://acento.com.do/actualidad/gobierno-aclara-que-no-tiene-vinculos-con-nso-group-empresa-que-maneja-software-espia-pegasus-9194261.html':
        "Gobierno aclara que no tiene vínculos con NSO Group, empresa que maneja software espía Pegasus (Acento, 2023-05; headline from the page address)",
}
write('sources.csv', ['source_title', 'source_url'], [{'source_title': titles[u], 'source_url': u} for _, u, _ in reply_sources])
print('figures', len(figures), 'incidents', len(incidents), 'user bases', len(bases))
print('reply-only sources needing a title:', [(u, i) for _, u, i in reply_sources])
