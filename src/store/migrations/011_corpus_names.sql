-- Words the documents only ever write with a capital letter ("Lundqvist", "Botkyrka"): names, so a
-- question typed in lower case ("vad sa pia tham") still asks about a name.
alter table kb_word add column if not exists only_capitalised boolean not null default false;
