-- Curated search terms of a chunk's paragraphs (`<!-- söktermer: … -->` in the knowledge files):
-- indexed with the chunk (in its tsvector) and kept here for passage-level matching; never shown.
alter table kb_chunk add column if not exists search_terms text[] not null default '{}';
