/*
 * tip_gazetteer.h
 *	  The reference data compiled into the parser (countries, organizations,
 *	  ambiguous demonyms, regions), as the PostgreSQL glue shows it in
 *	  tip_countries and tip_organizations.
 *
 * The arrays are generated from the TSV files in data/ by
 * data/gen_gazetteer.sh into src/match/gazetteer_data.c; cells are the TSV
 * cells verbatim ("|" separates list items, "" is none).  The matcher built
 * from them is internal (src/match/gazetteer.h).
 */
#ifndef TIP_GAZETTEER_PUBLIC_H
#define TIP_GAZETTEER_PUBLIC_H

#include <stddef.h>

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

/* The n-th "|"-separated item of a list cell; 0 when there is none. */
extern int	gz_list_item(const char *list, int n, const char **item, size_t *len);

#endif							/* TIP_GAZETTEER_PUBLIC_H */
