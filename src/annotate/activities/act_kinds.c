/*
 * act_kinds.c
 *	  The words and phrases that name an activity kind ("workshop",
 *	  "training course", "memorandum of understanding"), matched at word
 *	  starts of a sentence, longest first, and whether a match names the
 *	  setting of the sentence ("at its seventh meeting", "on the margins of
 *	  the session") rather than the thing done.
 *
 * Kinds follow the head noun: a "training workshop" is a workshop and
 * "training materials" are a publication.  Entries of kind AK_NONE consume
 * phrases that contain a cue word but name no activity ("Conference of the
 * Parties", "reporting period").
 */
#include <string.h>

#include "act_int.h"

/* cue flags */
#define CF_CASE		0x01		/* match the pattern's case exactly */
#define CF_VERBISH	0x02		/* also a verb: not a cue after "to" */
#define CF_PARTNER	0x04		/* names the kind only with a partner named */

typedef struct cue_def
{
	const char *pat;			/* lower case; ' ' = one space; final '*' = word goes on;
								 * at least two bytes before the '*' (the index
								 * of cue_table_get hashes the first two) */
	act_kind	kind;
	int			flags;
} cue_def;

static const cue_def cues[] = {
	/* phrases that name no activity */
	{"conference of the parties", AK_NONE, 0},
	{"conference resolution*", AK_NONE, 0},
	{"the Conference", AK_NONE, CF_CASE},
	{"the Forum", AK_NONE, CF_CASE},
	{"reporting period", AK_NONE, 0},
	{"review mechanism", AK_NONE, 0},
	{"mechanism for the review", AK_NONE, 0},
	{"global plan of action", AK_NONE, 0},
	{"in partnership with", AK_NONE, 0},
	{"in cooperation with", AK_NONE, 0},
	{"in collaboration with", AK_NONE, 0},
	{"legislative assistance activit*", AK_NONE, 0},
	{"technical assistance activit*", AK_NONE, 0},
	{"raise awareness", AK_CAMPAIGN, 0},
	{"raised awareness", AK_CAMPAIGN, 0},
	{"raising awareness", AK_CAMPAIGN, 0},
	{"data collection", AK_ASSESSMENT, 0},
	{"documented", AK_ASSESSMENT, 0},
	{"criminal operation*", AK_NONE, 0},
	{"operational", AK_NONE, 0},
	{"national referral mechanism*", AK_OTHER, 0},
	{"referral mechanism*", AK_OTHER, 0},
	{"coordination mechanism*", AK_OTHER, 0},
	{"establishment of", AK_OTHER, 0},
	{"procurement", AK_OTHER, 0},
	{"equipment", AK_OTHER, 0},

	/* workshop */
	{"workshop*", AK_WORKSHOP, 0},
	{"training workshop*", AK_WORKSHOP, 0},

	/* training */
	{"training", AK_TRAINING, 0},
	{"training course*", AK_TRAINING, 0},
	{"training session*", AK_TRAINING, 0},
	{"training programme*", AK_TRAINING, 0},
	{"training initiative*", AK_TRAINING, 0},
	{"training methodolog*", AK_TRAINING, 0},
	{"trained", AK_TRAINING, 0},
	{"trains", AK_TRAINING, 0},
	{"mentoring", AK_TRAINING, 0},
	{"mentorship*", AK_TRAINING, 0},
	{"mock trial*", AK_TRAINING, 0},
	{"e-lecture*", AK_TRAINING, 0},
	{"webinar*", AK_TRAINING, 0},
	{"capacity-building", AK_TRAINING, 0},
	{"strengthen the capacity", AK_TRAINING, 0},
	{"strengthened the capacity", AK_TRAINING, 0},
	{"training manual*", AK_PUBLICATION, 0},
	{"training material*", AK_PUBLICATION, 0},
	{"training module*", AK_PUBLICATION, 0},
	{"training curricul*", AK_PUBLICATION, 0},
	{"training tool*", AK_PUBLICATION, 0},
	{"training package*", AK_PUBLICATION, 0},
	{"training guide*", AK_PUBLICATION, 0},

	/* meeting */
	{"meeting", AK_MEETING, 0},
	{"meetings", AK_MEETING, 0},
	{"expert group meeting*", AK_MEETING, 0},
	{"side event*", AK_MEETING, 0},
	{"consultation*", AK_MEETING, 0},
	{"round table*", AK_MEETING, 0},
	{"round-table*", AK_MEETING, 0},
	{"roundtable*", AK_MEETING, 0},
	{"briefing*", AK_MEETING, 0},
	{"briefed", AK_MEETING, 0},
	{"public hearing*", AK_MEETING, 0},
	{"hearing", AK_MEETING, 0},
	{"panel", AK_MEETING, 0},
	{"panels", AK_MEETING, 0},
	{"panellist*", AK_MEETING, 0},
	{"panel discussion*", AK_MEETING, 0},
	{"dialogue*", AK_MEETING, 0},
	{"event", AK_MEETING, 0},
	{"events", AK_MEETING, 0},
	{"talk", AK_MEETING, 0},
	{"session", AK_MEETING, 0},
	{"sessions", AK_MEETING, 0},
	{"servicing", AK_MEETING, 0},
	{"serviced", AK_MEETING, 0},
	{"Forum", AK_CONFERENCE, CF_CASE},
	{"conference*", AK_CONFERENCE, 0},
	{"congress*", AK_CONFERENCE, 0},
	{"summit", AK_CONFERENCE, 0},

	/* study visit */
	{"study visit*", AK_STUDY_VISIT, 0},
	{"study tour*", AK_STUDY_VISIT, 0},
	{"exchange visit*", AK_STUDY_VISIT, 0},
	{"professional visit*", AK_STUDY_VISIT, 0},
	{"peer exchange*", AK_STUDY_VISIT, 0},
	{"peer-to-peer exchange*", AK_STUDY_VISIT, 0},

	/* assessment or mission */
	{"assessment*", AK_ASSESSMENT, 0},
	{"mission*", AK_ASSESSMENT, 0},
	{"legal review*", AK_ASSESSMENT, 0},
	{"policy review*", AK_ASSESSMENT, 0},
	{"desk review*", AK_ASSESSMENT, 0},
	{"gap analys*", AK_ASSESSMENT, 0},
	{"survey*", AK_ASSESSMENT, CF_VERBISH},
	{"data collection exercise*", AK_ASSESSMENT, 0},
	{"mapping exercise*", AK_ASSESSMENT, 0},
	{"research", AK_ASSESSMENT, CF_VERBISH},
	{"analysed", AK_ASSESSMENT, 0},
	{"analyzed", AK_ASSESSMENT, 0},
	{"evaluation*", AK_ASSESSMENT, 0},
	{"assessed", AK_ASSESSMENT, 0},
	{"assessing", AK_ASSESSMENT, 0},

	/* legislative assistance */
	{"legislative assistance", AK_LEGISLATIVE, 0},
	{"legislative drafting", AK_LEGISLATIVE, 0},
	{"legislation", AK_LEGISLATIVE, 0},
	{"draft law*", AK_LEGISLATIVE, 0},
	{"draft legislation", AK_LEGISLATIVE, 0},
	{"bill", AK_LEGISLATIVE, 0},
	{"municipal law*", AK_LEGISLATIVE, 0},
	{"legal framework*", AK_LEGISLATIVE, 0},
	{"criminal code*", AK_LEGISLATIVE, 0},
	{"national strateg*", AK_LEGISLATIVE, 0},
	{"action plan*", AK_LEGISLATIVE, 0},
	{"plan of action", AK_LEGISLATIVE, 0},
	{"national plan*", AK_LEGISLATIVE, 0},
	{"legislative needs", AK_ASSESSMENT, 0},

	/* publication */
	{"publication*", AK_PUBLICATION, 0},
	{"published", AK_PUBLICATION, 0},
	{"publish", AK_PUBLICATION, 0},
	{"report", AK_PUBLICATION, CF_VERBISH},
	{"reports", AK_PUBLICATION, 0},
	{"paper", AK_PUBLICATION, 0},
	{"papers", AK_PUBLICATION, 0},
	{"non-paper*", AK_PUBLICATION, 0},
	{"policy brief*", AK_PUBLICATION, 0},
	{"issue brief*", AK_PUBLICATION, 0},
	{"background document*", AK_PUBLICATION, 0},
	{"study", AK_PUBLICATION, CF_VERBISH},
	{"studies", AK_PUBLICATION, 0},
	{"manual*", AK_PUBLICATION, 0},
	{"handbook*", AK_PUBLICATION, 0},
	{"guide", AK_PUBLICATION, CF_VERBISH},
	{"guides", AK_PUBLICATION, 0},
	{"guidance note*", AK_PUBLICATION, 0},
	{"case digest*", AK_PUBLICATION, 0},
	{"digest", AK_PUBLICATION, 0},
	{"curricul*", AK_PUBLICATION, 0},
	{"toolkit*", AK_PUBLICATION, 0},
	{"tool kit*", AK_PUBLICATION, 0},
	{"first aid kit*", AK_PUBLICATION, 0},
	{"film*", AK_PUBLICATION, CF_VERBISH},
	{"documentary", AK_PUBLICATION, 0},
	{"bulletin*", AK_PUBLICATION, 0},
	{"questionnaire*", AK_PUBLICATION, 0},
	{"technical tools", AK_PUBLICATION, 0},
	{"practical tool*", AK_PUBLICATION, 0},
	{"materials", AK_PUBLICATION, 0},
	{"input to", AK_PUBLICATION, 0},

	/* tool or database */
	{"database*", AK_TOOL, 0},
	{"data base*", AK_TOOL, 0},
	{"portal*", AK_TOOL, 0},
	{"knowledge hub*", AK_TOOL, 0},
	{"hub", AK_TOOL, 0},
	{"website*", AK_TOOL, 0},
	{"web site*", AK_TOOL, 0},
	{"platform*", AK_TOOL, 0},
	{"information system*", AK_TOOL, 0},
	{"e-learning*", AK_TOOL, 0},
	{"online course*", AK_TOOL, 0},
	{"mobile app*", AK_TOOL, 0},
	{"translation assistance tool*", AK_TOOL, 0},
	{"knowledge management portal*", AK_TOOL, 0},

	/* campaign */
	{"campaign*", AK_CAMPAIGN, CF_VERBISH},
	{"blue heart", AK_CAMPAIGN, 0},
	{"awareness tour*", AK_CAMPAIGN, 0},
	{"exhibition*", AK_CAMPAIGN, 0},
	{"anti-trafficking week*", AK_CAMPAIGN, 0},
	{"world day against trafficking", AK_CAMPAIGN, 0},

	/* grant or funding */
	{"grant", AK_GRANT, 0},
	{"grants", AK_GRANT, 0},
	{"funded", AK_GRANT, 0},
	{"funding", AK_GRANT, 0},
	{"funds", AK_GRANT, CF_VERBISH},
	{"call for proposals", AK_GRANT, 0},
	{"calls for proposals", AK_GRANT, 0},
	{"disbursed", AK_GRANT, 0},
	{"financial support", AK_GRANT, 0},
	{"fundraising", AK_GRANT, 0},
	{"fund-raising", AK_GRANT, 0},
	{"charity*", AK_GRANT, 0},
	{"trust fund", AK_NONE, 0},

	/* partnership or agreement */
	{"memorandum of understanding", AK_PARTNERSHIP, 0},
	{"memorandums of understanding", AK_PARTNERSHIP, 0},
	{"memoranda of understanding", AK_PARTNERSHIP, 0},
	{"working arrangement*", AK_PARTNERSHIP, 0},
	{"cooperation arrangement*", AK_PARTNERSHIP, 0},
	{"agreement*", AK_PARTNERSHIP, 0},
	{"joint statement*", AK_PARTNERSHIP, 0},
	{"partnership", AK_PARTNERSHIP, 0},
	{"partnerships", AK_PARTNERSHIP, 0},
	{"strategic partnership*", AK_PARTNERSHIP, 0},
	{"joint programme*", AK_PARTNERSHIP, 0},
	{"joint project*", AK_PARTNERSHIP, 0},
	{"joint initiative*", AK_PARTNERSHIP, 0},
	{"joint operational activit*", AK_PARTNERSHIP, 0},
	{"project", AK_PARTNERSHIP, CF_PARTNER},
	{"projects", AK_PARTNERSHIP, CF_PARTNER},
	{"regional network*", AK_PARTNERSHIP, 0},
	{"regional platform*", AK_PARTNERSHIP, 0},

	/* operation */
	{"Operation", AK_OPERATION, CF_CASE},
	{"intelligence-led operation*", AK_OPERATION, 0},
	{"joint operation*", AK_OPERATION, 0},
};

#define N_CUES ((int) (sizeof(cues) / sizeof(cues[0])))

/* the index of the table (cue_table_get) holds at most ACT_INDEX_MAX */
typedef char cues_fit_the_index[N_CUES <= ACT_INDEX_MAX ? 1 : -1];

const char *
act_kind_name(act_kind k)
{
	static const char *const names[AK__COUNT] = {
		[AK_WORKSHOP] = "workshop",
		[AK_TRAINING] = "training",
		[AK_MEETING] = "meeting",
		[AK_CONFERENCE] = "conference",
		[AK_STUDY_VISIT] = "study visit",
		[AK_ASSESSMENT] = "assessment or mission",
		[AK_LEGISLATIVE] = "legislative assistance",
		[AK_PUBLICATION] = "publication",
		[AK_TOOL] = "tool or database",
		[AK_CAMPAIGN] = "campaign",
		[AK_GRANT] = "grant or funding",
		[AK_PARTNERSHIP] = "partnership or agreement",
		[AK_OPERATION] = "operation",
		[AK_OTHER] = "other",
	};

	return (k >= 0 && k < AK__COUNT) ? names[k] : NULL;
}

static int
lower(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

/* Is the byte at t[p] part of a word (letter, digit, hyphen)? */
static int
word_byte(const char *t, uint32_t p, uint32_t e)
{
	unsigned char c;

	if (p >= e)
		return 0;
	c = (unsigned char) t[p];
	return lex_is_alpha(c) || lex_is_digit(c) || c >= 0x80;
}

/*
 * Length of the match of a pattern at t[p] (0 if none): the pattern must
 * end at a word end, or, with a final '*', may go on to the word's end.
 */
static uint32_t
match_len(const char *t, uint32_t p, uint32_t e, const char *pat, int exact_case)
{
	uint32_t	q = p;
	const char *c = pat;

	for (; *c && *c != '*'; c++, q++)
	{
		if (q >= e)
			return 0;
		if (exact_case ? t[q] != *c : lower((unsigned char) t[q]) != (unsigned char) *c)
			return 0;
	}
	if (*c == '*')
	{
		while (q < e && (word_byte(t, q, e) || t[q] == '-'))
			q++;
		return q - p;
	}
	if (word_byte(t, q, e))
		return 0;
	return q - p;
}

int
act_word_match(const char *t, uint32_t p, uint32_t e, const char *pat)
{
	return match_len(t, p, e, pat, 0) > 0;
}

uint32_t
act_prev_word(const char *t, uint32_t s, uint32_t p)
{
	uint32_t	q = p;

	while (q > s && !word_byte(t, q - 1, p))
		q--;
	if (q == s)
		return p;
	while (q > s && (word_byte(t, q - 1, p) || t[q - 1] == '-'))
		q--;
	return q;
}

/* Words that name an earlier or later event: its dates are not the activity's. */
static int
before_after_word(const char *t, uint32_t p, uint32_t e)
{
	return act_word_at(t, p, e, "following") || act_word_at(t, p, e, "after") ||
		act_word_at(t, p, e, "before") || act_word_at(t, p, e, "prior") ||
		act_word_at(t, p, e, "since") || act_word_at(t, p, e, "ahead");
}

/*
 * Words that, just before a cue's noun phrase, make it the setting: 1, or
 * 2 when the setting is an event before or after the thing done.
 */
static int
frame_word(const char *t, uint32_t p, uint32_t e)
{
	static const char *const words[] = {
		"at", "during", "following", "margins", "after", "before", "since",
		"prior", "ahead", "under", "within", "part", "framework", "with",
		"between",
	};
	size_t		k;

	/* the words above (and those of before_after_word) start with these */
	if (p >= e || !act_letter_in((unsigned char) t[p], "abdfmpsuw"))
		return 0;
	if (before_after_word(t, p, e))
		return 2;
	for (k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (act_word_at(t, p, e, words[k]))
			return 1;
	return 0;
}

/*
 * Does the clause the cue at t[p] stands in open with a preposition of
 * setting ("Within the framework of the ... project, UNODC ...", "As part
 * of the campaign, ...")?  The clause runs back to the sentence start or
 * the last comma; it must not hold the sentence's verb.  Returns 2 when
 * the phrase names an earlier or later event ("Following the adoption ...").
 */
static int
clause_is_frame(const char *t, uint32_t s, uint32_t p)
{
	uint32_t	q = p,
				k;

	while (q > s && t[q - 1] != ',' && t[q - 1] != ';' && t[q - 1] != ':')
		q--;
	while (q < p && t[q] == ' ')
		q++;
	if (act_word_at(t, q, p, "also"))
		q += 5;
	/* a sentence that opens with a participle states a reason or setting */
	if (q == s || (q > s && t[q - 1] == ' ' && q - s < 3))
	{
		uint32_t	w = q;

		while (w < p && lex_is_alpha((unsigned char) t[w]))
			w++;
		if (w - q > 5 && lex_is_upper((unsigned char) t[q]) &&
			t[w - 1] == 'g' && t[w - 2] == 'n' && t[w - 3] == 'i' &&
			!act_word_at(t, q, p, "during"))
			return before_after_word(t, q, p) ? 2 : 1;
	}
	if (act_word_at(t, q, p, "given") || act_word_at(t, q, p, "in view of") ||
		act_word_at(t, q, p, "in light of") || act_word_at(t, q, p, "in the light of") ||
		act_word_at(t, q, p, "with regard to") || act_word_at(t, q, p, "in response to") ||
		act_word_at(t, q, p, "in order to") || act_word_at(t, q, p, "with the aim of") ||
		act_word_at(t, q, p, "with a view to"))
		return 1;
	if (!(act_word_at(t, q, p, "within") || act_word_at(t, q, p, "under") ||
		  act_word_at(t, q, p, "as part of") || act_word_at(t, q, p, "in the framework") ||
		  act_word_at(t, q, p, "in the context") || act_word_at(t, q, p, "following") ||
		  act_word_at(t, q, p, "during") || act_word_at(t, q, p, "at the") ||
		  act_word_at(t, q, p, "on the margins") || act_word_at(t, q, p, "in the margins") ||
		  act_word_at(t, q, p, "after")))
		return 0;
	/* a verb in between ends the phrase ("During ..., UNODC organized") */
	for (k = q; k + 1 < p; k++)
		if (t[k] == 'e' && t[k + 1] == 'd' && (k + 2 >= p || t[k + 2] == ' ') &&
			k > q + 2 && lex_is_alpha((unsigned char) t[k - 1]))
		{
			uint32_t	w = act_prev_word(t, q, k + 2);

			if (act_word_at(t, w, p, "held") || act_word_at(t, w, p, "organized"))
				continue;
			if (w > q && t[w - 1] == ' ' && lex_is_upper((unsigned char) t[w]))
				continue;
			return 0;
		}
	return before_after_word(t, q, p) ? 2 : 1;
}

/*
 * Does the cue at t[p] stand in a setting phrase?  Look back over its noun
 * phrase (at most eight words, not across a comma, semicolon, colon or
 * bracket) for a preposition of setting.
 */
static int
is_frame(const char *t, uint32_t s, uint32_t p)
{
	uint32_t	q = p;
	int			words,
				f;

	for (words = 0; words < 8 && q > s; words++)
	{
		uint32_t	w = q;

		while (w > s && t[w - 1] == ' ')
			w--;
		if (w == s || t[w - 1] == ',' || t[w - 1] == ';' || t[w - 1] == ':' ||
			t[w - 1] == '(' || t[w - 1] == ')')
			return 0;
		q = act_prev_word(t, s, w);
		if (q == w)
			return 0;
		if ((f = frame_word(t, q, w)) != 0)
		{
			uint32_t	v = act_prev_word(t, s, q);

			/* "aimed at raising awareness" names a purpose, not a setting */
			if (v < q && (act_word_at(t, v, q, "aimed") || act_word_at(t, v, q, "targeted") ||
						  act_word_at(t, v, q, "directed")))
				return 0;
			return f;
		}
		/* the verb of the sentence ends the noun phrase */
		if (w - q > 2 && t[w - 1] == 'd' && t[w - 2] == 'e')
			return 0;
	}
	return 0;
}

/*
 * Is there, in t[p, q), the verb of a new clause: a semicolon that does
 * not part the items of a list "(a) ...; (b) ...", or a word ending in
 * "ed" after a comma, a conjunction, an auxiliary of the active or an
 * actor ("..., and published", "has developed", "UNODC organized")?  A
 * participle after a noun ("courses focused on", "a manual entitled") or
 * a passive ("was conducted, focusing on ...") is not.
 */
static int
verb_between(const char *t, uint32_t p, uint32_t q)
{
	static const char *const before[] = {
		"and", "also", "then", "has", "have", "had", "subsequently", "unodc",
		"office", "further", "later", "successfully", "jointly",
	};
	uint32_t	k;

	for (k = p; k + 1 < q; k++)
	{
		uint32_t	w,
					v;
		size_t		j;

		if (t[k] == ';')
		{
			uint32_t	r = k + 1;

			while (r < q && t[r] == ' ')
				r++;
			if (act_word_at(t, r, q, "and") || act_word_at(t, r, q, "or"))
				r += 3;
			while (r < q && t[r] == ' ')
				r++;
			if (!(r + 2 < q && t[r] == '(' && lex_is_alpha((unsigned char) t[r + 1]) &&
				  t[r + 2] == ')'))
				return 1;
			continue;
		}
		if (!(k > p + 3 && t[k] == 'd' && t[k - 1] == 'e' &&
			  (k + 1 == q || !lex_is_alpha((unsigned char) t[k + 1])) &&
			  lex_is_alpha((unsigned char) t[k - 2]) && lex_is_alpha((unsigned char) t[k - 3])))
			continue;
		w = act_prev_word(t, p, k + 1);
		if (w <= p || w < 2 || t[w - 1] != ' ' || t[w - 2] == ',')
			return 1;
		/* the word before may lie before p (the head noun itself) */
		v = act_prev_word(t, 0, w);
		if (v == w)
			return 1;
		for (j = 0; j < sizeof(before) / sizeof(before[0]); j++)
			if (act_word_at(t, v, w, before[j]))
				return 1;
	}
	return 0;
}

/* Does t[p, q) hold a phrase of result ("resulting in", "which led to")? */
static int
result_between(const char *t, uint32_t p, uint32_t q)
{
	return act_find_ci(t + p, q - p, "result") != NULL ||
		act_find_ci(t + p, q - p, " led to ") != NULL ||
		act_find_ci(t + p, q - p, "leading to ") != NULL;
}

/* Does a purpose phrase ("to support", "in order to", "aimed at") start at t[p]? */
static int
purpose_at(const char *t, uint32_t p, uint32_t e)
{
	static const char *const verbs[] = {
		"support", "assist", "help", "enable", "strengthen", "improve", "enhance",
		"build", "promote", "facilitate", "guide", "raise", "increase", "ensure",
		"counter", "combat", "prevent", "address", "validate", "discuss", "share",
		"exchange", "equip", "clarify", "explore", "bring", "identify", "better",
		"respond", "offer", "encourage", "foster", "provide", "develop", "inform",
		"tackle", "fight", "detect", "investigate", "unify", "review",
	};
	size_t		k;

	/* the means: "by providing material for an exhibition" */
	if (act_word_at(t, p, e, "by") && p + 3 < e)
	{
		uint32_t	q = p + 3;

		while (q < e && lex_is_alpha((unsigned char) t[q]))
			q++;
		if (q - p > 6 && t[q - 1] == 'g' && t[q - 2] == 'n' && t[q - 3] == 'i')
			return 1;
	}
	if (act_word_at(t, p, e, "in order to") || act_word_at(t, p, e, "so as to") ||
		act_word_at(t, p, e, "aimed at") || act_word_at(t, p, e, "with the aim of") ||
		act_word_at(t, p, e, "with a view to") || act_word_at(t, p, e, "which is aimed at"))
		return 1;
	if (!act_word_at(t, p, e, "to"))
		return 0;
	p += 3;
	for (k = 0; k < sizeof(verbs) / sizeof(verbs[0]); k++)
		if (act_word_at(t, p, e, verbs[k]))
			return 1;
	return 0;
}

/* Is the cue's noun phrase the object of a preposition ("a workshop on ...")? */
static int
governed_by_preposition(const char *t, uint32_t s, uint32_t p)
{
	static const char *const preps[] = {
		"on", "of", "to", "for", "regarding", "concerning", "about", "into",
		"including", "in", "against", "related", "involving", "comprising",
		"focusing", "focused", "entitled", "from", "comprising", "preparing",
		"covering", "providing", "dedicated",
	};
	uint32_t	q = p;
	int			words;

	for (words = 0; words < 6; words++)
	{
		uint32_t	w = act_prev_word(t, s, q);
		size_t		k;

		uint32_t	g;

		if (w == q)
			return 0;
		/* a comma, colon or bracket between the words ends the phrase */
		for (g = w; g < q; g++)
			if (t[g] == ',' || t[g] == ';' || t[g] == ':' || t[g] == '(' || t[g] == ')')
				return 0;
		for (k = 0; k < sizeof(preps) / sizeof(preps[0]); k++)
			if (act_word_at(t, w, q, preps[k]))
				return 1;
		q = w;
	}
	return 0;
}

/*
 * Is the cue at q an item of a list that names instances of the head
 * ("tools, including handbooks, ... reports and assessments")?
 */
static int
list_of_head(const char *t, uint32_t p, uint32_t q)
{
	const char *h = act_find_ci(t + p, q - p, "including ");

	if (h == NULL)
		h = act_find_ci(t + p, q - p, "such as ");
	return h != NULL && act_find_text(h, (size_t) (t + q - h), ";") == NULL;
}

/*
 * The head noun decides: a cue right before another ("legislative drafting
 * workshop", "training film") is a modifier; a cue in the complement of an
 * earlier one ("an assessment mission on legislation", "a workshop ... to
 * assist ... in drafting a law") belongs to it.  Both take the kind of the
 * cue they belong to, so they make no row of their own.
 */
static void
prune_cues(const char *t, uint32_t s, uint32_t e, act_cue *c, int n)
{
	int			i,
				head = -1;
	uint32_t	purpose = 0;

	for (i = 0; i + 1 < n; i++)
	{
		uint32_t	g = c[i].end;

		while (g < c[i + 1].start && (t[g] == ' ' || t[g] == '-'))
			g++;
		if (g == c[i + 1].start)
			c[i].kind = c[i + 1].kind;
	}
	for (i = 0; i < n; i++)
	{
		uint32_t	p;

		if (c[i].frame)
			continue;
		/* a cue that is itself a verb ("and trained legal drafters") is a head */
		if (head >= 0 && !result_between(t, c[head].end, c[i].start) &&
			!(c[i].end - c[i].start > 3 && t[c[i].end - 1] == 'd' && t[c[i].end - 2] == 'e'))
		{
			/* a purpose phrase between the head and this cue */
			for (p = purpose ? purpose : c[head].end; p < c[i].start && !purpose; p++)
				if ((p == 0 || t[p - 1] == ' ') && purpose_at(t, p, e))
					purpose = p + 1;
			if (purpose && verb_between(t, purpose, c[i].start))
				purpose = 0;
			if (purpose || ((governed_by_preposition(t, s, c[i].start) ||
							 list_of_head(t, c[head].end, c[i].start)) &&
							!verb_between(t, c[head].end, c[i].start)))
			{
				c[i].kind = c[head].kind;
				continue;
			}
		}
		head = i;
		purpose = 0;
	}
}

/*
 * The cue table indexed by its first two bytes, and for each cue its first (up to)
 * four bytes before any '*', folded, as a key under a mask: a cue can match
 * only where the text's folded bytes agree with its key.  Built on first use.
 */
typedef struct cue_table
{
	act_index	ix;
	uint32_t	key[N_CUES];
	uint32_t	mask[N_CUES];
} cue_table;

static const cue_table *
cue_table_get(void)
{
	static cue_table ct;

	if (!ct.ix.built)
	{
		uint16_t	hash[N_CUES];
		int			k;

		for (k = 0; k < N_CUES; k++)
		{
			const char *pat = cues[k].pat;

			/* every pattern has two bytes before any '*' */
			hash[k] = (uint16_t) act_hash2((unsigned char) pat[0], (unsigned char) pat[1]);
			ct.key[k] = act_key(pat, strcspn(pat, "*"), &ct.mask[k]);
		}
		act_index_build(&ct.ix, hash, N_CUES);
	}
	return &ct;
}

/*
 * Does the cue at t[p, q) name no activity by its place in a phrase?
 *  - a cue noun that modifies a stage of a process ("the <cue> phase",
 *    "during the <cue> stage") names the stage, not a thing done;
 *  - a plan named as a proper name, "Action Plan" in title case after a
 *    title-case word ("the Joint <Name> Action Plan"), is the framework of
 *    an intergovernmental process, not a national plan drafted with help;
 *    a "National Action Plan" keeps its kind.
 */
static int
cue_in_name_or_stage(const char *t, uint32_t s, uint32_t e, uint32_t p, uint32_t q,
					 act_kind kind)
{
	static const char *const stages[] = {" phase", " phases", " stage", " stages"};
	size_t		k;
	uint32_t	w;

	for (k = 0; k < sizeof(stages) / sizeof(stages[0]); k++)
	{
		size_t		l = strlen(stages[k]);

		if (q + l <= e && memcmp(t + q, stages[k], l) == 0 &&
			(q + l == e || !lex_is_alpha((unsigned char) t[q + l])))
			return 1;
	}
	if (kind != AK_LEGISLATIVE || p <= s || q - p < 11 || memcmp(t + p, "Action Plan", 11) != 0)
		return 0;
	w = act_prev_word(t, s, p);
	return w < p && lex_is_upper((unsigned char) t[w]) &&
		!act_word_at(t, w, p, "national") && !act_word_at(t, w, p, "the");
}

int
act_find_cues(const char *t, uint32_t s, uint32_t e, act_cue *out, int max)
{
	int			n = 0,
				depth = 0,
				k;
	uint32_t	p = s;

	while (p < e && n < max)
	{
		uint32_t	best = 0;
		int			bk = -1;

		if (word_byte(t, p, e) && (p == s || !word_byte(t, p - 1, e)) &&
			(p == s || t[p - 1] != '-'))
		{
			const cue_table *ct = cue_table_get();
			unsigned	h = act_text_hash(t, p, e);
			uint32_t	tk = ct->ix.start[h] < ct->ix.start[h + 1] ? act_text_key(t, p, e) : 0;
			int			i;

			/* the cues that may start with these bytes, in the table's order */
			for (i = ct->ix.start[h]; i < ct->ix.start[h + 1]; i++)
			{
				uint32_t	l;

				k = ct->ix.order[i];
				if ((tk & ct->mask[k]) != ct->key[k])
					continue;
				l = match_len(t, p, e, cues[k].pat, cues[k].flags & CF_CASE);
				if (l > best)
				{
					best = l;
					bk = k;
				}
			}
		}
		if (bk < 0)
		{
			/* no cue starts in the rest of a word (nor a bracket) */
			if (word_byte(t, p, e))
			{
				while (word_byte(t, p, e))
					p++;
				continue;
			}
			if (t[p] == '(')
				depth++;
			else if (t[p] == ')' && depth > 0)
				depth--;
			p++;
			continue;
		}
		if (cues[bk].kind != AK_NONE &&
			!cue_in_name_or_stage(t, s, e, p, p + best, cues[bk].kind) &&
			!((cues[bk].flags & CF_VERBISH) && p >= s + 3 &&
			  act_word_at(t, act_prev_word(t, s, p), p, "to")))
		{
			out[n].start = p;
			out[n].end = p + best;
			out[n].kind = cues[bk].kind;
			out[n].frame = is_frame(t, s, p);
			if (out[n].frame == 0)
				out[n].frame = clause_is_frame(t, s, p);
			out[n].partner = (cues[bk].flags & CF_PARTNER) != 0;
			out[n].aside = depth > 0;
			n++;
		}
		for (k = 0; k < (int) best; k++)
			depth += t[p + k] == '(' ? 1 : (t[p + k] == ')' && depth > 0 ? -1 : 0);
		p += best;
	}
	/* cues in brackets are asides when the sentence names a kind outside */
	for (k = 0; k < n; k++)
		if (!out[k].aside && !out[k].frame)
			break;
	if (k < n)
	{
		int			m = 0;

		for (k = 0; k < n; k++)
			if (!out[k].aside)
				out[m++] = out[k];
		n = m;
	}
	prune_cues(t, s, e, out, n);
	return n;
}
