/* tip_reports upgrade script, 0.1.0 to 0.2.0 */

\echo Use "ALTER EXTENSION tip_reports UPDATE TO '0.2.0'" to load this file. \quit

-- Each change of 0.2.0 to the SQL objects adds its statements here, in the
-- order the changes land (CHANGELOG.md lists them).

-- tip_reparse_all re-checks what each text lacks and keeps forced up to date
-- (it gains a force argument).
COMMENT ON COLUMN @extschema@.tip_reports.forced IS 'The text lacks numbered paragraphs or a masthead as last parsed: stored only because the load (or tip_reparse_all) was told force';

DROP FUNCTION @extschema@.tip_reparse_all();

-- Like a load, a reparse checks what each text lacks (numbered paragraphs, a
-- masthead): a report stored as one that the parser no longer takes for a
-- report stops the whole reparse with TR001, unless force is true; forced
-- then says, for every report, whether its text lacks something now.
CREATE FUNCTION @extschema@.tip_reparse_all(force boolean DEFAULT false)
RETURNS integer
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
AS $$
DECLARE
	r record;
	d @extschema@.tip_document;
	ver text;
	n integer := 0;
BEGIN
	SELECT e.extversion INTO ver FROM pg_catalog.pg_extension AS e
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	FOR r IN SELECT t.report_id, t.source, t.forced, t.raw_text FROM @extschema@.tip_reports AS t
			 ORDER BY t.report_id FOR UPDATE
	LOOP
		d := @extschema@.tip_parse_document(r.raw_text);
		IF pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0 AND NOT r.forced
		   AND NOT coalesce(force, false) THEN
			RAISE EXCEPTION USING
				ERRCODE = 'TR001',
				MESSAGE = pg_catalog.format('report %s%s is no longer a report of the tip_reports family',
							r.report_id, CASE WHEN r.source IS NOT NULL THEN pg_catalog.format(' ("%s")', r.source) ELSE '' END),
				DETAIL = pg_catalog.format('No %s found.', pg_catalog.array_to_string(d.missing, ' and no ')),
				HINT = 'Nothing was reparsed; tip_reparse_all(force => true) reparses it anyway and marks it as forced.';
		END IF;
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
							THEN @extschema@.tip_body_code((d.report).body) END,
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
		PERFORM @extschema@.tip_store_rows(r.report_id, d);
		n := n OPERATOR(pg_catalog.+) 1;
	END LOOP;
	RETURN n;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_reparse_all(boolean) IS
	'Parses every stored report again and rebuilds its derived rows, metadata and forced flag (after an upgrade improves the parser); returns the number of reports.  A report the parser no longer takes for a report raises SQLSTATE TR001 and nothing changes, unless force is true';

-- Writing and internal functions are no longer executable by PUBLIC.
REVOKE EXECUTE ON FUNCTION
	@extschema@.tip_load_report(text, text, boolean),
	@extschema@.tip_store_rows(bigint, @extschema@.tip_document),
	@extschema@.tip_delete_report(bigint),
	@extschema@.tip_reparse_all(boolean),
	@extschema@.tip_parse_document(text),
	@extschema@.tip_body_code(text),
	@extschema@.tip_gazetteer_countries(),
	@extschema@.tip_gazetteer_organizations(),
	@extschema@.tip_symbol_init(internal),
	@extschema@.tip_symbol_lexize(internal, internal, internal, internal),
	@extschema@.tip_stem_cache_init(internal),
	@extschema@.tip_stem_cache_lexize(internal, internal, internal, internal)
FROM PUBLIC;

-- symbols: every symbol a document carries (Official Records carry two);
-- the masthead reader fills it, the loader and tip_reparse_all store it.
ALTER TYPE @extschema@.tip_report ADD ATTRIBUTE symbols text[];
COMMENT ON COLUMN @extschema@.tip_report.symbols IS 'Every symbol the document carries, symbol first (Official Records carry two, e.g. E/2018/30 and E/CN.15/2018/15)';
ALTER TABLE @extschema@.tip_reports ADD COLUMN symbols text[];
COMMENT ON COLUMN @extschema@.tip_reports.symbols IS 'Every symbol the document carries, symbol first (Official Records carry two, e.g. E/2018/30 and E/CN.15/2018/15)';

CREATE OR REPLACE FUNCTION @extschema@.tip_load_report(doc text, source text DEFAULT NULL, force boolean DEFAULT false)
RETURNS bigint
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off -- see tip_store_rows
AS $$
DECLARE
	h bytea := @extschema@.tip_text_sha256(doc);
	rid bigint;
	d @extschema@.tip_document;
	ver text;
BEGIN
	IF doc IS NULL THEN
		RETURN NULL;
	END IF;
	-- the same text again: its id, nothing parsed or written
	SELECT r.report_id INTO rid FROM @extschema@.tip_reports AS r WHERE r.sha256 OPERATOR(pg_catalog.=) h;
	IF FOUND THEN
		RETURN rid;
	END IF;

	d := @extschema@.tip_parse_document(doc);
	IF pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0 AND NOT coalesce(force, false) THEN
		RAISE EXCEPTION USING
			ERRCODE = 'TR001',
			MESSAGE = CASE WHEN source IS NULL THEN 'text is not a report of the tip_reports family'
					  ELSE pg_catalog.format('text "%s" is not a report of the tip_reports family', source) END,
			DETAIL = pg_catalog.format('No %s found.', pg_catalog.array_to_string(d.missing, ' and no ')),
			HINT = 'Check that the text is a whole report; tip_load_report(doc, source, force => true) loads it anyway.';
	END IF;

	SELECT e.extversion INTO ver FROM pg_catalog.pg_extension AS e
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	INSERT INTO @extschema@.tip_reports AS t (sha256, source, parser_version, forced, symbol, job_number,
		body, parent_body, session_body, session_number, session_title, venue, session_start, session_end,
		distributed, original_language, agenda_item, agenda_symbol, agenda_title, title, report_type,
		summary, paragraph_count, footnote_count, rendering, warnings, symbols, raw_text)
	SELECT h, source, ver, pg_catalog.cardinality(d.missing) OPERATOR(pg_catalog.>) 0, m.symbol, m.job_number,
		m.body, m.parent_body,
		CASE WHEN m.session_number IS NOT NULL THEN @extschema@.tip_body_code(m.body) END,
		CASE WHEN m.body IS NOT NULL THEN m.session_number END,
		m.session_title, m.venue, m.session_start, m.session_end,
		m.distributed, m.original_language, m.agenda_item, m.agenda_symbol, m.agenda_title, m.title,
		m.report_type, m.summary, m.paragraph_count, m.footnote_count, m.rendering, m.warnings, m.symbols, doc
	FROM (SELECT (d.report).*) AS m
	ON CONFLICT (sha256) DO NOTHING
	RETURNING t.report_id INTO rid;

	IF rid IS NULL THEN
		-- another session loaded the same text first and has committed
		SELECT r.report_id INTO STRICT rid FROM @extschema@.tip_reports AS r
		WHERE r.sha256 OPERATOR(pg_catalog.=) h;
		RETURN rid;
	END IF;

	PERFORM @extschema@.tip_store_rows(rid, d);
	RETURN rid;
END
$$;

-- Last: the 0.2.0 parser reads reports differently from 0.1.0's, so every
-- stored report's rows are made again from its stored text.  force keeps a
-- report the new parser would no longer take for one (it is marked forced)
-- rather than stop the update.
SELECT @extschema@.tip_reparse_all(force => true);
