/*
 * tip_source.h
 *	  Where a report came from, made plain: the rule behind the check on
 *	  tip_reports.source and the function tip_normalize_source.
 */
#ifndef TIP_SOURCE_H
#define TIP_SOURCE_H

#include <stddef.h>

/*
 * Called after every TIP_SOURCE_TICK bytes read; a non-zero return stops
 * the work (tip_source_normalize then returns (size_t) -1).  The callback
 * may also leave by longjmp: nothing is allocated.
 */
typedef int (*tip_source_tick) (void *arg);

#define TIP_SOURCE_TICK (1024 * 1024)

/*
 * Writes the plain form of src[0..len) to out (room for len bytes: the
 * result is never longer) and returns its length.  A path loses its empty
 * and "." parts, and ".." takes away the part before it (or is dropped
 * where nothing precedes it); a path keeps its leading "/".  In a URL
 * (scheme://host/path) only the path is made plain.  Text with no "/" (a
 * file name, a title) is kept as given, except ".." alone, which becomes
 * empty.
 */
extern size_t tip_source_normalize(const char *src, size_t len, char *out,
								   tip_source_tick tick, void *tick_arg);

#endif							/* TIP_SOURCE_H */
