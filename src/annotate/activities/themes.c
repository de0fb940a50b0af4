/*
 * themes.c
 *	  The theme of a paragraph: the heading it stands under, or the nearest
 *	  heading above that one, mapped to a fixed vocabulary by the words of
 *	  its title.  Headings that name an intergovernmental body (topics such
 *	  as "General Assembly") are intergovernmental support; headings that
 *	  name an inter-agency group or network are inter-agency cooperation.
 */
#include <string.h>

#include "act_int.h"

typedef struct theme_rule
{
	const char *word;			/* lower case, found anywhere in the title */
	const char *theme;
} theme_rule;

/* Checked in order: the first rule whose word occurs earliest wins. */
static const theme_rule rules[] = {
	{"intergovernmental bod", "intergovernmental support"},
	{"conference of the parties", "intergovernmental support"},
	{"commission on crime prevention", "intergovernmental support"},
	{"general assembly", "intergovernmental support"},
	{"security council", "intergovernmental support"},
	{"human rights council", "intergovernmental support"},
	{"economic and social council", "intergovernmental support"},
	{"working group", "intergovernmental support"},
	{"inter-agency", "inter-agency cooperation"},
	{"interagency", "inter-agency cooperation"},
	{"migration group", "inter-agency cooperation"},
	{"network on migration", "inter-agency cooperation"},
	{"regional organizations", "inter-agency cooperation"},
	{"partnership", "inter-agency cooperation"},
	{"agencies, funds and programmes", "inter-agency cooperation"},
	{"knowledge", "knowledge and tools"},
	{"guidance and tools", "knowledge and tools"},
	{"tools", "knowledge and tools"},
	{"publications", "knowledge and tools"},
	{"legislative", "legislative assistance"},
	{"national strateg", "legislative assistance"},
	{"criminal justice", "criminal justice"},
	{"law enforcement", "criminal justice"},
	{"international cooperation", "international cooperation"},
	{"data collection", "data and research"},
	{"research", "data and research"},
	{"global report", "data and research"},
	{"prevention", "prevention and awareness"},
	{"awareness", "prevention and awareness"},
	{"victim", "victim protection"},
	{"conclusion", "conclusions"},
	{"recommendation", "conclusions"},
};

/* Theme of one heading title; NULL if no rule fits. */
static const char *
title_theme(tip_str title)
{
	const char *best = NULL;
	size_t		best_at = (size_t) -1,
				k;

	if (title.p == NULL)
		return NULL;
	for (k = 0; k < sizeof(rules) / sizeof(rules[0]); k++)
	{
		const char *hit = act_find_ci(title.p, title.n, rules[k].word);

		if (hit != NULL && (size_t) (hit - title.p) < best_at)
		{
			best_at = (size_t) (hit - title.p);
			best = rules[k].theme;
		}
	}
	return best;
}

const char *
act_theme(const tip_doc *doc, int pi)
{
	if (pi < 0 || pi >= doc->n_paragraphs)
		return NULL;
	return act_section_theme(doc, doc->paragraphs[pi].section_ord);
}

const char *
act_section_theme(const tip_doc *doc, int ord)
{
	int			hops;

	/* up the heading tree; depth is bounded by the number of sections */
	for (hops = 0; ord > 0 && ord <= doc->n_sections && hops < doc->n_sections; hops++)
	{
		const tip_section *sec = &doc->sections[ord - 1];
		const char *th = title_theme(sec->title);

		if (th != NULL)
			return th;
		if (sec->parent_ord >= ord)
			break;
		ord = sec->parent_ord;
	}
	return NULL;
}
