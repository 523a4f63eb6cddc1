-- Intake asks for every original's place whether another file already has it; without an index each question read
-- the whole submission table, so a province month (1,000 files) asked a million rows.
CREATE INDEX submission_stored_path ON submission (stored_path);
