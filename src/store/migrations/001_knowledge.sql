-- The curated knowledge: documents, their chunks, and a BM25 postings list built from
-- PostgreSQL's Swedish text search lexemes (works the same on PGlite and PostgreSQL 15).
create table kb_document (
  id            text primary key,           -- path relative to knowledge/, e.g. 'rad-till-riksdagen.md'
  content_hash  text not null,
  title         text not null,
  organisation  text,
  published     date,
  kind          text,
  tags          text[] not null default '{}',
  url           text,
  ingested_at   timestamptz not null default now()
);

create table kb_chunk (
  id            text primary key,           -- '<document id>#<ordinal>'
  document_id   text not null references kb_document(id) on delete cascade,
  ordinal       int not null,
  heading       text,                       -- the section heading the chunk sits under
  text          text not null,              -- the passage as shown to members
  tsv           tsvector not null,          -- swedish lexemes: title (A), heading (B), organisation (C), body with compound parts (D)
  length        real not null,              -- weighted lexeme count, for BM25 length normalisation
  embedding     bytea,                      -- float32 little-endian, when embeddings are configured
  embedding_model text
);
create index kb_chunk_document_idx on kb_chunk(document_id);
create index kb_chunk_tsv_idx on kb_chunk using gin(tsv);

create table kb_posting (
  lexeme    text not null,
  chunk_id  text not null references kb_chunk(id) on delete cascade,
  tf        real not null,                  -- field-weighted term frequency
  primary key (lexeme, chunk_id)
);
create index kb_posting_chunk_idx on kb_posting(chunk_id);

-- Words as written in the corpus (not stemmed), for typo tolerance.
create table kb_word (
  word  text primary key,
  freq  int not null
);

-- One row with corpus statistics, refreshed after each ingestion.
create table kb_stats (
  id            int primary key default 1 check (id = 1),
  chunk_count   int not null,
  avg_length    real not null,
  version       bigint not null default 0,
  updated_at    timestamptz not null default now()
);

-- Document frequency per lexeme, refreshed after each ingestion.
create table kb_lexeme (
  lexeme  text primary key,
  df      int not null
);
