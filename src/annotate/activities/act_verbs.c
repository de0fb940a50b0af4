/*
 * act_verbs.c
 *	  Whether a sentence reports something done: an activity verb whose
 *	  subject is UNODC (or the Office, its programmes and staff), a passive
 *	  activity verb ("was published", "were held"), a fronted participle
 *	  ("Developed, launched and disseminated in 2011, ..."), or work done
 *	  "with support from UNODC".  Mandates ("requested UNODC to"), plans
 *	  ("will", "is planned"), and what bodies decided are not reports.
 */
#include <string.h>

#include "act_int.h"

/* Stems of activity verbs; the word may go on with one of verb_endings.
 * Each has at least two bytes (the index of stems() hashes the first two). */
static const char *const verb_stems[] = {
	"organiz", "organis", "co-organiz", "co-organis", "conven", "host", "co-host",
	"conduct", "deliver", "provid", "develop", "publish", "launch", "issu",
	"produc", "prepar", "draft", "finaliz", "finalis", "complet", "support",
	"assist", "facilitat", "participat", "contribut", "sign", "conclud",
	"establish", "disseminat", "implement", "servic", "present", "chair",
	"co-chair", "brief", "promot", "fund", "disburs", "commission", "help",
	"initiat", "coordinat", "moderat", "invit", "deploy", "train", "translat",
	"updat", "creat", "releas", "compil", "expand", "design", "mentor",
	"strengthen", "engag", "co-led", "led", "held", "undertook", "undertaken",
	"took part", "take part", "taking part", "carried out", "carrying out",
	"carries out", "sent", "began", "begun", "start", "initiat", "visit",
	"analys", "analyz", "review", "assess", "collect", "hold", "holds",
	"worked", "work continued", "continued work", "distribut", "elaborat",
	"applied", "used", "channelled", "repurposed", "embarked", "documented",
	"played", "broadcast", "raised", "took place", "convened",
};

static const char *const verb_endings[] = {"", "e", "es", "ed", "d", "ing", "s"};

/* Words that, just before UNODC, show it is not the subject. */
static const char *const not_subject_before[] = {
	"of", "by", "that", "to", "requested", "invited", "encouraged", "urged",
	"called", "within", "from", "for", "on", "with", "allow", "allows",
	"enable", "enables", "help", "helps", "asked", "mandated", "the", "and",
	"whom", "which",
};

#define N_STEMS ((int) (sizeof(verb_stems) / sizeof(verb_stems[0])))
#define N_ENDINGS ((int) (sizeof(verb_endings) / sizeof(verb_endings[0])))

/* the index of the stems holds at most ACT_INDEX_MAX */
typedef char stems_fit_the_index[N_STEMS <= ACT_INDEX_MAX ? 1 : -1];

/* The verb stems indexed by their first two bytes, with their lengths and keys. */
typedef struct stem_table
{
	act_index	ix;
	uint8_t		len[N_STEMS];
	uint32_t	key[N_STEMS];	/* first (up to) four bytes, folded */
	uint32_t	mask[N_STEMS];
	uint8_t		end_len[N_ENDINGS];
} stem_table;

static const stem_table *
stems(void)
{
	static stem_table st;

	if (!st.ix.built)
	{
		uint16_t	hash[N_STEMS];
		int			k;

		for (k = 0; k < N_STEMS; k++)
		{
			/* every stem has at least two bytes */
			hash[k] = (uint16_t) act_hash2((unsigned char) verb_stems[k][0],
										   (unsigned char) verb_stems[k][1]);
			st.len[k] = (uint8_t) strlen(verb_stems[k]);
			st.key[k] = act_key(verb_stems[k], st.len[k], &st.mask[k]);
		}
		for (k = 0; k < N_ENDINGS; k++)
			st.end_len[k] = (uint8_t) strlen(verb_endings[k]);
		act_index_build(&st.ix, hash, N_STEMS);
	}
	return &st;
}

/* Length of an activity verb at t[p], or 0: the first stem of the list
 * that matches, with the first ending after which the word ends. */
static uint32_t
verb_at(const char *t, uint32_t p, uint32_t e)
{
	const stem_table *st = stems();
	unsigned	h;
	uint32_t	tk;
	int			i,
				j;

	if (p > 0 && (lex_is_alpha((unsigned char) t[p - 1]) || t[p - 1] == '-'))
		return 0;
	if (p >= e)
		return 0;
	h = act_text_hash(t, p, e);
	if (st->ix.start[h] == st->ix.start[h + 1])
		return 0;				/* no stem starts so */
	tk = act_text_key(t, p, e);
	for (i = st->ix.start[h]; i < st->ix.start[h + 1]; i++)
	{
		int			k = st->ix.order[i];
		size_t		sl = st->len[k];

		if (p + sl > e || (tk & st->mask[k]) != st->key[k] ||
			!lex_starts_with_ci(t + p, e - p, verb_stems[k]))
			continue;
		for (j = 0; j < N_ENDINGS; j++)
		{
			size_t		el = st->end_len[j];
			uint32_t	q = (uint32_t) (p + sl + el);

			if (q > e || memcmp(t + p + sl, verb_endings[j], el) != 0)
				continue;
			if (q < e && (lex_is_alpha((unsigned char) t[q]) || t[q] == '-'))
				continue;
			return q - p;
		}
	}
	return 0;
}

/* Is the activity verb at t[p, q) in a past form (for plans vs. reports)? */
static int
past_form(const char *t, uint32_t p, uint32_t q)
{
	if (q - p > 2 && t[q - 1] == 'd' && t[q - 2] == 'e')
		return 1;
	return act_word_at(t, p, q, "held") || act_word_at(t, p, q, "led") ||
		act_word_at(t, p, q, "co-led") || act_word_at(t, p, q, "undertook") ||
		act_word_at(t, p, q, "took part") || act_word_at(t, p, q, "sent") ||
		act_word_at(t, p, q, "began") || act_word_at(t, p, q, "carried out");
}

/* End of the run of letters that t[p] is in (t[p] a letter). */
static inline uint32_t
letters_end(const char *t, uint32_t p, uint32_t e)
{
	while (p < e && lex_is_alpha((unsigned char) t[p]))
		p++;
	return p;
}

/*
 * Can an actor start at t[p]?  A quick test of the first bytes, true of
 * every entry of actor_at(): "UNODC", "UN.GIFT", "GLO.ACT", "Office" and
 * "the ...", "The ...".
 */
static inline int
actor_may_start(const char *t, uint32_t p, uint32_t e)
{
	switch (t[p])
	{
		case 'U':
		case 'G':
		case 'O':
			return 1;
		case 't':
		case 'T':
			return p + 4 <= e && t[p + 1] == 'h' && t[p + 2] == 'e' && t[p + 3] == ' ';
		default:
			return 0;
	}
}

/* Does an actor of the activity (UNODC, the Office, ...) start at t[p]? */
static uint32_t
actor_at(const char *t, uint32_t p, uint32_t e)
{
#define ACTOR(s) {s, sizeof(s) - 1}
	static const struct
	{
		const char *w;
		uint32_t	len;
	}			actors[] = {
		ACTOR("UNODC"), ACTOR("the Office"), ACTOR("The Office"), ACTOR("Office"),
		ACTOR("UN.GIFT"), ACTOR("GLO.ACT"), ACTOR("the Global Programme"),
		ACTOR("the Executive Director"), ACTOR("The Executive Director"),
		ACTOR("the Facility"), ACTOR("the Global Initiative"), ACTOR("the Trust Fund"),
	};
#undef ACTOR
	size_t		k;

	if (p > 0 && lex_is_alpha((unsigned char) t[p - 1]))
		return 0;
	/* every actor starts with one of these, and has at least five bytes */
	if (p >= e || !(t[p] == 'U' || t[p] == 't' || t[p] == 'T' || t[p] == 'O' || t[p] == 'G'))
		return 0;
	for (k = 0; k < sizeof(actors) / sizeof(actors[0]); k++)
	{
		uint32_t	l = actors[k].len;

		if (p + l <= e && t[p] == actors[k].w[0] && t[p + 4] == actors[k].w[4] &&
			memcmp(t + p, actors[k].w, l) == 0 &&
			(p + l == e || !lex_is_alpha((unsigned char) t[p + l])))
			return l;
	}
	return 0;
}

/* Is the actor at t[p] the subject (not "of UNODC", "requested UNODC")? */
static int
actor_is_subject(const char *t, uint32_t s, uint32_t p)
{
	uint32_t	w = act_prev_word(t, s, p);
	size_t		k;

	if (w == p)
		return 1;				/* sentence start */
	/* "UNODC, as coordinator," after a comma is still a subject */
	for (k = 0; k < sizeof(not_subject_before) / sizeof(not_subject_before[0]); k++)
		if (act_word_at(t, w, p, not_subject_before[k]))
		{
			/* "the Office" itself starts with "the": look one word further */
			if (strcmp(not_subject_before[k], "the") == 0)
			{
				uint32_t	w2 = act_prev_word(t, s, w);

				if (w2 == w)
					return 1;
				for (k = 0; k < sizeof(not_subject_before) / sizeof(not_subject_before[0]); k++)
					if (strcmp(not_subject_before[k], "the") != 0 &&
						act_word_at(t, w2, w, not_subject_before[k]))
						return 0;
				return 1;
			}
			return 0;
		}
	return 1;
}

/*
 * Does a passive name an agent other than UNODC right after its verb at
 * t[q] ("was convened by the Special Rapporteur")?
 */
static int
agent_is_another(const char *t, uint32_t q, uint32_t e)
{
	uint32_t	a;

	if (!lex_starts_with(t + q, e - q, " by "))
		return 0;
	a = q + 4;
	/* the secretariat of the bodies these reports go to is the Office */
	if (lex_starts_with(t + a, e - a, "the ") &&
		(actor_at(t, a + 4, e) > 0 || lex_starts_with_ci(t + a + 4, e - a - 4, "secretariat")))
		return 0;
	return actor_at(t, a, e) == 0;
}

/*
 * Where a sentence first names a numbered meeting or session ("11th
 * meeting ", "eleventh session ") and a body ("of the Working Group"):
 * the end of the first of each, UINT32_MAX where it names none; found
 * once per sentence, when the first passive asks, so that a sentence of
 * many passives is read once.
 */
typedef struct meeting_ends
{
	int			known;
	uint32_t	ordinal;
	uint32_t	body;
} meeting_ends;

/* End of the first of the needles in t[s, e), UINT32_MAX if none. */
static uint32_t
first_end(tip_doc *doc, const char *t, uint32_t s, uint32_t e, const char *const *needles, size_t n)
{
	uint32_t	best = UINT32_MAX;
	size_t		k;

	for (k = 0; k < n; k++)
	{
		uint32_t	to = best == UINT32_MAX ? e : best;	/* a later match cannot win */
		const char *h = act_find_text(t + s, to - s, needles[k]);

		/* a cancel stays set: the word loop's next tick returns it */
		(void) ann_tick(doc, to - s);
		if (h != NULL)
			best = (uint32_t) (h - t) + (uint32_t) strlen(needles[k]);
	}
	return best;
}

/*
 * Is the subject of a passive before t[p] a numbered meeting or session of
 * an intergovernmental body ("The eleventh meeting of the Working Group was
 * held ...")?  The body's own meeting, not the Office's work.
 */
static int
own_meeting_of_a_body(tip_doc *doc, meeting_ends *m, const char *t, uint32_t s, uint32_t e, uint32_t p)
{
	static const char *const ordinals[] = {
		"th meeting ", "th session ", "st meeting ", "nd meeting ", "rd meeting ", "st session ",
		"nd session ", "rd session ",
	};
	static const char *const bodies[] = {
		"of the Working Group", "of the Conference", "of the Commission", "of the Council",
		"of the General Assembly",
	};

	if (!m->known)
	{
		m->ordinal = first_end(doc, t, s, e, ordinals, sizeof(ordinals) / sizeof(ordinals[0]));
		m->body = first_end(doc, t, s, e, bodies, sizeof(bodies) / sizeof(bodies[0]));
		m->known = 1;
	}
	return m->ordinal <= p && m->body <= p;
}

/* Is the verb at t[p] passive ("was published", "have been held")? */
static int
passive_before(const char *t, uint32_t s, uint32_t p)
{
	uint32_t	w = act_prev_word(t, s, p);
	int			hops;

	for (hops = 0; hops < 2 && w < p; hops++)
	{
		if (act_word_at(t, w, p, "was") || act_word_at(t, w, p, "were") ||
			act_word_at(t, w, p, "been") || act_word_at(t, w, p, "being"))
			return 1;
		/* one adverb in between: "was subsequently held", "been continually updated" */
		{
			uint32_t	we = w;

			while (we < p && lex_is_alpha((unsigned char) t[we]))
				we++;
			if (!((we - w > 2 && t[we - 1] == 'y' && t[we - 2] == 'l') ||
				  act_word_at(t, w, p, "also") || act_word_at(t, w, p, "then") ||
				  act_word_at(t, w, p, "further") || act_word_at(t, w, p, "subsequently")))
				return 0;
		}
		p = w;
		w = act_prev_word(t, s, p);
	}
	return 0;
}

int
act_subjects(const char *t, uint32_t s, uint32_t e, uint32_t *out, int max)
{
	uint32_t	p;
	int			n = 0;

	for (p = s; p < e && n < max; p++)
	{
		uint32_t	l;

		if (!lex_is_alpha((unsigned char) t[p]))
			continue;
		if (p > s && lex_is_alpha((unsigned char) t[p - 1]))
		{
			p = letters_end(t, p, e) - 1;	/* not a word start: to its end */
			continue;
		}
		if (actor_may_start(t, p, e) && (l = actor_at(t, p, e)) > 0)
		{
			if (actor_is_subject(t, s, p))
				out[n++] = p;
			p += l - 1;
		}
	}
	return n;
}

/* Position of the word after the one at t[p] (and its spaces), or e. */
static uint32_t
next_word(const char *t, uint32_t p, uint32_t e)
{
	p = letters_end(t, p, e);
	while (p < e && t[p] == ' ')
		p++;
	return p;
}

/*
 * Is the predicate after the actor at t[p] a state or role rather than a
 * thing done?  "<actor> is a member of", "is the chair of", "remains
 * committed to", "has remained active", "has been a partner", "continued to
 * be an observer", "acts as coordinator", "continues to play a role": a
 * copula or verb of role followed by a noun phrase or an adjective.  A
 * progressive or passive ("is preparing", "was published") is not a state.
 * Adverbs ending in -ly and "also", "currently", "still" are skipped.
 */
static int
state_predicate(const char *t, uint32_t p, uint32_t e)
{
	int			hops;

	for (hops = 0; hops < 3 && p < e && lex_is_alpha((unsigned char) t[p]); hops++)
	{
		uint32_t	q = letters_end(t, p, e);

		if (act_word_at(t, p, e, "also") || act_word_at(t, p, e, "currently") ||
			act_word_at(t, p, e, "still") || (q - p > 3 && t[q - 1] == 'y' && t[q - 2] == 'l'))
		{
			p = next_word(t, p, e);
			continue;
		}
		break;
	}
	if (p >= e)
		return 0;
	if (act_word_at(t, p, e, "acts as") || act_word_at(t, p, e, "serves as") ||
		act_word_at(t, p, e, "remains") || act_word_at(t, p, e, "has remained") ||
		act_word_at(t, p, e, "continued to act as") || act_word_at(t, p, e, "continues to act as") ||
		act_word_at(t, p, e, "continues to play") || act_word_at(t, p, e, "continued to play") ||
		act_word_at(t, p, e, "continued to be") || act_word_at(t, p, e, "continues to be") ||
		act_word_at(t, p, e, "continued to engage as"))
		return 1;
	if (act_word_at(t, p, e, "is") || act_word_at(t, p, e, "has been") ||
		act_word_at(t, p, e, "was"))
	{
		uint32_t	w = next_word(t, p, e);

		if (act_word_at(t, p, e, "has been"))
			w = next_word(t, w, e);
		while (w < e && (act_word_at(t, w, e, "also") || act_word_at(t, w, e, "currently")))
			w = next_word(t, w, e);
		if (w >= e || !lex_is_alpha((unsigned char) t[w]))
			return 0;
		return act_word_at(t, w, e, "a") || act_word_at(t, w, e, "an") ||
			act_word_at(t, w, e, "the") || act_word_at(t, w, e, "one") ||
			act_word_at(t, w, e, "member") || act_word_at(t, w, e, "committed");
	}
	return 0;
}

/*
 * Does the sentence describe the report itself (its purpose, mandate or
 * contents) rather than something done?  A sentence opened by "It" with
 * a verb of a document's contents ("It seeks to inform ...", "It provides
 * information on ...", "It describes ...").  A sentence naming "the present
 * report" ("The present report ...", "The purpose of the present report
 * ...") is caught in the word loop of act_reports_activity(), which ticks.
 */
static int
describes_the_report(const char *t, uint32_t s, uint32_t e)
{
	static const char *const doc_verbs[] = {
		"seeks", "provides", "describes", "contains", "covers", "includes",
		"summarizes", "summarises", "presents", "outlines", "reviews",
	};
	size_t		k;

	if (e - s > 3 && memcmp(t + s, "It ", 3) == 0)
		for (k = 0; k < sizeof(doc_verbs) / sizeof(doc_verbs[0]); k++)
			if (act_word_at(t, s + 3, e, doc_verbs[k]))
				return 1;
	return 0;
}

int
act_reports_activity(tip_doc *doc, const char *t, uint32_t s, uint32_t e, uint32_t *verb)
{
	uint32_t	p,
				ticked = s;
	meeting_ends meeting = {0, 0, 0};
	int			subject_seen = 0,
				found = 0,
				past = 0,
				plan = 0;

	if (act_find_ci(t + s, e - s, "may wish") != NULL || describes_the_report(t, s, e))
		return 0;
	for (p = s; p < e; p++)
	{
		uint32_t	l;
		unsigned char c0 = act_fold((unsigned char) t[p]);

		if (ann_tick_at(doc, &ticked, p))
			return -1;
		/* every word looked for starts with a letter, at a word start */
		if (!lex_is_alpha(c0))
			continue;
		if (p > s && lex_is_alpha((unsigned char) t[p - 1]))
		{
			p = letters_end(t, p, e) - 1;
			continue;
		}
		if (actor_may_start(t, p, e) && (l = actor_at(t, p, e)) > 0)
		{
			if (actor_is_subject(t, s, p))
			{
				/* the first subject's predicate is a state or role: no report */
				if (!subject_seen && !found && state_predicate(t, next_word(t, p + l - 1, e), e))
					return 0;
				subject_seen = 1;
			}
			p += l - 1;
			continue;
		}
		if (c0 == 'p' && act_word_at(t, p, e, "present report"))
			return 0;			/* the report describes itself */
		if ((c0 == 'w' || c0 == 'p' || c0 == 's') &&
			(act_word_at(t, p, e, "will") || act_word_at(t, p, e, "planned") ||
			 act_word_at(t, p, e, "scheduled")))
			plan = 1;
		if ((c0 == 'r' || c0 == 'b' || c0 == 'w' || c0 == 'h' || c0 == 'l') &&
			(act_word_at(t, p, e, "received training") || act_word_at(t, p, e, "received support") ||
			 act_word_at(t, p, e, "benefited from") || act_word_at(t, p, e, "benefited") ||
			 act_word_at(t, p, e, "with support from") || act_word_at(t, p, e, "with the support of") ||
			 act_word_at(t, p, e, "with the expert assistance of") ||
			 act_word_at(t, p, e, "work continued") || act_word_at(t, p, e, "has received support") ||
			 act_word_at(t, p, e, "launched in")))
		{
			if (!found)
				*verb = p;
			found = past = 1;
			continue;
		}
		if ((l = verb_at(t, p, e)) == 0)
			continue;
		{
			int			ok = 0;

			if (subject_seen)
				ok = 1;
			else if (passive_before(t, s, p) && !act_word_at(t, p, e, "established") &&
					 !agent_is_another(t, p + l, e) && !own_meeting_of_a_body(doc, &meeting, t, s, e, p))
				ok = 1;
			else if (p == s && past_form(t, p, p + l))
				ok = 1;		/* "Developed, launched and disseminated in 2011, ..." */
			else if (p + l + 3 < e && lex_starts_with(t + p + l, e - p - l, " by UNODC"))
				ok = 1;
			if (ok)
			{
				if (!found)
					*verb = p;
				found = 1;
				if (past_form(t, p, p + l) || act_word_at(t, p, e, "continued") ||
					act_word_at(t, p, e, "continues"))
					past = 1;
			}
		}
		p += l - 1;
	}
	if (!found)
		return 0;
	if (plan && !past)
		return 0;
	return 1;
}
