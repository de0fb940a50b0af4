/*
 * sessions.c
 *	  Annotation layer: sessions and meetings the text names.
 *
 * Not written yet: the layer finds nothing.
 */
#include "annotate_int.h"

tip_status
session_find(tip_doc *doc)
{
	(void) doc;
	return TIP_OK;
}
