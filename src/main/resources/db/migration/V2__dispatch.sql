-- The monthly dispatch documents: the numbered bulletins (工作情况通报) and the register of supervision letters (督办函).
-- A number or serial, once given to a month or a unit's month, stays with it: redrafting a month keeps them.

CREATE TABLE bulletin (
	period           CHAR(7)       PRIMARY KEY,  -- 2023-11
	bulletin_year    INT           NOT NULL,     -- bulletins are numbered per year: 第1期, 第2期, …
	number           INT           NOT NULL,
	signed_on        DATE          NOT NULL,     -- the date printed under the office's name
	file             VARCHAR(4000) NOT NULL,     -- the draft last written
	written_at       TIMESTAMP     NOT NULL,     -- when the number was given
	rewritten_at     TIMESTAMP,                  -- the latest redraft, if any
	CONSTRAINT bulletin_number UNIQUE (bulletin_year, number)
);

CREATE TABLE supervision_letter (
	serial           VARCHAR(64)   PRIMARY KEY,  -- 督办〔2023〕第3号
	serial_year      INT           NOT NULL,
	serial_no        INT           NOT NULL,
	unit             VARCHAR(200)  NOT NULL,
	period           CHAR(7)       NOT NULL,
	indicators       VARCHAR(4000) NOT NULL,     -- the codes the letter names, 、-separated: S07-1、S07-2
	signed_on        DATE          NOT NULL,
	deadline         DATE          NOT NULL,     -- the unit must reply in writing by this day
	file             VARCHAR(4000) NOT NULL,
	written_at       TIMESTAMP     NOT NULL,
	rewritten_at     TIMESTAMP,
	withdrawn_at     TIMESTAMP,                  -- a later redraft of the month no longer draws the letter
	CONSTRAINT supervision_letter_no UNIQUE (serial_year, serial_no),
	CONSTRAINT supervision_letter_unit_period UNIQUE (unit, period)
);
