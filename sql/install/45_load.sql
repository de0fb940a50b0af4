
-- ---------------------------------------------------------------------
-- Loading: one parse per report, everything in the caller's transaction
-- ---------------------------------------------------------------------

-- The derived rows of one report: one set-based INSERT per table.
--
-- PL/pgSQL rather than a SQL function: its statements are planned once per
-- session, where a SQL function parses and plans its body on every call.
--
-- enable_seqscan is off for the loading functions because of the plans
-- PostgreSQL caches for the rest of a session: the foreign key checks run
-- for every inserted row, and the lookups by sha256 or report_id, are
-- planned once, and a plan made while the tables were still empty (the
-- first reports loaded into a new database) scans the whole table.  Each
-- check then reads every row loaded so far and a batch load becomes
-- quadratic (measured: twice the time of the whole load for 500 reports).
-- Every statement here has an index to use, but for the two that read a
-- whole (small) dimension table.  Those scans cost what enable_seqscan=off
-- adds to a plan's cost, far above jit_above_cost, so jit is off too: a
-- JIT compilation took 100 to 350 ms each time, for a scan of 150 rows.
CREATE FUNCTION tip_internal.tip_store_rows(rid bigint, d tip_internal.tip_document)
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
SET jit = off
AS $$
DECLARE
	secs @extschema@.tip_section[] := d.sections;
	paras @extschema@.tip_paragraph[] := d.paragraphs;
	notes @extschema@.tip_footnote[] := d.footnotes;
	ments @extschema@.tip_mention[] := d.mentions;
	refs tip_internal.tip_document_reference[] := d.cross_references;
	events tip_internal.tip_document_party_event[] := d.party_events;
	sessions tip_internal.tip_document_session_ref[] := d.session_refs;
	acts @extschema@.tip_activity[] := d.activities;
	-- the keys of the dimension tables, as maps read once per report: a
	-- code of the parse that they lack is stored as NULL (or left out of a
	-- bridge table) rather than failing the load; an empty table gives a
	-- NULL map, which does the same for every code
	country_keys jsonb;
	organization_keys jsonb;
BEGIN
	-- (the statements below name these and the arrays above, not d or the
	-- dimension tables: on Citus, an INSERT ... SELECT that reads only its
	-- parameters is planned and run on the shard's node alone, where one
	-- that reads a reference table is planned as a query of its own, with
	-- every parameter written out as text and read back; each statement
	-- has a cost of its own there, so both maps are read in one)
	-- an organization's value is its acronym or its full name; the acronym
	-- wins where one organization's full name is another's acronym
	SELECT (SELECT pg_catalog.jsonb_object_agg(c.alpha3, true) FROM @extschema@.tip_countries AS c),
		(SELECT pg_catalog.jsonb_object_agg(k.name, k.acronym ORDER BY k.by_acronym)
		 FROM @extschema@.tip_organizations AS o,
			LATERAL (VALUES (o.full_name, o.acronym, false), (o.acronym, o.acronym, true)) AS k(name, acronym, by_acronym))
	INTO country_keys, organization_keys;

	INSERT INTO @extschema@.tip_sections (report_id, ord, parent_ord, depth, kind, label, path, title,
		first_paragraph, last_paragraph, start_offset, end_offset)
	SELECT rid, s.ord, s.parent_ord, s.depth, s.kind, s.label, s.path, s.title,
		s.first_paragraph, s.last_paragraph, s.start_offset, s.end_offset
	FROM pg_catalog.unnest(secs) AS s;

	INSERT INTO @extschema@.tip_paragraphs (report_id, number, section_ord, section_path, heading, body,
		footnote_marks, start_offset, end_offset)
	SELECT rid, p.number, p.section_ord, p.section_path, p.heading, p.body,
		p.footnote_marks, p.start_offset, p.end_offset
	FROM pg_catalog.unnest(paras) AS p;

	INSERT INTO @extschema@.tip_footnotes (report_id, ord, mark, body, paragraph, start_offset, end_offset)
	SELECT rid, f.ord, f.mark, f.body, f.paragraph, f.start_offset, f.end_offset
	FROM pg_catalog.unnest(notes) WITH ORDINALITY AS f(mark, body, paragraph, start_offset, end_offset, ord);

	INSERT INTO @extschema@.tip_mentions (report_id, ord, kind, paragraph, footnote, section_ord, surface,
		value, unit, amount, date_start, date_end, date_precision, enclosing_ord, start_offset, end_offset,
		iso3, acronym)
	SELECT rid, m.ord, m.kind, m.paragraph, m.footnote, m.section_ord, m.surface,
		m.value, m.unit, m.amount, m.date_start, m.date_end, m.date_precision, m.enclosing_ord,
		m.start_offset, m.end_offset,
		CASE WHEN m.kind OPERATOR(pg_catalog.=) 'country' AND country_keys OPERATOR(pg_catalog.?) m.value THEN m.value END,
		CASE WHEN m.kind OPERATOR(pg_catalog.=) ANY ('{organization,programme}'::text[]) THEN
			organization_keys OPERATOR(pg_catalog.->>) m.value END
	FROM pg_catalog.unnest(ments) AS m;

	INSERT INTO @extschema@.tip_references (report_id, ord, mention_ord, paragraph, footnote, kind, body, number,
		year, symbol, surface, start_offset, end_offset)
	SELECT rid, x.ord, x.mention_ord, x.paragraph, x.footnote, x.kind, x.body, x.number,
		x.year, x.symbol, x.surface, x.start_offset, x.end_offset
	FROM pg_catalog.unnest(refs) AS x;

	INSERT INTO @extschema@.tip_party_events (report_id, ord, kind, count, iso3, country, year, since,
		instrument, paragraph, start_offset, end_offset, date, date_precision)
	SELECT rid, e.ord, e.kind, e.count,
		CASE WHEN country_keys OPERATOR(pg_catalog.?) e.iso3 THEN e.iso3 END,
		e.country, e.year, e.since,
		e.instrument, e.paragraph, e.start_offset, e.end_offset, e.date, e.date_precision
	FROM pg_catalog.unnest(events) AS e;

	INSERT INTO @extschema@.tip_session_refs (report_id, ord, body, kind, number, venue, date_start, date_end,
		participants, countries, paragraph, is_report_session, start_offset, end_offset)
	SELECT rid, r.ord, r.body, r.kind, r.number, r.venue, r.date_start, r.date_end,
		r.participants, r.countries, r.paragraph, r.is_report_session, r.start_offset, r.end_offset
	FROM pg_catalog.unnest(sessions) AS r;

	INSERT INTO @extschema@.tip_activities (report_id, seq, paragraph, ord, kind, theme,
		date_start, date_end, date_precision, place, participants,
		sentence, start_offset, end_offset)
	SELECT rid, a.seq, a.paragraph, a.ord, a.kind, a.theme,
		a.date_start, a.date_end, a.date_precision, a.place, a.participants,
		a.sentence, a.start_offset, a.end_offset
	FROM pg_catalog.unnest(acts) AS a;

	-- the arrays of an activity as bridge rows
	INSERT INTO @extschema@.tip_activity_countries (report_id, activity_seq, iso3)
	SELECT DISTINCT rid, a.seq, c.iso3
	FROM pg_catalog.unnest(acts) AS a,
		pg_catalog.unnest(a.countries) AS c(iso3)
	WHERE country_keys OPERATOR(pg_catalog.?) c.iso3;

	INSERT INTO @extschema@.tip_activity_organizations (report_id, activity_seq, acronym)
	SELECT DISTINCT rid, k.seq, k.acronym
	FROM (SELECT a.seq, organization_keys OPERATOR(pg_catalog.->>) n.name AS acronym
		FROM pg_catalog.unnest(acts) AS a,
			pg_catalog.unnest(a.organizations) AS n(name)) AS k
	WHERE k.acronym IS NOT NULL;
END
$$;

COMMENT ON FUNCTION tip_internal.tip_store_rows(bigint, tip_internal.tip_document) IS
	'Inserts the derived rows of a parsed report under report_id rid (used by tip_load_report and tip_reparse_all)';

-- Whether the corpus tables are distributed by Citus (tip_distribute):
-- the loader, the reparse and the search then take the statements Citus
-- routes to one shard or runs on every shard at once.  Read from Citus's
-- own catalog, which exists only where Citus is installed.
CREATE FUNCTION tip_internal.tip_is_distributed()
RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	dist boolean;
BEGIN
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_partition') IS NULL THEN
		RETURN false;
	END IF;
	EXECUTE 'SELECT EXISTS (SELECT FROM pg_catalog.pg_dist_partition AS p '
		'WHERE p.logicalrelid OPERATOR(pg_catalog.=) $1)'
		INTO dist USING '@extschema@.tip_reports'::regclass;
	RETURN dist;
END
$$;

COMMENT ON FUNCTION tip_internal.tip_is_distributed() IS
	'True when tip_distribute() has distributed the corpus tables over a Citus cluster';

-- The part of a load that reads and writes a report's rows, for the text
-- doc whose tip_text_sha256 is h: the report's id, and whether this call
-- stored it (false when the text was there already).  On one node rid is
-- NULL and a new text takes its id from the sequence.  Distributed by
-- Citus, rid is the id made of the hash, and tip_distribute makes this a
-- distributed function colocated with tip_reports by rid: tip_load's call
-- then runs on the node that holds the report's shard, where every
-- statement below is executed locally.  Through any other node a load
-- would be a dozen statements, each planned there and its rows sent to the
-- shard.
CREATE FUNCTION tip_internal.tip_load_text(rid bigint, h bytea, doc text, source text, force boolean,
	started timestamptz, OUT id bigint, OUT fresh boolean)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
SET jit = off
AS $$
DECLARE
	dist boolean := rid IS NOT NULL;
	other bytea;
	d tip_internal.tip_document;
	rep @extschema@.tip_report;
	lacking boolean;
	ver text;
BEGIN
	fresh := false;
	IF dist THEN
		-- alter_distributed_table moves this function's colocation group on
		-- the coordinator only; Citus would refuse every statement below
		-- with an error that does not say what to do
		IF EXISTS (SELECT FROM pg_catalog.pg_dist_object AS o, pg_catalog.pg_dist_partition AS p
				   WHERE o.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_proc'::pg_catalog.regclass
					 AND o.objid OPERATOR(pg_catalog.=)
						 'tip_internal.tip_load_text(bigint, bytea, text, text, boolean, timestamptz)'::pg_catalog.regprocedure
					 AND p.logicalrelid OPERATOR(pg_catalog.=) '@extschema@.tip_reports'::pg_catalog.regclass
					 AND o.colocationid OPERATOR(pg_catalog.<>) p.colocationid) THEN
			RAISE EXCEPTION USING ERRCODE = 'object_not_in_prerequisite_state',
				MESSAGE = 'this node''s Citus metadata still has the loader in the colocation group the corpus tables left',
				DETAIL = 'alter_distributed_table changes the colocation of the distributed function tip_internal.tip_load_text on the coordinator only.',
				HINT = 'Run SELECT start_metadata_sync_to_all_nodes(); on the coordinator, then load again.';
		END IF;
		SELECT r.report_id, r.sha256 INTO id, other FROM @extschema@.tip_reports AS r
		WHERE r.report_id OPERATOR(pg_catalog.=) rid;
		-- two texts whose hashes begin with the same 63 bits: refused, never
		-- taken for the same report
		IF other OPERATOR(pg_catalog.<>) h THEN
			RAISE EXCEPTION USING ERRCODE = 'unique_violation',
				MESSAGE = pg_catalog.format('report %s holds another text whose hash begins alike', rid),
				HINT = 'The corpus is distributed, where a report''s id is made of its hash: change the text (a closing line) to load it.';
		END IF;
	ELSE
		-- the same text again: its id, nothing parsed or written
		SELECT r.report_id INTO id FROM @extschema@.tip_reports AS r WHERE r.sha256 OPERATOR(pg_catalog.=) h;
	END IF;
	IF id IS NOT NULL THEN
		RETURN;
	END IF;

	d := tip_internal.tip_parse_document(doc);
	IF pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0 AND NOT coalesce(force, false) THEN
		RAISE EXCEPTION USING
			ERRCODE = 'TR001',
			MESSAGE = CASE WHEN source IS NULL THEN 'text is not a report of the tip_reports family'
					  ELSE pg_catalog.format('text "%s" is not a report of the tip_reports family', source) END,
			DETAIL = pg_catalog.format('No %s found.', pg_catalog.array_to_string(d.missing, ' and no ')),
			HINT = 'Check that the text is a whole report; tip_load_report(doc, source, force => true) loads it anyway.';
	END IF;

	-- the statements below name these, not d: Citus plans each statement
	-- with the values of what it names, on every call
	rep := d.report;
	lacking := pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0;

	SELECT e.extversion INTO ver FROM pg_catalog.pg_extension AS e
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	-- on one node a new id only now, so that a text refused above uses none
	IF NOT dist THEN
		rid := pg_catalog.nextval('@extschema@.tip_reports_report_id_seq'::regclass);
	END IF;
	-- VALUES, not INSERT ... SELECT: Citus counts the rows an INSERT ...
	-- SELECT ... ON CONFLICT DO NOTHING selected, not those it inserted, and
	-- fails its check of RETURNING when the text is already there.  Without
	-- a conflict target, one node's conflict is on sha256, Citus's on the
	-- id made of it.
	-- loaded_at is the start of the transaction the load was called in,
	-- given as a value: on Citus this may run on another node, in a
	-- transaction that started at another time
	INSERT INTO @extschema@.tip_reports AS t (report_id, sha256, source, loaded_at, parser_version, forced, symbol, job_number,
		body, parent_body, session_body, session_number, session_title, venue, session_start, session_end,
		distributed, original_language, agenda_item, agenda_symbol, agenda_title, title, report_type,
		summary, paragraph_count, footnote_count, rendering, warnings, symbols, raw_text)
	VALUES (rid, h, tip_internal.tip_normalize_source(source), started, ver, lacking,
		rep.symbol, rep.job_number, rep.body, rep.parent_body,
		CASE WHEN rep.session_number IS NOT NULL THEN tip_internal.tip_body_code(rep.body) END,
		CASE WHEN rep.body IS NOT NULL THEN rep.session_number END,
		rep.session_title, rep.venue, rep.session_start, rep.session_end,
		rep.distributed, rep.original_language, rep.agenda_item, rep.agenda_symbol,
		rep.agenda_title, rep.title, rep.report_type, rep.summary,
		rep.paragraph_count, rep.footnote_count, rep.rendering, rep.warnings,
		rep.symbols, doc)
	ON CONFLICT DO NOTHING
	RETURNING t.report_id INTO id;

	IF id IS NULL THEN
		-- another session loaded the same text first and has committed
		IF dist THEN
			-- (no row: the id is taken by another text, as above)
			SELECT r.report_id INTO STRICT id FROM @extschema@.tip_reports AS r
			WHERE r.report_id OPERATOR(pg_catalog.=) rid AND r.sha256 OPERATOR(pg_catalog.=) h;
		ELSE
			SELECT r.report_id INTO STRICT id FROM @extschema@.tip_reports AS r
			WHERE r.sha256 OPERATOR(pg_catalog.=) h;
		END IF;
		RETURN;
	END IF;

	PERFORM tip_internal.tip_store_rows(rid, d);
	fresh := true;
END
$$;

COMMENT ON FUNCTION tip_internal.tip_load_text(bigint, bytea, text, text, boolean, timestamptz) IS
	'The reads and writes of a load of the text doc with hash h: under id rid on Citus (a distributed function run on the node of the report''s shard), under a new id from the sequence when rid is NULL; fresh is true when this call stored the text';

-- A load that also says whether it stored the text (fresh) or found it
-- there already: bin/tip-load counts both, and a count kept apart (the
-- sequence, loaded_at) is not exact with concurrent loaders or on Citus.
CREATE FUNCTION tip_internal.tip_load(doc text, source text, force boolean, OUT id bigint, OUT fresh boolean)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	h bytea;
	rid bigint;
	-- a value here: Citus would evaluate now() in the call on the shard's node
	started timestamptz := pg_catalog.now();
BEGIN
	IF doc IS NULL THEN
		RETURN;
	END IF;
	h := @extschema@.tip_text_sha256(doc);
	-- Distributed, a report's id is made of its hash (the first 63 bits of
	-- the SHA-256, as tip_distribute's check on tip_reports states): the
	-- primary key then keeps each text once, where Citus refuses a unique
	-- sha256 that is not the distribution column, every node gives the same
	-- text the same id without sharing a sequence, and the load goes to the
	-- one shard of the report.
	IF tip_internal.tip_is_distributed() THEN
		rid := (('x' OPERATOR(pg_catalog.||) pg_catalog.encode(pg_catalog.substr(h, 1, 8), 'hex'))::bit(64)
				OPERATOR(pg_catalog.>>) 1)::bigint;
	END IF;
	-- in FROM: Citus sends a call there, not one in a plain expression, to
	-- the shard's node
	SELECT l.id, l.fresh INTO id, fresh
	FROM tip_internal.tip_load_text(rid, h, doc, source, force, started) AS l;
END
$$;

COMMENT ON FUNCTION tip_internal.tip_load(text, text, boolean) IS
	'tip_load_report that also returns fresh: true when this call stored the text, false when it was there already';

CREATE FUNCTION @extschema@.tip_load_report(doc text, source text DEFAULT NULL, force boolean DEFAULT false)
RETURNS bigint
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
	stored bigint;
BEGIN
	SELECT l.id INTO stored FROM tip_internal.tip_load(doc, source, force) AS l;
	RETURN stored;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_load_report(text, text, boolean) IS
	'Parses a report text once and stores it with all its layers; returns its report_id.  The same (normalized) text again returns the existing id and changes nothing.  A text that is not a report raises SQLSTATE TR001 unless force is true';

-- PL/pgSQL, not a SQL function body: Citus plans no statement with the
-- parameters of a SQL function, and this one goes to the report's shard.
CREATE FUNCTION @extschema@.tip_delete_report(report_id bigint)
RETURNS boolean
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
SET jit = off
AS $$
BEGIN
	DELETE FROM @extschema@.tip_reports AS r
	WHERE r.report_id OPERATOR(pg_catalog.=) tip_delete_report.report_id;
	RETURN FOUND;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_delete_report(bigint) IS
	'Deletes a report and all its rows; true if it existed';

-- Like a load, a reparse checks what each text lacks (numbered paragraphs, a
-- masthead): a report stored as one that the parser no longer takes for a
-- report stops the whole reparse with TR001, unless force is true; forced
-- then says, for every report, whether its text lacks something now.
CREATE FUNCTION @extschema@.tip_reparse_all(force boolean DEFAULT false)
RETURNS integer
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
SET jit = off
AS $$
DECLARE
	ids bigint[];
	rid bigint;
	r record;
	d tip_internal.tip_document;
	ver text;
	n integer := 0;
BEGIN
	SELECT e.extversion INTO ver FROM pg_catalog.pg_extension AS e
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	-- Each report is locked as it is reached, by its id: Citus takes no FOR
	-- UPDATE on a statement over every shard, and a statement of one report
	-- goes to its shard alone.  A report deleted meanwhile is skipped.
	SELECT pg_catalog.array_agg(t.report_id ORDER BY t.report_id) INTO ids FROM @extschema@.tip_reports AS t;
	FOREACH rid IN ARRAY coalesce(ids, '{}')
	LOOP
		SELECT t.report_id, t.source, t.forced, t.raw_text INTO r FROM @extschema@.tip_reports AS t
		WHERE t.report_id OPERATOR(pg_catalog.=) rid FOR UPDATE;
		CONTINUE WHEN NOT FOUND;
		d := tip_internal.tip_parse_document(r.raw_text);
		IF pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0 AND NOT r.forced
		   AND NOT coalesce(force, false) THEN
			RAISE EXCEPTION USING
				ERRCODE = 'TR001',
				MESSAGE = pg_catalog.format('report %s%s is no longer a report of the tip_reports family',
							r.report_id, CASE WHEN r.source IS NOT NULL THEN pg_catalog.format(' ("%s")', r.source) ELSE '' END),
				DETAIL = pg_catalog.format('No %s found.', pg_catalog.array_to_string(d.missing, ' and no ')),
				HINT = 'Nothing was reparsed; tip_reparse_all(force => true) reparses it anyway and marks it as forced.';
		END IF;
		DELETE FROM @extschema@.tip_activity_organizations AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_activity_countries AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_activities AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_session_refs AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_party_events AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_references AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_mentions AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_footnotes AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_paragraphs AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;
		DELETE FROM @extschema@.tip_sections AS x WHERE x.report_id OPERATOR(pg_catalog.=) r.report_id;

		UPDATE @extschema@.tip_reports AS t SET
			parser_version = ver,
			forced = pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0,
			symbol = (d.report).symbol, job_number = (d.report).job_number, body = (d.report).body,
			parent_body = (d.report).parent_body,
			session_body = CASE WHEN (d.report).session_number IS NOT NULL
							THEN tip_internal.tip_body_code((d.report).body) END,
			session_number = CASE WHEN (d.report).body IS NOT NULL THEN (d.report).session_number END,
			session_title = (d.report).session_title, venue = (d.report).venue,
			session_start = (d.report).session_start, session_end = (d.report).session_end,
			distributed = (d.report).distributed, original_language = (d.report).original_language,
			agenda_item = (d.report).agenda_item, agenda_symbol = (d.report).agenda_symbol,
			agenda_title = (d.report).agenda_title, title = (d.report).title,
			report_type = (d.report).report_type, summary = (d.report).summary,
			paragraph_count = (d.report).paragraph_count, footnote_count = (d.report).footnote_count,
			rendering = (d.report).rendering, warnings = (d.report).warnings,
			symbols = (d.report).symbols
		WHERE t.report_id OPERATOR(pg_catalog.=) r.report_id;
		PERFORM tip_internal.tip_store_rows(r.report_id, d);
		n := n OPERATOR(pg_catalog.+) 1;
	END LOOP;
	RETURN n;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_reparse_all(boolean) IS
	'Parses every stored report again and rebuilds its derived rows, metadata and forced flag (after an upgrade improves the parser); returns the number of reports.  A report the parser no longer takes for a report raises SQLSTATE TR001 and nothing changes, unless force is true';
