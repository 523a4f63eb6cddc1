-- A file read ahead, beside the one being decided, is not charged an attempt until its own decision starts; it is only
-- marked. If the run dies, the next run reads every marked file alone, charging it first, so a file that kills the
-- process still uses up its attempts while the files merely read beside it keep theirs.
ALTER TABLE submission ADD COLUMN read_ahead BOOLEAN DEFAULT FALSE NOT NULL;
