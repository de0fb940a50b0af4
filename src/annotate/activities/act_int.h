/*
 * act_int.h
 *	  What the activity layer's files share (not part of the public API):
 *	  activity kinds, the cue words that name them (act_kinds.c), the test
 *	  of whether a sentence reports something done (act_verbs.c), and the
 *	  theme of a paragraph from its headings (themes.c).  From the bottom
 *	  up: act_kinds.c, act_verbs.c, themes.c, then activities.c (the
 *	  layer); all of them use the word lists below the layers
 *	  (annotate/word_lists.h).
 */
#ifndef TIP_ACT_INT_H
#define TIP_ACT_INT_H

#include "annotate/annotate_int.h"
#include "annotate/word_lists.h"

typedef enum act_kind
{
	AK_NONE = -1,				/* a phrase that names no activity */
	AK_WORKSHOP = 0,
	AK_TRAINING,
	AK_MEETING,
	AK_CONFERENCE,
	AK_STUDY_VISIT,
	AK_ASSESSMENT,
	AK_LEGISLATIVE,
	AK_PUBLICATION,
	AK_TOOL,
	AK_CAMPAIGN,
	AK_GRANT,
	AK_PARTNERSHIP,
	AK_OPERATION,
	AK_OTHER,
	AK__COUNT
} act_kind;

/* A cue: a word or phrase of a sentence that names an activity kind. */
typedef struct act_cue
{
	uint32_t	start;			/* span in the sentence's text */
	uint32_t	end;
	act_kind	kind;
	int			frame;			/* names the setting ("at its seventh meeting"),
								 * not the thing done: 1, or 2 for an event
								 * before or after it ("following the ...") */
	int			partner;		/* names the kind only if a partner is named */
	int			aside;			/* stands in brackets */
} act_cue;

#define ACT_MAX_CUES 64

extern const char *act_kind_name(act_kind k);

/*
 * Cues in t[s, e), in text order, at most max; returns their number.
 * Longer phrases win over the words inside them.
 */
extern int	act_find_cues(const char *t, uint32_t s, uint32_t e, act_cue *out, int max);

/*
 * Does the sentence t[s, e) report something done (by UNODC, or in the
 * passive, or with its support) rather than a mandate, a plan, a
 * resolution of a body or a statement of context?  *verb gets the start
 * of the first verb that reports it.  -1 when the progress hook of doc
 * asked to stop.
 */
extern int	act_reports_activity(tip_doc *doc, const char *t, uint32_t s, uint32_t e,
								 uint32_t *verb);

/*
 * Starts of the actors (UNODC, the Office, ...) that are the subject of a
 * clause in t[s, e), at most max; returns their number.
 */
extern int	act_subjects(const char *t, uint32_t s, uint32_t e, uint32_t *out, int max);

/* act_word_at() past its first byte (act_kinds.c). */
extern int	act_word_match(const char *t, uint32_t p, uint32_t e, const char *pat);

/* Start of the word before position p (not before s); p itself if none. */
extern uint32_t act_prev_word(const char *t, uint32_t s, uint32_t p);

/*
 * Case-insensitive match of pat (lower case ASCII) at t[p], within [p, e),
 * ending at a word end.  The first byte is compared here, inline: most
 * calls stop there.
 */
static inline int
act_word_at(const char *t, uint32_t p, uint32_t e, const char *pat)
{
	if (p >= e || act_fold((unsigned char) t[p]) != (unsigned char) pat[0])
		return 0;
	return act_word_match(t, p, e, pat);
}

/* Theme of the paragraph with index pi of doc->paragraphs; NULL if none fits. */
extern const char *act_theme(const tip_doc *doc, int pi);

/* Theme of the section with ordinal ord (1-based) or its nearest heading
 * above; NULL if none fits.  act_theme() is that of its paragraph's section. */
extern const char *act_section_theme(const tip_doc *doc, int ord);

#endif							/* TIP_ACT_INT_H */
