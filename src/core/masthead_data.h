/*
 * masthead_data.h
 *	  The words of UN mastheads, as data: organs and the organ above each,
 *	  kinds of document, distribution and language words, session words,
 *	  agenda phrases and the text around a masthead that states no field.
 *	  Included by meta.c only.  Add a row here, not a rule there.
 */
#ifndef TIP_MASTHEAD_DATA_H
#define TIP_MASTHEAD_DATA_H

/* Organs and subsidiary bodies that head mastheads, each with the organ above it. */
typedef struct organ_def
{
	const char *name;
	const char *parent;			/* NULL: none above it */
	int			principal;		/* a principal organ of the United Nations */
} organ_def;

static const organ_def organ_table[] = {
	{"General Assembly", NULL, 1},
	{"Security Council", NULL, 1},
	{"Economic and Social Council", NULL, 1},
	{"Human Rights Council", "General Assembly", 0},
	{"Conference of the Parties to the United Nations Convention against Transnational Organized Crime", NULL, 0},
	{"Conference of the States Parties to the United Nations Convention against Corruption", NULL, 0},
	{"Commission on Crime Prevention and Criminal Justice", "Economic and Social Council", 0},
	{"Commission on Narcotic Drugs", "Economic and Social Council", 0},
	{"Commission on the Status of Women", "Economic and Social Council", 0},
	{"Commission on Human Rights", "Economic and Social Council", 0},
	{"Commission for Social Development", "Economic and Social Council", 0},
	{"Commission on Population and Development", "Economic and Social Council", 0},
	{"Sub-Commission on the Promotion and Protection of Human Rights", "Commission on Human Rights", 0},
	{"Sub-Commission on Prevention of Discrimination and Protection of Minorities", "Commission on Human Rights", 0},
	{"Working Group on Trafficking in Persons", "Conference of the Parties to the United Nations Convention against Transnational Organized Crime", 0},
	{"Working Group on the Smuggling of Migrants", "Conference of the Parties to the United Nations Convention against Transnational Organized Crime", 0},
	{"Working Group on International Cooperation", "Conference of the Parties to the United Nations Convention against Transnational Organized Crime", 0},
	{"Working Group of Government Experts on Technical Assistance", "Conference of the Parties to the United Nations Convention against Transnational Organized Crime", 0},
	{"Working Group on Contemporary Forms of Slavery", "Sub-Commission on the Promotion and Protection of Human Rights", 0},
	{NULL, NULL, 0}
};

/*
 * Kinds of document.  An open kind ("Report of the Special Rapporteur")
 * names its author: the whole line, however long, is the kind.  A closed
 * kind followed by " on ..." is a title that starts with its kind.
 */
typedef struct doc_type_def
{
	const char *text;
	int			open;
} doc_type_def;

static const doc_type_def doc_type_table[] = {
	{"Report of the Secretary-General", 0},
	{"Note by the Secretary-General", 0},
	{"Report of the Secretariat", 0},
	{"Note by the Secretariat", 0},
	{"Report of the Executive Director", 0},
	{"Note by the Executive Director", 0},
	{"Background paper prepared by the Secretariat", 0},
	{"Conference room paper prepared by the Secretariat", 0},
	{"Report of the United Nations High Commissioner for Human Rights", 0},
	{"Report of the Special Rapporteur", 1},
	{"Report of the Special Representative", 1},
	{"Report of the Independent Expert", 1},
	{"Report of the Working Group on", 1},
	{NULL, 0}
};

/* Words after "Distr.". */
static const char *const distribution_words[] = {"General", "Limited", "Restricted", NULL};

/* Languages after "Original:". */
static const char *const language_words[] = {
	"English", "French", "Spanish", "Russian", "Arabic", "Chinese", NULL
};

/* "<Ordinal> <word>": the session line. */
static const char *const session_words[] = {"special session", "regular session", "session", NULL};

/* Agenda lines: a head, the item label, then (for "Item") a phrase. */
static const char *const agenda_heads[] = {"Agenda items", "Agenda item", "Items", "Item", NULL};
static const char *const agenda_phrases[] = {
	"of the annotated provisional agenda", "of the provisional agenda",
	"of the preliminary list", "of the agenda", NULL
};

/* A title that states its session: "Report on the <ordinal> session ...". */
static const char *const session_report_heads[] = {"Report on the ", "Report of the Commission on its ", NULL};
static const char *const meeting_words[] = {"meeting", NULL};

/*
 * Text of the page, the logo or the cover that states no field: a phrase
 * (rest = 0) or everything from it to the end of its line (rest = 1).
 */
typedef struct noise_def
{
	const char *text;
	int			rest;
} noise_def;

static const noise_def noise_table[] = {
	{"United Nations", 0},
	{"Nations Unies", 0},
	{"advertisement", 0},
	{"Addendum", 0},
	{"Corrigendum", 0},
	{"Paragraphs", 0},
	{"Chapter", 0},
	{"Page", 0},
	{"/...", 0},
	{"Official Records", 1},
	{"Supplement No.", 1},
	{"Contents", 1},
	{"Please recycle", 1},
	{NULL, 0}
};

#endif							/* TIP_MASTHEAD_DATA_H */
