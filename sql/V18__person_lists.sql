-- Lists with one row per targeted person (issue 15). The dashboard counts such a list into figures; it keeps
-- the counts, the row numbers behind each count and the rows' own sources, and never the list's names.

-- How a curator read a list's columns, remembered for the next file with the same header. header_key is the
-- SHA-256 of the header as read (column names joined by line feeds); mapping is the curator's choices as JSON
-- (column names and choices only: no cell of the file).
create table person_list_mapping (
    header_key char(64) primary key,
    header     text not null,
    mapping    text not null,
    saved_by   varchar(100) not null,
    saved_at   timestamp with time zone not null default now()
);

-- The trail from a counted figure back to the list: which version of the file (its SHA-256 and the date the
-- curator gave), which of its rows were counted, and the distinct links those rows cite as their own sources.
create table figure_list_count (
    figure_id    bigint primary key references target_figure,
    list_sha256  char(64) not null,
    list_version date not null,
    row_numbers  integer[] not null,
    row_sources  text[] not null,
    constraint list_count_has_rows check (cardinality(row_numbers) > 0)
);
