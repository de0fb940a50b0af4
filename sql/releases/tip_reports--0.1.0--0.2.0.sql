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
			rendering = (d.report).rendering, warnings = (d.report).warnings
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

-- Party events keep the date a State became party, or a total holds at,
-- with its precision, beside the bare year.
ALTER TYPE @extschema@.tip_party_event ADD ATTRIBUTE date date, ADD ATTRIBUTE date_precision text;
COMMENT ON COLUMN @extschema@.tip_party_event.date IS 'When the State became party (new_party), or the date a total or count holds at (as at 1 March 2020), at date_precision: its first day';
COMMENT ON COLUMN @extschema@.tip_party_event.date_precision IS 'Precision of date: day (5 May 2019), month (March 2019) or year (2019); NULL when no date is stated';
ALTER TABLE @extschema@.tip_party_events ADD COLUMN date date, ADD COLUMN date_precision text;
COMMENT ON COLUMN @extschema@.tip_party_events.date IS 'When the State became party, or the date a total or count holds at, at date_precision: its first day';
COMMENT ON COLUMN @extschema@.tip_party_events.date_precision IS 'day, month or year; NULL when no date is stated';

-- tip_store_rows stores the two new columns.
CREATE OR REPLACE FUNCTION @extschema@.tip_store_rows(rid bigint, d @extschema@.tip_document)
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET enable_seqscan = off
AS $$
BEGIN
	INSERT INTO @extschema@.tip_sections (report_id, ord, parent_ord, depth, kind, label, path, title,
		first_paragraph, last_paragraph, start_offset, end_offset)
	SELECT rid, s.ord, s.parent_ord, s.depth, s.kind, s.label, s.path, s.title,
		s.first_paragraph, s.last_paragraph, s.start_offset, s.end_offset
	FROM pg_catalog.unnest(d.sections) AS s;

	INSERT INTO @extschema@.tip_paragraphs (report_id, number, section_ord, section_path, heading, body,
		footnote_marks, start_offset, end_offset)
	SELECT rid, p.number, p.section_ord, p.section_path, p.heading, p.body,
		p.footnote_marks, p.start_offset, p.end_offset
	FROM pg_catalog.unnest(d.paragraphs) AS p;

	INSERT INTO @extschema@.tip_footnotes (report_id, ord, mark, body, paragraph, start_offset, end_offset)
	SELECT rid, f.ord, f.mark, f.body, f.paragraph, f.start_offset, f.end_offset
	FROM pg_catalog.unnest(d.footnotes) WITH ORDINALITY AS f(mark, body, paragraph, start_offset, end_offset, ord);

	INSERT INTO @extschema@.tip_mentions (report_id, ord, kind, paragraph, footnote, section_ord, surface,
		value, unit, amount, date_start, date_end, date_precision, enclosing_ord, start_offset, end_offset)
	SELECT rid, m.ord, m.kind, m.paragraph, m.footnote, m.section_ord, m.surface,
		m.value, m.unit, m.amount, m.date_start, m.date_end, m.date_precision, m.enclosing_ord,
		m.start_offset, m.end_offset
	FROM pg_catalog.unnest(d.mentions) AS m;

	INSERT INTO @extschema@.tip_references (report_id, ord, mention_ord, paragraph, footnote, kind, body, number,
		year, symbol, surface, start_offset, end_offset)
	SELECT rid, x.ord, x.mention_ord, x.paragraph, x.footnote, x.kind, x.body, x.number,
		x.year, x.symbol, x.surface, x.start_offset, x.end_offset
	FROM pg_catalog.unnest(d.cross_references) AS x;

	INSERT INTO @extschema@.tip_party_events (report_id, ord, kind, count, iso3, country, year, since,
		instrument, paragraph, start_offset, end_offset, date, date_precision)
	SELECT rid, e.ord, e.kind, e.count, e.iso3, e.country, e.year, e.since,
		e.instrument, e.paragraph, e.start_offset, e.end_offset, e.date, e.date_precision
	FROM pg_catalog.unnest(d.party_events) AS e;

	INSERT INTO @extschema@.tip_session_refs (report_id, ord, body, kind, number, venue, date_start, date_end,
		participants, countries, paragraph, is_report_session, start_offset, end_offset)
	SELECT rid, r.ord, r.body, r.kind, r.number, r.venue, r.date_start, r.date_end,
		r.participants, r.countries, r.paragraph, r.is_report_session, r.start_offset, r.end_offset
	FROM pg_catalog.unnest(d.session_refs) AS r;

	INSERT INTO @extschema@.tip_activities (report_id, seq, paragraph, ord, kind, theme,
		date_start, date_end, date_precision, place, countries, organizations, participants,
		sentence, start_offset, end_offset)
	SELECT rid, a.seq, a.paragraph, a.ord, a.kind, a.theme,
		a.date_start, a.date_end, a.date_precision, a.place, a.countries, a.organizations, a.participants,
		a.sentence, a.start_offset, a.end_offset
	FROM pg_catalog.unnest(d.activities) AS a;

	INSERT INTO @extschema@.tip_activity_countries (report_id, activity_seq, iso3)
	SELECT DISTINCT rid, a.seq, c.iso3
	FROM pg_catalog.unnest(d.activities) AS a,
		pg_catalog.unnest(a.countries) AS c(iso3)
	WHERE c.iso3 IS NOT NULL;
END
$$;

-- Last: the 0.2.0 parser reads reports differently from 0.1.0's, so every
-- stored report's rows are made again from its stored text.  force keeps a
-- report the new parser would no longer take for one (it is marked forced)
-- rather than stop the update.
SELECT @extschema@.tip_reparse_all(force => true);
