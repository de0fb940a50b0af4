/*
 * gazetteer.h
 *	  The reference data compiled into the core (countries, organizations,
 *	  ambiguous demonyms, regions) and the matcher built from it.
 *
 * The arrays are declared in tip_gazetteer.h, the public part, which the
 * PostgreSQL glue reads for the reference tables; data/gen_gazetteer.sh
 * generates them from the TSV files in data/ into gazetteer_data.c.
 * gz_get() builds one Aho-Corasick matcher over every name, alias,
 * acronym, demonym and region the first time it is called and keeps it for
 * the life of the process (malloc, never freed).
 */
#ifndef TIP_GAZETTEER_H
#define TIP_GAZETTEER_H

#include <stdint.h>

#include "tip_gazetteer.h"
#include "matcher.h"

/* What a pattern of the matcher names. */
typedef enum gz_kind
{
	GZ_COUNTRY = 0,				/* a name of a country row */
	GZ_DEMONYM,					/* a demonym of a country row */
	GZ_DEMONYM_PLURAL,			/* a demonym + "s": nationals ("Venezuelans") */
	GZ_AMBIGUOUS,				/* a row of gz_ambiguous */
	GZ_ORG_ACRONYM,				/* the acronym of an organization row */
	GZ_ORG_NAME,				/* its full name or an alias */
	GZ_REGION,					/* a place that is not a State */
	GZ_URL						/* "http://", "https://", "www." */
} gz_kind;

/* Pattern ids pack the kind and the row. */
#define GZ_ID(kind, row)	((int32_t) (((uint32_t) (kind) << 24) | (uint32_t) (row)))
#define GZ_ID_KIND(id)		((gz_kind) (((uint32_t) (id)) >> 24))
#define GZ_ID_ROW(id)		((int) (((uint32_t) (id)) & 0xFFFFFFu))

/*
 * The matcher over the whole gazetteer, built on first use; NULL when out
 * of memory (a later call tries again).  Not safe to call for the first
 * time from two threads at once: a threaded program calls it once before
 * starting threads.  A forked process inherits the built matcher.
 */
extern const mt_matcher *gz_get(void);

/* Index of the country row with this alpha-3 code; -1 if none. */
extern int	gz_country_by_alpha3(const char *a3, size_t n);

#endif							/* TIP_GAZETTEER_H */
