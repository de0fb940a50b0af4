/*
 * patterns.c
 *	  Annotation layer: document symbols, resolutions, dates, money and quantities.
 *
 * Not written yet: the layer finds nothing.
 */
#include "annotate_int.h"

tip_status
pat_find_mentions(tip_doc *doc)
{
	(void) doc;
	return TIP_OK;
}
