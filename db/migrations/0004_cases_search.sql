-- Full-text search for the reviewer queue: case reference, hire name and company.
CREATE VIRTUAL TABLE cases_fts USING fts5(
  reference, hire_name, employer_name,
  content='cases', content_rowid='rowid',
  tokenize="unicode61 remove_diacritics 2 tokenchars '-'"
);
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
