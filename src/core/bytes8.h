/*
 * bytes8.h
 *	  Eight bytes at a time: tests of every byte of a 64-bit word at once,
 *	  for the loops that look for the end of a long run of bytes (a run of
 *	  ordinary text, the stretch before the next full stop).  A test sets
 *	  the top bit of each byte that passes it and of no other, whatever the
 *	  byte order, so masks of two words loaded one byte apart line up.
 */
#ifndef TIP_BYTES8_H
#define TIP_BYTES8_H

#include <stdint.h>
#include <string.h>

#define B8_ONES		UINT64_C(0x0101010101010101)
#define B8_HIGHS	UINT64_C(0x8080808080808080)

/* The eight bytes at p (any alignment). */
static inline uint64_t
b8_load(const char *p)
{
	uint64_t	v;

	memcpy(&v, p, 8);
	return v;
}

/* The bytes of v that are 0. */
static inline uint64_t
b8_zero(uint64_t v)
{
	return ~(((v & ~B8_HIGHS) + ~B8_HIGHS) | v) & B8_HIGHS;
}

/* The bytes of v that are c. */
static inline uint64_t
b8_eq(uint64_t v, unsigned char c)
{
	return b8_zero(v ^ (B8_ONES * c));
}

/* The bytes of v below c (1 <= c <= 0x80). */
static inline uint64_t
b8_below(uint64_t v, unsigned char c)
{
	return ~(((v & ~B8_HIGHS) + B8_ONES * (0x80u - c)) | v) & B8_HIGHS;
}

#endif							/* TIP_BYTES8_H */
