/*
 * test_entities.c
 *	  Unit tests of the gazetteer layer (gazetteer.c, entities.c) without a
 *	  server: the compiled data, the process-wide matcher, and mentions of
 *	  small one-paragraph reports, including the cases that must not match.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"
#include "match/gazetteer.h"
#include "../../tools/std_alloc.h"

static int	n_passed;
static int	n_failed;

static void
check(int ok, const char *what)
{
	if (ok)
		n_passed++;
	else
	{
		n_failed++;
		printf("FAIL %s\n", what);
	}
}

/*
 * The gazetteer mentions of "1. <body>" as "kind:value" words joined by
 * spaces, in text order, into out.
 */
static void
mentions_of(const char *body, char *out, size_t cap)
{
	tip_allocator a = {std_alloc, std_release, NULL};
	tip_doc    *doc = NULL;
	char		text[4096];
	int			k;

	out[0] = '\0';
	snprintf(text, sizeof(text), "1. %s", body);
	if (tip_parse(text, strlen(text), &a, NULL, &doc) != TIP_OK ||
		tip_annotate(doc, TIP_ANN_MENTIONS) != TIP_OK)
	{
		snprintf(out, cap, "ERROR");
		if (doc)
			tip_doc_free(doc);
		return;
	}
	for (k = 0; k < doc->ann->n_mentions; k++)
	{
		const tip_mention *m = &doc->ann->mentions[k];
		size_t		used = strlen(out);

		if (m->kind != MK_COUNTRY && m->kind != MK_ORGANIZATION &&
			m->kind != MK_PROGRAMME && m->kind != MK_URL)
			continue;
		snprintf(out + used, cap - used, "%s%s:%.*s", used ? " " : "",
				 tip_mention_kind_name(m->kind), (int) m->value.n, m->value.p);
	}
	tip_doc_free(doc);
}

static void
expect(const char *body, const char *want)
{
	char		got[4096];

	mentions_of(body, got, sizeof(got));
	if (strcmp(got, want) != 0)
	{
		printf("    text: %s\n    want: %s\n    got:  %s\n", body, want, got);
		check(0, "mentions");
	}
	else
		check(1, "mentions");
}

int
main(void)
{
	const mt_matcher *m1 = gz_get();
	int			k,
				bad = 0;

	/* the data: every row complete, codes well formed */
	check(gz_countries_count == 249, "249 countries");
	for (k = 0; k < gz_countries_count; k++)
		if (strlen(gz_countries[k].alpha2) != 2 || strlen(gz_countries[k].alpha3) != 3 ||
			strlen(gz_countries[k].m49) != 3 || gz_countries[k].un_name[0] == '\0')
			bad++;
	check(bad == 0, "country rows well formed");
	check(gz_country_by_alpha3("PSE", 3) >= 0 && gz_country_by_alpha3("XXX", 3) < 0, "alpha3 lookup");
	check(gz_organizations_count > 100, "organizations");

	/* built once, then shared */
	check(m1 != NULL && gz_get() == m1, "matcher built once");
	check(m1 != NULL && mt_pattern_count(m1) > 1000, "matcher holds the names");

	expect("Guinea, Equatorial Guinea, Papua New Guinea and Guinea-Bissau.",
		   "country:GIN country:GNQ country:PNG country:GNB");
	expect("Niger, Nigeria, Dominica, the Dominican Republic, the Sudan and South Sudan.",
		   "country:NER country:NGA country:DMA country:DOM country:SDN country:SSD");
	expect("The Congo and the Democratic Republic of the Congo.", "country:COG country:COD");
	expect("Turkey, Türkiye and the chad; turkey.", "country:TUR country:TUR");
	expect("West Africa, South-East Asia, the Gulf of Guinea and Micronesia.", "");
	expect("Ethiopian officials and the Rwandan public; in Portuguese.", "country:ETH country:RWA");
	expect("The Congolese authorities.", "country:COG");
	expect("The Congolese authorities of the Democratic Republic of the Congo.",
		   "country:COD country:COD");
	expect("The Central African States.", "");
	expect("The Kenya Witness Protection Agency in Kenya.", "country:KEN");
	expect("The International Organization for Migration (IOM), then IOM; who?",
		   "organization:IOM organization:IOM");
	expect("The Southern Common Market.", "organization:Southern Common Market");
	expect("The Southern Common Market (MERCOSUR).", "organization:MERCOSUR");
	expect("UN.GIFT.HUB and the UN.GIFT Knowledge Hub.",
		   "programme:UN.GIFT.HUB programme:UN.GIFT.HUB programme:UN.GIFT");
	expect("The Global Programme against Trafficking in Persons (GPTIP); GPTIP.",
		   "programme:Global Programme against Trafficking in Persons "
		   "programme:Global Programme against Trafficking in Persons");
	expect("See http://www.unodc.org/ and www.ilo.org.",
		   "url:http://www.unodc.org/ url:www.ilo.org");

	printf("%d passed, %d failed\n", n_passed, n_failed);
	return n_failed == 0 ? 0 : 1;
}
