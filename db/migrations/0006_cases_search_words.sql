-- The search index split words only at spaces and kept hyphens inside them, so "Stahl" did not
-- find "Rhein-Stahl" nor "Lüdenscheidt" "Müller-Lüdenscheidt". Hyphens now separate words; a
-- reference typed as "ITC-2026-0001" is searched as a phrase of its parts and still matches.
DROP TRIGGER cases_fts_insert;
--> statement-breakpoint
DROP TRIGGER cases_fts_delete;
--> statement-breakpoint
DROP TRIGGER cases_fts_update;
--> statement-breakpoint
DROP TABLE cases_fts;
--> statement-breakpoint
CREATE VIRTUAL TABLE cases_fts USING fts5(
  reference, hire_name, employer_name,
  content='cases', content_rowid='rowid',
  tokenize="unicode61 remove_diacritics 2"
);
--> statement-breakpoint
INSERT INTO cases_fts(cases_fts) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
  INSERT INTO cases_fts(rowid, reference, hire_name, employer_name)
  VALUES (new.rowid, new.reference, new.hire_name, new.employer_name);
END;
--> statement-breakpoint
CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, reference, hire_name, employer_name)
  VALUES ('delete', old.rowid, old.reference, old.hire_name, old.employer_name);
END;
--> statement-breakpoint
CREATE TRIGGER cases_fts_update AFTER UPDATE OF reference, hire_name, employer_name ON cases BEGIN
  INSERT INTO cases_fts(cases_fts, rowid, reference, hire_name, employer_name)
  VALUES ('delete', old.rowid, old.reference, old.hire_name, old.employer_name);
  INSERT INTO cases_fts(rowid, reference, hire_name, employer_name)
  VALUES (new.rowid, new.reference, new.hire_name, new.employer_name);
END;
