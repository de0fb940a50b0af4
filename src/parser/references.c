/*
 * references.c
 *	  Annotation layer: tip_reference rows from document and resolution mentions.
 *
 * Not written yet: the layer finds nothing.
 */
#include "annotate_int.h"

tip_status
ref_build(tip_doc *doc)
{
	(void) doc;
	return TIP_OK;
}
