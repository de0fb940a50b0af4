/*
 * figures.c
 *	  Money and quantities (see below).
 */
#include "pat_int.h"

tip_status
fig_scan(tip_doc *doc, int text, int first)
{
	(void) doc;
	(void) text;
	(void) first;
	return TIP_OK;
}
