
-- ---------------------------------------------------------------------
-- Entities: mentions of countries, organizations, programmes, URLs,
-- document symbols, resolutions, dates and figures; reference tables
-- ---------------------------------------------------------------------

CREATE TYPE @extschema@.tip_mention AS (
	ord integer,
	kind text,
	paragraph integer,
	footnote text,
	section_ord integer,
	surface text,
	value text,
	unit text,
	amount numeric,
	date_start date,
	date_end date,
	date_precision text,
	enclosing_ord integer,
	start_offset integer,
	end_offset integer
);

COMMENT ON TYPE @extschema@.tip_mention IS 'One mention of an entity, reference, date or figure in a report, normalized so that it joins (the columns of the table tip_mentions but report_id)';
COMMENT ON COLUMN @extschema@.tip_mention.ord IS 'Order of the mention in the report, from 1 (headings, then paragraphs, then footnotes)';
COMMENT ON COLUMN @extschema@.tip_mention.kind IS 'country, organization, programme, document, resolution, date, money, quantity or url';
COMMENT ON COLUMN @extschema@.tip_mention.paragraph IS 'Number of the paragraph it is in; NULL outside numbered paragraphs (headings, footnotes)';
COMMENT ON COLUMN @extschema@.tip_mention.footnote IS 'Mark of the footnote it is in; NULL outside footnotes';
COMMENT ON COLUMN @extschema@.tip_mention.section_ord IS 'Heading it is in (ord of tip_sections); NULL outside headings';
COMMENT ON COLUMN @extschema@.tip_mention.surface IS 'The text as written: substr of the input from start_offset to end_offset';
COMMENT ON COLUMN @extschema@.tip_mention.value IS 'Normalized value: ISO 3166-1 alpha-3 (country), acronym or full name (organization, programme), canonical symbol (document), GA 71/167 (resolution), ISO date or range (date), a number (money, quantity), the address (url)';
COMMENT ON COLUMN @extschema@.tip_mention.unit IS 'Currency or counted noun for money and quantities; NULL otherwise';
COMMENT ON COLUMN @extschema@.tip_mention.amount IS 'Amount of money or quantity; NULL for other kinds';
COMMENT ON COLUMN @extschema@.tip_mention.date_start IS 'First day a date mention covers';
COMMENT ON COLUMN @extschema@.tip_mention.date_end IS 'Last day a date mention covers';
COMMENT ON COLUMN @extschema@.tip_mention.date_precision IS 'day, month, quarter, half or year; NULL for other kinds';
COMMENT ON COLUMN @extschema@.tip_mention.enclosing_ord IS 'ord of the mention this one lies inside (an organization named within a longer name); NULL if none';
COMMENT ON COLUMN @extschema@.tip_mention.start_offset IS 'Byte offset of the first byte in the input (UTF-8 bytes)';
COMMENT ON COLUMN @extschema@.tip_mention.end_offset IS 'Byte offset just after the last byte in the input';

CREATE FUNCTION @extschema@.tip_mentions(doc text)
RETURNS SETOF @extschema@.tip_mention
AS 'MODULE_PATHNAME', 'tip_mentions'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 300;

COMMENT ON FUNCTION @extschema@.tip_mentions(text) IS
	'Every mention in a report text: countries, organizations, programmes, URLs, documents, resolutions, dates, money and quantities';

-- The reference data compiled into the module, as rows.  The tables below
-- are filled from them, so the module and the tables hold the same list.

CREATE FUNCTION tip_internal.tip_gazetteer_countries(
	OUT alpha2 text, OUT alpha3 text, OUT m49 text, OUT un_name text,
	OUT common_name text, OUT region text, OUT subregion text,
	OUT aliases text[], OUT demonyms text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'tip_gazetteer_countries'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 249;

COMMENT ON FUNCTION tip_internal.tip_gazetteer_countries() IS
	'Countries known to the mention extractor (ISO 3166-1 with UN names, M49 regions, aliases, demonyms)';

CREATE FUNCTION tip_internal.tip_gazetteer_organizations(
	OUT acronym text, OUT full_name text, OUT kind text,
	OUT aliases text[], OUT standard boolean)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'tip_gazetteer_organizations'
LANGUAGE C IMMUTABLE PARALLEL SAFE ROWS 160;

COMMENT ON FUNCTION tip_internal.tip_gazetteer_organizations() IS
	'Organizations and programmes known to the mention extractor';

-- Dimension tables: one row per country and per organization, keyed by the
-- codes the data uses (alpha3, acronym), with scalar columns only; their
-- other names are rows of tip_country_names and tip_organization_names.
CREATE TABLE @extschema@.tip_countries (
	alpha3 text PRIMARY KEY,
	alpha2 text NOT NULL UNIQUE,
	m49 text NOT NULL UNIQUE,
	un_name text NOT NULL,
	common_name text NOT NULL,
	region text,
	subregion text
);

COMMENT ON TABLE @extschema@.tip_countries IS 'ISO 3166-1 countries and territories as UN reports name them (key: alpha3); every iso3 column and tip_mentions.value of a country is an alpha3';
COMMENT ON COLUMN @extschema@.tip_countries.alpha2 IS 'ISO 3166-1 alpha-2 code';
COMMENT ON COLUMN @extschema@.tip_countries.alpha3 IS 'ISO 3166-1 alpha-3 code';
COMMENT ON COLUMN @extschema@.tip_countries.m49 IS 'UN M49 numeric code, three digits with leading zeros';
COMMENT ON COLUMN @extschema@.tip_countries.un_name IS 'Short name as the United Nations writes it, e.g. Bolivia (Plurinational State of)';
COMMENT ON COLUMN @extschema@.tip_countries.common_name IS 'Everyday English name, e.g. Bolivia';
COMMENT ON COLUMN @extschema@.tip_countries.region IS 'M49 region (Africa, Americas, Asia, Europe, Oceania); NULL for Antarctica';
COMMENT ON COLUMN @extschema@.tip_countries.subregion IS 'M49 sub-region, e.g. Western Africa; NULL for Antarctica';

INSERT INTO @extschema@.tip_countries (alpha3, alpha2, m49, un_name, common_name, region, subregion)
SELECT alpha3, alpha2, m49, un_name, common_name, region, subregion
FROM tip_internal.tip_gazetteer_countries();

CREATE TABLE @extschema@.tip_country_names (
	alpha3 text NOT NULL REFERENCES @extschema@.tip_countries,
	kind text NOT NULL CHECK (kind IN ('alias', 'demonym')),
	name text NOT NULL,
	PRIMARY KEY (alpha3, kind, name)
);

COMMENT ON TABLE @extschema@.tip_country_names IS 'Other names of the countries the mention extractor knows, one row per name (key: alpha3, kind, name)';
COMMENT ON COLUMN @extschema@.tip_country_names.alpha3 IS 'Country (tip_countries)';
COMMENT ON COLUMN @extschema@.tip_country_names.kind IS 'alias (with "the", former, official and accent-less forms) or demonym (an adjective that stands for the State: Ethiopian, Dutch)';
COMMENT ON COLUMN @extschema@.tip_country_names.name IS 'The name';

INSERT INTO @extschema@.tip_country_names (alpha3, kind, name)
SELECT DISTINCT g.alpha3, n.kind, n.name
FROM tip_internal.tip_gazetteer_countries() AS g,
	LATERAL (SELECT 'alias', a FROM pg_catalog.unnest(g.aliases) AS a
			 UNION ALL SELECT 'demonym', d FROM pg_catalog.unnest(g.demonyms) AS d) AS n(kind, name);

CREATE TABLE @extschema@.tip_organizations (
	acronym text PRIMARY KEY,
	full_name text NOT NULL UNIQUE,
	kind text NOT NULL CHECK (kind IN ('un_entity', 'intergovernmental', 'regional', 'ngo', 'programme')),
	standard boolean NOT NULL
);

COMMENT ON TABLE @extschema@.tip_organizations IS 'Organizations, programmes and tools the mention extractor knows (key: acronym); tip_mention.value of an organization is acronym or full_name; tip_mentions.acronym and tip_activity_organizations.acronym hold the key';
COMMENT ON COLUMN @extschema@.tip_organizations.acronym IS 'Acronym or short name the reports use (UNODC, GLO.ACT, Bali Process); the full name when there is none';
COMMENT ON COLUMN @extschema@.tip_organizations.full_name IS 'Full name';
COMMENT ON COLUMN @extschema@.tip_organizations.kind IS 'un_entity, intergovernmental, regional, ngo or programme (initiatives, funds, tools, databases, campaigns)';
COMMENT ON COLUMN @extschema@.tip_organizations.standard IS 'True when the acronym is the value even where a report writes only the full name; otherwise the acronym is the value only in reports that use it, and the full name elsewhere';

INSERT INTO @extschema@.tip_organizations (acronym, full_name, kind, standard)
SELECT acronym, full_name, kind, standard
FROM tip_internal.tip_gazetteer_organizations();

CREATE TABLE @extschema@.tip_organization_names (
	acronym text NOT NULL REFERENCES @extschema@.tip_organizations,
	name text NOT NULL,
	PRIMARY KEY (acronym, name)
);

COMMENT ON TABLE @extschema@.tip_organization_names IS 'Other names and spellings of the organizations seen in reports, one row per name (key: acronym, name)';
COMMENT ON COLUMN @extschema@.tip_organization_names.acronym IS 'Organization (tip_organizations)';
COMMENT ON COLUMN @extschema@.tip_organization_names.name IS 'The name';

INSERT INTO @extschema@.tip_organization_names (acronym, name)
SELECT DISTINCT g.acronym, a
FROM tip_internal.tip_gazetteer_organizations() AS g, pg_catalog.unnest(g.aliases) AS a;
