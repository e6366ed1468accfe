-- The version of the clinical knowledge base (src/main/resources/clinical) that judged each case.
ALTER TABLE triage_case ADD COLUMN rules_version varchar(50);
