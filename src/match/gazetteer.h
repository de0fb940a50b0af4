/*
 * gazetteer.h
 *	  The reference data compiled into the core (countries, organizations,
 *	  ambiguous demonyms, regions) and the matcher built from it.
 *
 * The arrays are generated from the TSV files in data/ by data/gen_gazetteer.sh into
 * gazetteer_data.c; cells are the TSV cells verbatim ("|" separates list
 * items, "" is none).  gz_get() builds one Aho-Corasick matcher over every
 * name, alias, acronym, demonym and region the first time it is called and
 * keeps it for the life of the process (malloc, never freed).
 */
#ifndef TIP_GAZETTEER_H
#define TIP_GAZETTEER_H

#include <stdint.h>

#include "matcher.h"

typedef struct gz_country
{
	const char *alpha2;
	const char *alpha3;
	const char *m49;
	const char *un_name;
	const char *common_name;
	const char *region;
	const char *subregion;
	const char *aliases;
	const char *demonyms;
} gz_country;

typedef struct gz_organization
{
	const char *acronym;
	const char *full_name;
	const char *kind;			/* un_entity, intergovernmental, regional, ngo, programme */
	const char *aliases;
	const char *standard;		/* "yes": the acronym is the value even for the full name */
} gz_organization;

typedef struct gz_ambiguous_demonym
{
	const char *demonym;
	const char *candidates;		/* alpha3 codes, most likely first */
} gz_ambiguous_demonym;

typedef struct gz_region
{
	const char *name;
	const char *kind;			/* m49, geographic, city */
} gz_region;

extern const gz_country gz_countries[];
extern const int gz_countries_count;
extern const gz_organization gz_organizations[];
extern const int gz_organizations_count;
extern const gz_ambiguous_demonym gz_ambiguous[];
extern const int gz_ambiguous_count;
extern const gz_region gz_regions[];
extern const int gz_regions_count;

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

/* The n-th "|"-separated item of a list cell; 0 when there is none. */
extern int	gz_list_item(const char *list, int n, const char **item, size_t *len);

#endif							/* TIP_GAZETTEER_H */
