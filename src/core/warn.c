/*
 * warn.c
 *	  doc_warn(): the warnings of a document, recorded by any stage (and by
 *	  the driver), below all of them.
 */
#include "internal.h"

/* Record a warning once (messages are static strings). */
void
doc_warn(tip_doc *doc, const char *msg)
{
	int			k;

	for (k = 0; k < doc->n_warnings; k++)
		if (doc->warnings[k] == msg)
			return;
	if (doc->n_warnings < TIP_MAX_WARNINGS)
		doc->warnings[doc->n_warnings++] = msg;
}
