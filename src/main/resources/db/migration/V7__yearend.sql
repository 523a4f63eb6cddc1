-- Year-end records: acceptance the office records for an indicator (the provincial platform's result is not in the
-- units' forms) and the figures the statistics bureau certified (评估认定). Nothing is deleted: a later record of the
-- same indicator is the one in force, the earlier ones stay as history, each with who, when and where it came from.

CREATE TABLE acceptance_record (
	id               BIGINT AUTO_INCREMENT PRIMARY KEY,
	record_year      INT           NOT NULL,
	code             VARCHAR(32)   NOT NULL,
	kind             VARCHAR(16)   NOT NULL,   -- ONLINE (线上验收, 省系统平台) or OFFLINE (线下验收)
	accepted         BOOLEAN       NOT NULL,
	accepted_on      DATE,                     -- the day of the acceptance, as the office wrote it
	recorded_by      VARCHAR(200)  NOT NULL,   -- who recorded it (录入人)
	source           VARCHAR(4000) NOT NULL,   -- 验收记录-2023.xlsx 第5行
	content_key      CHAR(64)      NOT NULL,   -- the record's fields: the same line read again is not stored twice
	recorded_at      TIMESTAMP     NOT NULL,   -- when the system took it in
	CONSTRAINT acceptance_record_content UNIQUE (record_year, content_key)
);
CREATE INDEX acceptance_record_code ON acceptance_record (record_year, code);

CREATE TABLE certified_figure (
	id               BIGINT AUTO_INCREMENT PRIMARY KEY,
	submission_id    BIGINT        NOT NULL REFERENCES submission (id), -- the returned 评估认定表 as registered
	record_year      INT           NOT NULL,
	unit             VARCHAR(200)  NOT NULL,
	code             VARCHAR(32)   NOT NULL,
	row_number       INT           NOT NULL,   -- the return's row, for naming the cell
	reported         DECIMAL(20, 4),           -- 报送数 as printed on the form the office sent
	certified        DECIMAL(20, 4),           -- 认定数 the bureau wrote
	remarks          VARCHAR(4000),            -- the bureau's remarks
	recorded_at      TIMESTAMP     NOT NULL    -- the latest accepted return of a unit's year is in force
);
CREATE INDEX certified_figure_unit ON certified_figure (record_year, unit);
CREATE INDEX certified_figure_submission ON certified_figure (submission_id);
