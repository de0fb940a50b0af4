/*
 * test_patterns.c
 *	  Unit tests of the pattern layer (src/annotate/patterns.c, symbols.c,
 *	  dates.c, figures.c) and of the references built on it (references.c):
 *	  each case parses a small report of one or two numbered paragraphs and
 *	  compares the mentions of some kinds, in text order, with what a reader
 *	  of the sentence expects.
 *
 * Prints one line per test and finally "N passed, N failed"; exits non-zero
 * on any failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"
#include "../../tools/std_alloc.h"

static int	n_passed;
static int	n_failed;

/* Parse "Report\n\n1. <para1>\n\n2. <para2>" and annotate everything. */
static tip_doc *
parse_paragraphs(const char *p1, const char *p2)
{
	static const tip_allocator a = {std_alloc, std_release, NULL};
	char	   *buf;
	size_t		len = strlen(p1) + (p2 ? strlen(p2) : 0) + 64;
	tip_doc    *doc = NULL;

	buf = malloc(len);
	if (buf == NULL)
		return NULL;
	if (p2)
		snprintf(buf, len, "Report\n\n1. %s\n\n2. %s\n", p1, p2);
	else
		snprintf(buf, len, "Report\n\n1. %s\n", p1);
	if (tip_parse(buf, strlen(buf), &a, NULL, &doc) != TIP_OK ||
		tip_annotate(doc, TIP_ANN_ALL) != TIP_OK)
	{
		if (doc)
			tip_doc_free(doc);
		doc = NULL;
	}
	free(buf);					/* the doc keeps its own copy of what it needs */
	return doc;
}

/*
 * The mentions of the kinds in mask as "kind:value" (dates also
 * "@precision", figures "[unit]") joined by " | ".
 */
static void
describe(const tip_doc *doc, unsigned mask, char *out, size_t sz)
{
	const tip_annotations *a = doc->ann;
	size_t		used = 0;
	int			k;

	out[0] = '\0';
	for (k = 0; k < a->n_mentions && used + 1 < sz; k++)
	{
		const tip_mention *m = &a->mentions[k];
		int			w;

		if (!(mask & (1u << m->kind)))
			continue;
		w = snprintf(out + used, sz - used, "%s%s:%.*s", used ? " | " : "",
					 tip_mention_kind_name(m->kind), (int) m->value.n,
					 m->value.p ? m->value.p : "");
		if (w < 0 || (size_t) w >= sz - used)
			return;
		used += (size_t) w;
		if (m->kind == MK_DATE && tip_date_precision_name(m->precision))
			w = snprintf(out + used, sz - used, "@%s", tip_date_precision_name(m->precision));
		else if (m->unit.p)
			w = snprintf(out + used, sz - used, "[%.*s]", (int) m->unit.n, m->unit.p);
		else
			w = 0;
		if (w < 0 || (size_t) w >= sz - used)
			return;
		used += (size_t) w;
	}
}

#define BIT(k) (1u << (k))
#define REFS (BIT(MK_DOCUMENT) | BIT(MK_RESOLUTION))
#define DATES BIT(MK_DATE)
#define FIGS (BIT(MK_MONEY) | BIT(MK_QUANTITY))

/* One case: the mentions of mask in the paragraphs must read as expected. */
static void
check(const char *name, const char *p1, const char *p2, unsigned mask, const char *expected)
{
	tip_doc    *doc = parse_paragraphs(p1, p2);
	char		got[2048];

	if (doc == NULL)
	{
		printf("FAIL %s: parse failed\n", name);
		n_failed++;
		return;
	}
	describe(doc, mask, got, sizeof(got));
	if (strcmp(got, expected) == 0)
	{
		printf("ok   %s\n", name);
		n_passed++;
	}
	else
	{
		printf("FAIL %s\n    expected: %s\n    got:      %s\n", name, expected, got);
		n_failed++;
	}
	tip_doc_free(doc);
}

/* The references of a paragraph as "body number year symbol" lines. */
static void
check_refs(const char *name, const char *p1, const char *expected)
{
	tip_doc    *doc = parse_paragraphs(p1, NULL);
	char		got[2048];
	size_t		used = 0;
	int			k;

	if (doc == NULL)
	{
		printf("FAIL %s: parse failed\n", name);
		n_failed++;
		return;
	}
	got[0] = '\0';
	for (k = 0; k < doc->ann->n_references; k++)
	{
		const tip_reference *r = &doc->ann->references[k];
		int			w = snprintf(got + used, sizeof(got) - used, "%s%s %.*s %.*s %d %.*s",
								 used ? " | " : "", r->is_resolution ? "res" : "doc",
								 r->body.p ? (int) r->body.n : 4, r->body.p ? r->body.p : "NULL",
								 r->number.p ? (int) r->number.n : 4, r->number.p ? r->number.p : "NULL",
								 r->year,
								 r->symbol.p ? (int) r->symbol.n : 4, r->symbol.p ? r->symbol.p : "NULL");

		if (w < 0 || (size_t) w >= sizeof(got) - used)
			break;
		used += (size_t) w;
	}
	if (strcmp(got, expected) == 0)
	{
		printf("ok   %s\n", name);
		n_passed++;
	}
	else
	{
		printf("FAIL %s\n    expected: %s\n    got:      %s\n", name, expected, got);
		n_failed++;
	}
	tip_doc_free(doc);
}

/* date_start, date_end and precision of the first date of a sentence. */
static void
check_bounds(const char *name, const char *p1, int y1, int m1, int d1, int y2, int m2, int d2,
			 tip_date_precision p)
{
	tip_doc    *doc = parse_paragraphs(p1, NULL);
	int			k,
				ok = 0;

	for (k = 0; doc && k < doc->ann->n_mentions; k++)
	{
		const tip_mention *m = &doc->ann->mentions[k];

		if (m->kind != MK_DATE)
			continue;
		ok = m->date_start.y == y1 && m->date_start.m == m1 && m->date_start.d == d1 &&
			m->date_end.y == y2 && m->date_end.m == m2 && m->date_end.d == d2 && m->precision == p;
		break;
	}
	printf("%s %s\n", ok ? "ok  " : "FAIL", name);
	if (ok)
		n_passed++;
	else
		n_failed++;
	if (doc)
		tip_doc_free(doc);
}

static void
test_dates(void)
{
	check("date: from 6 to 8 September 2017",
		  "The Working Group met from 6 to 8 September 2017 in Vienna.", NULL, DATES,
		  "date:2017-09-06/2017-09-08@day");
	check("date: on 2 and 3 July 2018",
		  "The meeting was held on 2 and 3 July 2018.", NULL, DATES,
		  "date:2018-07-02/2018-07-03@day");
	check("date: 15\xE2\x80\x93" "19 October 2018 and a cross-month range",
		  "The session took place 15\xE2\x80\x93" "19 October 2018; the next one from 30 September to 4 October 2019.",
		  NULL, DATES, "date:2018-10-15/2018-10-19@day | date:2019-09-30/2019-10-04@day");
	check("date: in March 2012, since 2006, in late 2010",
		  "In March 2012 the Office, active since 2006, reported on work begun in late 2010.", NULL, DATES,
		  "date:2012-03@month | date:2006@year | date:2010@year");
	check("date: year ranges",
		  "The plan for 2012\xE2\x80\x93" "2014 followed the biennium 2010-2011 and the work between 2018 and 2021.",
		  NULL, DATES, "date:2012/2014@year | date:2010/2011@year | date:2018/2021@year");
	check("date: halves and quarters",
		  "Training took place in the second half of 2012 and in the last quarter of 2013.", NULL, DATES,
		  "date:2012-07/2012-12@half | date:2013-10/2013-12@quarter");
	check("date: every date of a sentence",
		  "UNODC met in October 2016, on 2 May 2018 and in 2019, and by the end of July 2013.", NULL, DATES,
		  "date:2016-10@month | date:2018-05-02@day | date:2019@year | date:2013-07@month");
	check("date: months sharing a year",
		  "Workshops were held in December 2016 and March and November 2017.", NULL, DATES,
		  "date:2016-12@month | date:2017-03@month | date:2017-11@month");
	check("date: month of that year",
		  "The call opened in March 2023 and closed in October of that year.", NULL, DATES,
		  "date:2023-03@month | date:2023-10@month");
	check("date: numeric day first",
		  "The judgment of 11/8/2020 was appealed.", NULL, DATES, "date:2020-08-11@day");
	check("date: not dates",
		  "Under resolution 2331 (2016) and document E/CN.15/2012/16, the Global Report on Trafficking in Persons 2022, "
		  "every year from June to November, on 30 July, for three years and 36 months, case No. 41/942/16.",
		  NULL, DATES, "");
	check_bounds("date: bounds of a month", "It opened in February 2012.", 2012, 2, 1, 2012, 2, 29, DP_MONTH);
	check_bounds("date: bounds of a year", "It opened in 2013.", 2013, 1, 1, 2013, 12, 31, DP_YEAR);
	check_bounds("date: bounds of a half", "It ran in the first half of 2012.", 2012, 1, 1, 2012, 6, 30, DP_HALF);
	check_bounds("date: bounds of a day range", "It met from 13 to 15 May 2013.", 2013, 5, 13, 2013, 5, 15, DP_DAY);
}

static void
test_references(void)
{
	check("res: list after General Assembly",
		  "The Compact was negotiated (see General Assembly resolutions 71/280 and 72/244).", NULL, REFS,
		  "resolution:GA 71/280 | resolution:GA 72/244");
	check("res: Security Council list of three",
		  "The Security Council condemned trafficking in Haiti in its resolutions 2653 (2022), 2692 (2023) and 2699 (2023).",
		  NULL, REFS, "resolution:SC 2653 (2022) | resolution:SC 2692 (2023) | resolution:SC 2699 (2023)");
	check("res: the Assembly, in its resolution",
		  "At a meeting held in New York, the Assembly, in its resolution 71/1, adopted the Declaration.", NULL, REFS,
		  "resolution:GA 71/1");
	check("res: Conference resolution, after the Conference of the Parties is named",
		  "The Conference of the Parties met in Vienna. The Group worked in accordance with Conference resolution 8/2.",
		  NULL, REFS, "resolution:COP 8/2");
	check("res: of the Conference of the Parties",
		  "The report was prepared pursuant to resolution 5/2 of the Conference of the Parties to the Convention.",
		  NULL, REFS, "resolution:COP 5/2");
	check("res: the Council in a Human Rights Council passage",
		  "Concern was also expressed in the Human Rights Council.",
		  "In its resolution 53/6 on human rights and climate change, the Council recalled the report.",
		  REFS, "resolution:HRC 53/6");
	check("res: the Council undecided",
		  "In its resolution 53/6, the Council recalled the report.", NULL, REFS, "resolution:? 53/6");
	check("res: another commission is not the CCPCJ",
		  "In its resolution 55/1, the Commission on Narcotic Drugs called for action.", NULL, REFS,
		  "resolution:? 55/1");
	check("res: a commission outside the list is forgotten after its paragraph",
		  "The Commission on the Status of Women met in New York in March.",
		  "The Group recalled Commission resolution 27/2.", REFS, "resolution:CCPCJ 27/2");
	check("res: the Council of Europe named in passing leaves the Council as it was",
		  "Concern was expressed in the Human Rights Council and at the Council of Europe.",
		  "In its resolution 53/6, the Council recalled the report.", REFS, "resolution:HRC 53/6");
	check("res: bodies paired with their numbers, respectively",
		  "The Conference of the Parties and the Human Rights Council, in their resolutions 9/1 and 44/4, respectively, called for action.",
		  NULL, REFS, "resolution:COP 9/1 | resolution:HRC 44/4");
	check("res: ECOSOC by number",
		  "The resolution was adopted by the Economic and Social Council as resolution 2013/41.", NULL, REFS,
		  "resolution:ECOSOC 2013/41");
	check("res: Assembly named after the number",
		  "In resolution 71/167, the Assembly stressed the need for data.", NULL, REFS, "resolution:GA 71/167");
	check("doc: joint symbol and parts",
		  "See E/CN.7/2012/3-E/CN.15/2012/3, CTOC/COP/WG.4/2018/CRP.1, A/HRC/53/L.1, A/73/123/Add.1 and E/CN.15/2013/2/Corr.1.",
		  NULL, REFS,
		  "document:E/CN.7/2012/3 | document:E/CN.15/2012/3 | document:CTOC/COP/WG.4/2018/CRP.1 | "
		  "document:A/HRC/53/L.1 | document:A/73/123/Add.1 | document:E/CN.15/2013/2/Corr.1");
	check("ref: no false references",
		  "In case No. 41/942/16, decided on 11/8/2020, HIV/AIDS services at www.example.org/E/2012/12 and 3/4 of the sum.",
		  NULL, REFS, "");
	check_refs("ref: symbols, numbers, years",
			   "The General Assembly adopted resolution 71/167; the Security Council resolution 2331 (2016); "
			   "the Economic and Social Council resolution 2013/41 (E/RES/2013/41), see E/CN.15/2012/16.",
			   "res GA 71/167 0 A/RES/71/167 | res SC 2331 (2016) 2016 S/RES/2331(2016) | "
			   "res ECOSOC 2013/41 2013 E/RES/2013/41 | doc ECOSOC 2013/41 2013 E/RES/2013/41 | "
			   "doc NULL NULL 2012 E/CN.15/2012/16");
}

static void
test_figures(void)
{
	check("money: dollars",
		  "The Fund provided $2 million in grants and small grants of up to $25,000 per year.", NULL, FIGS,
		  "money:2000000[USD] | money:25000[USD]");
	check("money: escaped dollar", "Grants of up to \\$25,000 were made.", NULL, FIGS, "money:25000[USD]");
	check("quantity: counted nouns",
		  "More than 1,200 practitioners attended; the database holds 1,492 cases from 106 jurisdictions.", NULL, FIGS,
		  "quantity:1200[practitioners] | quantity:1492[cases] | quantity:106[jurisdictions]");
	check("quantity: per cent and number words",
		  "Some 71 per cent of the eight countries replied.", NULL, FIGS,
		  "quantity:71[per cent] | quantity:8[countries]");
	check("quantity: labels are not counts",
		  "Paragraph 12 of article 5 refers to Goal 16 targets.", NULL, FIGS, "");
}

/* Inputs built to stress the scanners: they must end, without a crash. */
static void
test_robustness(void)
{
	static const char *const pieces[] = {
		"resolution 1/1, ", "resolutions 2 (2000), ", "and ", "from 1 to ", "2 and ",
		"January 2012 ", "\xE2\x80\x93", "A/RES/", "E/CN.15/", "$", "1,000 ", "cases ",
		"the second half of ", "late ", "between ", "2012", "/", "-", " of that year",
		"Council ", "Commission ", "Conference ", ", ", "per cent ", "(", ")",
	};
	static const tip_allocator a = {std_alloc, std_release, NULL};
	size_t		cap = 300000,
				len = 0;
	char	   *buf = malloc(cap + 64);
	unsigned	seed = 12345;
	int			round,
				ok = 1;

	if (buf == NULL)
		return;
	for (round = 0; round < 3; round++)
	{
		tip_doc    *doc = NULL;

		len = (size_t) snprintf(buf, cap, "Report\n\n1. ");
		while (len + 40 < cap)
		{
			const char *p;

			seed = seed * 1103515245u + 12345u;
			p = pieces[(seed >> 16) % (sizeof(pieces) / sizeof(pieces[0]))];
			if (round == 2 && (seed & 0x100))
				buf[len++] = (char) (seed >> 8);	/* raw bytes too */
			else
			{
				memcpy(buf + len, p, strlen(p));
				len += strlen(p);
			}
		}
		buf[len] = '\0';
		if (tip_parse(buf, len, &a, NULL, &doc) != TIP_OK || tip_annotate(doc, TIP_ANN_ALL) != TIP_OK)
			ok = 0;
		if (doc)
			tip_doc_free(doc);
	}
	free(buf);
	printf("%s robustness: generated inputs\n", ok ? "ok  " : "FAIL");
	if (ok)
		n_passed++;
	else
		n_failed++;
}

int
main(void)
{
	test_dates();
	test_references();
	test_figures();
	test_robustness();
	printf("%d passed, %d failed\n", n_passed, n_failed);
	return n_failed ? 1 : 0;
}
