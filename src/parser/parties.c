/*
 * parties.c
 *	  Annotation layer: States parties: totals, new parties, ratification counts.
 *
 * Not written yet: the layer finds nothing.
 */
#include "annotate_int.h"

tip_status
party_find(tip_doc *doc)
{
	(void) doc;
	return TIP_OK;
}
