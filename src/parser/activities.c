/*
 * activities.c
 *	  Annotation layer: UNODC activities, one per sentence and kind.
 *
 * Not written yet: the layer finds nothing.
 */
#include "annotate_int.h"

tip_status
act_find(tip_doc *doc)
{
	(void) doc;
	return TIP_OK;
}
