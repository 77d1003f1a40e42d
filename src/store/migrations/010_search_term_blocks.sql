-- For each curated search term of a chunk, the block (paragraph or list) of its text it describes,
-- so the answer composer quotes the paragraph the term was written for.
alter table kb_chunk add column if not exists search_term_blocks int[] not null default '{}';
