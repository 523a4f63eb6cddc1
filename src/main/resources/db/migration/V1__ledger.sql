-- The ledger: every file the office received, what was read from it, and what was wrong with it.
-- Nothing is deleted: a resubmission supersedes the earlier accepted one and both stay.

CREATE TABLE submission (
	id               BIGINT AUTO_INCREMENT PRIMARY KEY,
	file_name        VARCHAR(1000) NOT NULL,   -- the name as dropped (may be odd; never used as a path)
	source_path      VARCHAR(4000) NOT NULL,   -- where it was found, relative to the input folder
	sha256           CHAR(64)      NOT NULL,
	size_bytes       BIGINT        NOT NULL,
	received_at      TIMESTAMP     NOT NULL,   -- the file's modification time when picked up: when it arrived
	picked_up_at     TIMESTAMP     NOT NULL,   -- when a run registered it
	run_id           BIGINT,                   -- the job instance (nightly run) that registered it
	period_hint      CHAR(7),                  -- month guessed from folder/name at pick-up: orders a backlog oldest first
	attempts         INT           DEFAULT 0 NOT NULL, -- processing attempts; a file that kills the process thrice is rejected
	state            VARCHAR(16)   NOT NULL,   -- PENDING (registered) -> DECIDED (outcome stored) -> PLACED (file moved)
	outcome          VARCHAR(16),              -- ACCEPTED, REJECTED, DUPLICATE
	rejection_kind   VARCHAR(32),              -- see RejectionKind
	reason           VARCHAR(4000),            -- Chinese summary for the run report
	unit             VARCHAR(200),
	period           CHAR(7),                  -- 2023-11
	template_version VARCHAR(32),
	version          INT,                      -- 1, 2, ... among the accepted submissions of one unit and period
	current_version  BOOLEAN       DEFAULT FALSE NOT NULL, -- the accepted submission in force for its unit and period
	superseded_by    BIGINT,
	late             BOOLEAN,
	warning_count    INT           DEFAULT 0 NOT NULL,
	error_count      INT           DEFAULT 0 NOT NULL,
	stored_path      VARCHAR(4000),            -- where the original is kept now (archive or rejected folder)
	feedback_path    VARCHAR(4000)
);
CREATE INDEX submission_sha256 ON submission (sha256);
CREATE INDEX submission_unit_period ON submission (unit, period);
CREATE INDEX submission_state ON submission (state);

CREATE TABLE reported_row (
	submission_id    BIGINT        NOT NULL REFERENCES submission (id),
	code             VARCHAR(32)   NOT NULL,
	row_number       INT           NOT NULL,
	month_done       DECIMAL(20, 4),
	cumulative_done  DECIMAL(20, 4),
	completion_rate  DECIMAL(20, 6),
	status           VARCHAR(16),
	funds_in_place   DECIMAL(20, 4),
	investment_done  DECIMAL(20, 4),
	online_accepted  BOOLEAN,
	offline_accepted BOOLEAN,
	start_date       DATE,
	finish_date      DATE,
	problems         VARCHAR(4000),
	next_steps       VARCHAR(4000),
	remarks          VARCHAR(4000),
	PRIMARY KEY (submission_id, code)
);

CREATE TABLE distribution_row (
	submission_id    BIGINT        NOT NULL REFERENCES submission (id),
	row_number       INT           NOT NULL,
	code             VARCHAR(32),
	town             VARCHAR(400),
	site             VARCHAR(400),
	quantity         DECIMAL(20, 4),
	done_date        DATE,
	remarks          VARCHAR(1000),
	PRIMARY KEY (submission_id, row_number)
);

CREATE TABLE violation (
	id               BIGINT AUTO_INCREMENT PRIMARY KEY,
	submission_id    BIGINT        NOT NULL REFERENCES submission (id),
	rule_code        VARCHAR(16)   NOT NULL,
	severity         VARCHAR(16)   NOT NULL,
	sheet            VARCHAR(64),
	cell_ref         VARCHAR(32),
	message          VARCHAR(4000) NOT NULL
);
CREATE INDEX violation_submission ON violation (submission_id);
