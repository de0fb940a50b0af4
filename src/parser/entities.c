/*
 * entities.c
 *	  Annotation layer: countries, organizations, programmes and URLs from the gazetteer.
 *
 * Not written yet: the layer finds nothing.
 */
#include "annotate_int.h"

tip_status
ent_find_mentions(tip_doc *doc)
{
	(void) doc;
	return TIP_OK;
}
