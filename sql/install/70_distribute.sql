
-- ---------------------------------------------------------------------
-- Scaling out with Citus
--
-- On one node the corpus tables, their views and the reference data are
-- members of the extension (pg_dump keeps their rows through
-- pg_extension_config_dump).  tip_distribute() hands them over to Citus:
-- it releases them from the extension (Citus can reshard, undistribute or
-- drop a table only when no extension owns it, and it shows only such
-- tables in citus_tables), makes the reference data reference tables and
-- the corpus tables hash-distributed by report_id and colocated, so that
-- every statement about one report goes to one shard and the views join
-- shard by shard.  The functions, types and text search objects stay in
-- the extension on every node.
-- ---------------------------------------------------------------------

CREATE FUNCTION @extschema@.tip_distribute(shard_count integer DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
-- Citus's notices on each table it copies and converts say what this
-- function does next
SET client_min_messages = warning
AS $$
DECLARE
	-- in the order of their foreign keys
	reference_tables text[] := '{tip_countries,tip_country_names,tip_organizations,tip_organization_names}';
	corpus_tables text[] := '{tip_reports,tip_sections,tip_paragraphs,tip_footnotes,tip_mentions,tip_references,'
		'tip_party_events,tip_session_refs,tip_activities,tip_activity_countries,tip_activity_organizations}';
	views text[] := '{tip_session_overview,tip_report_sessions,tip_report_overview,tip_paragraph_texts,'
		'tip_parties_timeline,tip_country_activities,tip_references_graph}';
	sch text;
	t text;
	fk_add text[];
	fk_drop text[];
	kept bigint;
	rid bigint;
	r record;
BEGIN
	IF NOT EXISTS (SELECT FROM pg_catalog.pg_extension AS e WHERE e.extname OPERATOR(pg_catalog.=) 'citus') THEN
		RAISE EXCEPTION USING ERRCODE = 'feature_not_supported',
			MESSAGE = 'tip_distribute needs the citus extension in this database',
			HINT = 'CREATE EXTENSION citus on every node and add the workers first (README, Scaling out with Citus).';
	END IF;
	IF tip_internal.tip_is_distributed() THEN
		RAISE EXCEPTION USING ERRCODE = 'object_not_in_prerequisite_state',
			MESSAGE = 'the tip_reports corpus is already distributed',
			HINT = 'Change the shard count with alter_distributed_table(''tip_reports'', shard_count => N, cascade_to_colocated => true).';
	END IF;
	EXECUTE 'SELECT pg_catalog.citus_is_coordinator()' INTO r;
	IF NOT r.citus_is_coordinator THEN
		RAISE EXCEPTION USING ERRCODE = 'object_not_in_prerequisite_state',
			MESSAGE = 'tip_distribute must run on the Citus coordinator';
	END IF;
	IF shard_count IS NOT NULL AND shard_count OPERATOR(pg_catalog.<) 1 THEN
		RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
			MESSAGE = pg_catalog.format('shard_count must be at least 1, not %s', shard_count);
	END IF;

	SELECT n.nspname INTO sch FROM pg_catalog.pg_extension AS e
	JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
	WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';

	-- Reports loaded on one node have ids from the sequence; distributed,
	-- an id is made of the text's hash.  Their texts are loaded again once
	-- the tables are distributed (parsed again, as tip_reparse_all would).
	SELECT pg_catalog.count(*) INTO kept FROM @extschema@.tip_reports;
	IF kept OPERATOR(pg_catalog.>) 0 THEN
		CREATE TEMPORARY TABLE tip_distribute_texts ON COMMIT DROP AS
		SELECT t.raw_text, t.source, t.forced, t.loaded_at FROM @extschema@.tip_reports AS t;
		TRUNCATE @extschema@.tip_reports CASCADE;
	END IF;

	-- Released from the extension: the views first (they depend on the
	-- tables), then the tables.
	FOREACH t IN ARRAY views LOOP
		EXECUTE pg_catalog.format('ALTER EXTENSION tip_reports DROP VIEW %I.%I', sch, t);
	END LOOP;
	FOREACH t IN ARRAY reference_tables OPERATOR(pg_catalog.||) corpus_tables LOOP
		EXECUTE pg_catalog.format('ALTER EXTENSION tip_reports DROP TABLE %I.%I', sch, t);
	END LOOP;

	-- Text uniqueness as Citus accepts it: a unique sha256 would have to
	-- include the distribution column, so report_id is made of the hash (its
	-- first 63 bits, as tip_internal.tip_load computes it) and the primary key on
	-- report_id keeps each text once, on whichever node it is loaded.
	ALTER TABLE @extschema@.tip_reports DROP CONSTRAINT tip_reports_sha256_key;
	ALTER TABLE @extschema@.tip_reports ALTER COLUMN report_id DROP DEFAULT;
	ALTER SEQUENCE @extschema@.tip_reports_report_id_seq OWNED BY NONE;
	ALTER TABLE @extschema@.tip_reports ADD CONSTRAINT tip_reports_report_id_hash CHECK (report_id OPERATOR(pg_catalog.=)
		(('x' OPERATOR(pg_catalog.||) pg_catalog.encode(pg_catalog.substr(sha256, 1, 8), 'hex'))::bit(64)
			OPERATOR(pg_catalog.>>) 1)::bigint);
	CREATE INDEX tip_reports_sha256_idx ON @extschema@.tip_reports (sha256);

	-- Citus distributes no table with a foreign key to or from a table that
	-- is not yet distributed: the corpus tables' keys are dropped here and
	-- made again once every table is distributed.
	SELECT pg_catalog.array_agg(pg_catalog.format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass,
			c.conname, pg_catalog.pg_get_constraintdef(c.oid)) ORDER BY c.conrelid, c.conname),
		pg_catalog.array_agg(pg_catalog.format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname))
	INTO fk_add, fk_drop
	FROM pg_catalog.pg_constraint AS c
	JOIN pg_catalog.pg_class AS k ON k.oid OPERATOR(pg_catalog.=) c.conrelid
	WHERE c.contype OPERATOR(pg_catalog.=) 'f' AND k.relnamespace OPERATOR(pg_catalog.=) sch::regnamespace
	  AND k.relname OPERATOR(pg_catalog.=) ANY (corpus_tables);
	FOREACH t IN ARRAY fk_drop LOOP
		EXECUTE t;
	END LOOP;

	FOREACH t IN ARRAY reference_tables LOOP
		PERFORM pg_catalog.create_reference_table(pg_catalog.format('%I.%I', sch, t)::regclass);
	END LOOP;
	-- the coordinator's own copy of the rows, now in the shards, is not
	-- left behind on disk
	FOREACH t IN ARRAY reference_tables LOOP
		PERFORM pg_catalog.truncate_local_data_after_distributing_table(pg_catalog.format('%I.%I', sch, t)::regclass);
	END LOOP;
	IF shard_count IS NULL THEN
		PERFORM pg_catalog.create_distributed_table('@extschema@.tip_reports'::regclass, 'report_id');
	ELSE
		PERFORM pg_catalog.create_distributed_table('@extschema@.tip_reports'::regclass, 'report_id', shard_count => shard_count);
	END IF;
	FOREACH t IN ARRAY corpus_tables[2:] LOOP
		PERFORM pg_catalog.create_distributed_table(pg_catalog.format('%I.%I', sch, t)::regclass, 'report_id',
			colocate_with => pg_catalog.format('%I.tip_reports', sch));
	END LOOP;

	FOREACH t IN ARRAY fk_add LOOP
		EXECUTE t;
	END LOOP;

	-- a load runs on the node of its report's shard (see tip_load_text);
	-- forced, so that a call from a function or a transaction block goes
	-- there too, as tip_load_report's always is
	PERFORM pg_catalog.create_distributed_function(
		'tip_internal.tip_load_text(bigint, bytea, text, text, boolean, timestamptz)'::regprocedure, 'rid',
		colocate_with => pg_catalog.format('%I.tip_reports', sch), force_delegation => true);

	IF kept OPERATOR(pg_catalog.>) 0 THEN
		FOR r IN SELECT k.raw_text, k.source, k.forced, k.loaded_at FROM pg_temp.tip_distribute_texts AS k LOOP
			rid := @extschema@.tip_load_report(r.raw_text, r.source, r.forced);
			UPDATE @extschema@.tip_reports AS t SET loaded_at = r.loaded_at
			WHERE t.report_id OPERATOR(pg_catalog.=) rid;
		END LOOP;
	END IF;
END
$$;

COMMENT ON FUNCTION @extschema@.tip_distribute(integer) IS
	'Run once on a Citus coordinator: distributes the corpus tables by report_id (colocated, shard_count shards, else citus.shard_count), makes tip_countries and tip_organizations reference tables, and releases them and the views from the extension so that Citus may reshard and drop them; reports already loaded are loaded again';

-- On a Citus worker (a node whose group is not the coordinator's 0) the
-- corpus tables and the views are the coordinator's: Citus creates them
-- there when tip_distribute() distributes them, and again on every worker
-- added later.  The copies this script made would stand in their way, so a
-- worker keeps only the functions, types and text search objects; the
-- extension is created on the coordinator, which creates it on the workers.
DO $$
DECLARE
	sch text;
	t text;
BEGIN
	IF pg_catalog.to_regclass('pg_catalog.pg_dist_local_group') IS NOT NULL THEN
		IF EXISTS (SELECT FROM pg_catalog.pg_dist_local_group AS g WHERE g.groupid OPERATOR(pg_catalog.<>) 0) THEN
			SELECT n.nspname INTO sch FROM pg_catalog.pg_extension AS e
			JOIN pg_catalog.pg_namespace AS n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace
			WHERE e.extname OPERATOR(pg_catalog.=) 'tip_reports';
			DROP VIEW @extschema@.tip_session_overview, @extschema@.tip_report_sessions,
				@extschema@.tip_report_overview, @extschema@.tip_paragraph_texts,
				@extschema@.tip_parties_timeline, @extschema@.tip_country_activities,
				@extschema@.tip_references_graph;
			-- the sequence stays, as on the coordinator
			ALTER SEQUENCE @extschema@.tip_reports_report_id_seq OWNED BY NONE;
			-- released before they are dropped, so that the extension's list
			-- of tables whose rows pg_dump keeps names none of them
			FOREACH t IN ARRAY '{tip_activity_organizations,tip_activity_countries,tip_activities,'
				'tip_session_refs,tip_party_events,tip_references,tip_mentions,tip_footnotes,tip_paragraphs,'
				'tip_sections,tip_reports,tip_country_names,tip_organization_names,tip_countries,'
				'tip_organizations}'::text[] LOOP
				EXECUTE pg_catalog.format('ALTER EXTENSION tip_reports DROP TABLE %I.%I', sch, t);
				EXECUTE pg_catalog.format('DROP TABLE %I.%I', sch, t);
			END LOOP;
		END IF;
	END IF;
END
$$;
