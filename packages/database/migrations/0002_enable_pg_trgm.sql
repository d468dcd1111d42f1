-- Trigram indexes make the admin panel's "contains" search on names and emails fast at scale.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
