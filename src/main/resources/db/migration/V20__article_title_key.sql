-- The title folded for search without case and accents (org.factmark.base.SearchKeys): "lodz" finds "Łódź".
-- Folding needs Unicode decomposition, which neither H2 nor PostgreSQL SQL does portably: new articles get it when
-- stored, and ArticleTitleKeys fills it at start-up for articles stored before this migration.
alter table articles add column title_key varchar(1500);
