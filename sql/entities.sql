-- Entity mentions: countries, organizations, programmes, URLs; reference tables.
-- m(text): the gazetteer mentions of a one-paragraph report "1. <text>".
CREATE FUNCTION m(t text) RETURNS TABLE (kind text, surface text, value text, nested boolean)
LANGUAGE sql IMMUTABLE STRICT
AS $$ SELECT kind, surface, value, enclosing_ord IS NOT NULL
      FROM tip_mentions('1. ' || t)
      WHERE kind IN ('country', 'organization', 'programme', 'url') ORDER BY ord $$;

-- Reference tables come from the compiled data: every ISO 3166-1 entry, UN names.
SELECT count(*) AS countries, count(DISTINCT alpha3) AS alpha3, count(DISTINCT m49) AS m49
FROM tip_countries;
SELECT alpha3, un_name, common_name, region, subregion FROM tip_countries
WHERE alpha3 IN ('BOL', 'IRN', 'FSM', 'SDN', 'TUR', 'CIV', 'VNM', 'PSE', 'ATA') ORDER BY alpha3;
SELECT kind, count(*) FROM tip_organizations GROUP BY kind ORDER BY kind;
SELECT acronym, full_name, kind, standard FROM tip_organizations
WHERE acronym IN ('UNODC', 'UN.GIFT', 'GLO.ACT', 'TRACK4TIP', 'SHERLOC', 'MERCOSUR', 'Bali Process') ORDER BY acronym;

-- Longest name wins; no country inside a longer one.
SELECT * FROM m('Equatorial Guinea, Papua New Guinea, Guinea-Bissau and Guinea; Niger and Nigeria; Dominica and the Dominican Republic.');
SELECT * FROM m('The Sudan and South Sudan; the Congo and the Democratic Republic of the Congo; the Niger.');
-- UN names with and without "the", former and everyday names
SELECT * FROM m('Bolivia (Plurinational State of), the Plurinational State of Bolivia, Iran (Islamic Republic of), Micronesia (Federated States of), the United Kingdom of Great Britain and Northern Ireland, Türkiye, Turkey, Côte d’Ivoire, Cote d''Ivoire, Viet Nam, the State of Palestine, the former Yugoslav Republic of Macedonia, Swaziland.');
-- Georgia, Jordan and Chad are the countries; lower-case words are not
SELECT * FROM m('Experts from Georgia, Jordan and Chad met; the turkey was served and the chad fell.');
-- Regions are not countries, nor are the country words inside them
SELECT * FROM m('Trafficking in West Africa, South-East Asia, the Horn of Africa, the Gulf of Guinea, the Lake Chad Basin, Central Asia, Micronesia and the Indian Ocean.');
-- Demonyms that stand for the State or its nationals; languages and words of names are not
SELECT * FROM m('Ethiopian officials, the Congolese authorities, the Rwandan public, Kyrgyz prosecutors and Venezuelans met.');
SELECT * FROM m('The manual is available in Portuguese and Spanish only; translated into French.');
SELECT * FROM m('With the German Agency for International Cooperation and the Kenya Witness Protection Agency in Kenya.');
-- An ambiguous demonym takes the candidate the report names (else the first)
SELECT * FROM m('The Congolese authorities of the Democratic Republic of the Congo.');
SELECT * FROM m('The Guinean authorities of Guinea-Bissau; Korean nationals.');

-- Organizations: acronyms are case-sensitive words; a definition is one mention
SELECT * FROM m('The International Organization for Migration (IOM) and UNODC; IOM again; who knows WHO.');
-- the report''s own acronym makes the value; a standard acronym is the value anyway
SELECT * FROM m('The Southern Common Market and the Caribbean Community.');
SELECT * FROM m('The Southern Common Market (MERCOSUR); later MERCOSUR.');
-- an acronym the gazetteer does not know, defined by the report, resolves later
SELECT * FROM m('The Global Programme against Trafficking in Persons (GPTIP) grew; GPTIP then trained judges.');
-- nested organizations are rows of their own
SELECT * FROM m('The Institute for Public Policy on Human Rights of the Southern Common Market and the European Agency for the Management of Operational Cooperation at the External Borders of the Member States of the European Union (Frontex).');
-- programmes and tools with dots and digits; UN.GIFT.HUB is one token
SELECT * FROM m('UN.GIFT, the UN.GIFT Knowledge Hub, UN.GIFT.HUB, GLO.ACT, TRACK4TIP, SHERLOC and the Blue Heart campaigns.');
-- quotation marks and dashes around names
SELECT * FROM m('The “UNODC manual” and the ILO–IOM guide.');
-- URLs
SELECT * FROM m('See www.unodc.org/glo-act and (https://sherloc.unodc.org/cld/en/v3/sherloc/). Not a URL: www.');

-- Offsets give back the surface in the input, also in footnotes and headings.
SELECT kind, count(*) > 0 AS found,
       count(*) FILTER (WHERE substring(convert_to(c.doc, 'UTF8') FROM m.start_offset + 1 FOR m.end_offset - m.start_offset)
                              IS DISTINCT FROM convert_to(m.surface, 'UTF8')) AS surface_not_at_offsets
FROM corpus c, LATERAL tip_mentions(c.doc) m
WHERE kind IN ('country', 'organization', 'programme', 'url')
GROUP BY kind ORDER BY kind;
-- Where they are: paragraphs, footnotes (mark) and headings (neither); the
-- footnote and heading mentions were read against the texts (the paragraph
-- mentions are measured against the gold set by test/gold/eval_mentions.sh)
SELECT c.name, count(*) FILTER (WHERE paragraph IS NOT NULL) > 0 AS in_paragraphs,
       count(*) FILTER (WHERE footnote IS NOT NULL) AS in_footnotes,
       count(*) FILTER (WHERE paragraph IS NULL AND footnote IS NULL) AS elsewhere
FROM corpus c, LATERAL tip_mentions(c.doc) m
WHERE kind IN ('country', 'organization', 'programme', 'url')
GROUP BY c.name ORDER BY c.name;
-- Every country value joins tip_countries, every organization value tip_organizations.
SELECT count(*) FILTER (WHERE kind = 'country' AND value NOT IN (SELECT alpha3 FROM tip_countries)) AS bad_countries,
       count(*) FILTER (WHERE kind IN ('organization', 'programme')
                        AND value NOT IN (SELECT acronym FROM tip_organizations UNION ALL SELECT full_name FROM tip_organizations)) AS bad_organizations
FROM corpus c, LATERAL tip_mentions(c.doc) m;
-- The countries of one paragraph (002 para 55), in order
SELECT string_agg(value, ' ' ORDER BY ord) FROM corpus c, LATERAL tip_mentions(c.doc) m
WHERE c.name LIKE '002%' AND paragraph = 55 AND kind = 'country';

-- Bad and large input: no crash
SELECT count(*) FROM tip_mentions('');
SELECT count(*), count(DISTINCT value) FROM tip_mentions('1. ' || repeat('Guinea, ', 200000));
SELECT count(*) FROM tip_mentions('1. ' || repeat('UN.GIFT.', 100000));
SELECT count(*) FROM tip_mentions('1. (' || repeat('A', 100000) || ')');
SELECT count(*) FROM tip_mentions('1. www.' || repeat('(', 100000));
DROP FUNCTION m(text);
