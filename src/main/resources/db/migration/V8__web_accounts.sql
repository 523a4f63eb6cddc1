-- The office's web page: the staff who may log in. Passwords are stored only as bcrypt hashes; an account is never
-- deleted, only disabled, so the log's names keep meaning who they were.

CREATE TABLE web_account (
	name             VARCHAR(64)   PRIMARY KEY,  -- the login name, as typed on the login page
	password_hash    VARCHAR(100)  NOT NULL,     -- bcrypt ($2a$…)
	role             VARCHAR(16)   NOT NULL,     -- VIEWER (查看: read, download) or MANAGER (管理: also upload, run)
	enabled          BOOLEAN       NOT NULL,
	created_at       TIMESTAMP     NOT NULL,
	changed_at       TIMESTAMP     NOT NULL      -- the last add, reset, disable or enable
);
