/*
 * test_activities.c
 *	  Unit tests of the activities layer (src/annotate/activities/activities.c,
 *	  act_kinds.c, act_verbs.c) on sentences written for these tests, one
 *	  class of phrasing per case: each case parses a small report of one
 *	  numbered paragraph and compares the kinds of its activity rows, in
 *	  order, with what a reader of the sentence expects ("none" for none).
 *
 * Prints one line per test and finally "N passed, N failed"; exits non-zero
 * on any failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tip_parser.h"
#include "tip_annotate.h"
#include "../tools/std_alloc.h"

static int	n_passed;
static int	n_failed;

/* Parse "Report\n\n1. <para>" and annotate everything. */
static tip_doc *
parse_paragraph(const char *p1)
{
	static const tip_allocator a = {std_alloc, std_release, NULL};
	char	   *buf;
	size_t		len = strlen(p1) + 64;
	tip_doc    *doc = NULL;

	buf = malloc(len);
	if (buf == NULL)
		return NULL;
	snprintf(buf, len, "Report\n\n1. %s\n", p1);
	if (tip_parse(buf, strlen(buf), &a, NULL, &doc) != TIP_OK ||
		tip_annotate(doc, TIP_ANN_ALL) != TIP_OK)
	{
		if (doc)
			tip_doc_free(doc);
		doc = NULL;
	}
	free(buf);
	return doc;
}

/* One case: the kinds of the activity rows, joined by " | ", or "none". */
static void
check(const char *name, const char *para, const char *expected)
{
	tip_doc    *doc = parse_paragraph(para);
	char		got[1024] = "";
	size_t		used = 0;
	int			k;

	if (doc == NULL)
	{
		printf("FAIL %s: parse failed\n", name);
		n_failed++;
		return;
	}
	for (k = 0; k < doc->ann->n_activities; k++)
	{
		const tip_activity *x = &doc->ann->activities[k];

		used += (size_t) snprintf(got + used, sizeof(got) - used, "%s%.*s",
								  k ? " | " : "", (int) x->kind.n, x->kind.p);
		if (used >= sizeof(got))
			break;
	}
	if (doc->ann->n_activities == 0)
		snprintf(got, sizeof(got), "none");
	if (strcmp(got, expected) == 0)
	{
		printf("ok   %s\n", name);
		n_passed++;
	}
	else
	{
		printf("FAIL %s\n    expected: %s\n    got:      %s\n", name, expected, got);
		n_failed++;
	}
	tip_doc_free(doc);
}

/* A cue noun modifying a stage of a process names the stage, not a kind. */
static void
test_stages(void)
{
	check("stage: assessment phase is no assessment",
		  "During the assessment phase of the joint programme, UNODC published a handbook on interviewing victims.",
		  "publication");
	check("stage: training stage is no training",
		  "At the training stage of the reform, UNODC organized a workshop for judges.",
		  "workshop");
	check("stage: consultation phases are no meeting",
		  "In the consultation phases of the regional compact, the Office drafted a policy brief.",
		  "publication");
}

/* A title-case Action Plan after a process name is a framework, not a national plan. */
static void
test_named_plans(void)
{
	check("named plan: a process's Action Plan gives no legislative assistance",
		  "In 2019, UNODC contributed to the implementation of the Joint Coastal Action Plan through a regional workshop.",
		  "workshop");
	check("named plan: a National Action Plan keeps its kind",
		  "UNODC supported the drafting of the National Action Plan against Trafficking of Mongolia.",
		  "legislative assistance");
	check("named plan: a lower-case national action plan keeps its kind",
		  "The Office helped the Government of Chad revise its national action plan.",
		  "legislative assistance");
}

/* The object noun decides the kind of "support for the drafting of ...". */
static void
test_drafting_objects(void)
{
	check("drafting support for reports is a publication",
		  "The Office provided drafting support for two reports of the Secretary-General.",
		  "publication");
	check("drafting support for a law is legislative assistance",
		  "The Office provided drafting support for a draft law on victim protection.",
		  "legislative assistance");
}

/* A report describing itself reports nothing done. */
static void
test_report_itself(void)
{
	check("the present report describes itself",
		  "The present report was prepared to inform the Commission of the work of the Office in 2021.",
		  "none");
	check("'It' with a verb of contents after the report",
		  "The present report covers the year 2021. It provides information on the training delivered by UNODC to Member States.",
		  "none");
}

/* A state or role of the Office is not a thing done; a progressive is. */
static void
test_states(void)
{
	check("state: is an observer of",
		  "UNODC is an observer of the regional dialogue on migration and promotes its objectives.",
		  "none");
	check("state: remains committed to",
		  "UNODC remains committed to supporting victims through its programmes.",
		  "none");
	check("state: continued to act as",
		  "The Office continued to act as secretariat of the coordination group.",
		  "none");
	check("state: has been a partner of",
		  "Since 2019, UNODC has been a partner of the regional task force on migrant protection.",
		  "none");
	check("progressive: is currently preparing",
		  "UNODC is currently preparing a study on forced marriage.",
		  "publication");
	check("passive after the actor: was published",
		  "A guide for labour inspectors was published by UNODC in March 2021.",
		  "publication");
}

/*
 * An agentless passive reports the Office's work when its subject (or its
 * verb) names a kind of activity; one whose subject is something else
 * reports what others did or underwent.
 */
static void
test_passives(void)
{
	check("agentless passive: the subject names a workshop",
		  "In May 2020, a national workshop on child victims was organized in Tbilisi.",
		  "workshop");
	check("agentless passive: the verb names training",
		  "More than 60 consular officers were trained in Lima and Quito.",
		  "training");
	check("agentless passive: cases of others",
		  "Since 2019, 27 cases of forced labour have been initiated before the courts.",
		  "none");
	check("agentless passive: States reviewed under the Mechanism",
		  "Nineteen States parties were reviewed in the second year of the cycle.",
		  "none");
	check("agentless passive: letters sent by a mandate holder",
		  "In 2021, 31 letters of allegation were sent to Governments and businesses.",
		  "none");
	check("another office: the Office of the ...",
		  "The Office of the Special Representative on Violence against Children hosted a meeting in New York.",
		  "none");
	check("the Office for doing something is the Office",
		  "The Office for its part conducted a study on online recruitment in 2021.",
		  "publication");
}

/* Decisions and mandates of bodies are not the Office's work. */
static void
test_decisions(void)
{
	check("a body's decision naming a product of the Office",
		  "In resolution 73/146, the Assembly welcomed the study on online recruitment prepared by UNODC.",
		  "none");
	check("a body with an aside as subject",
		  "The Commission, at its twenty-eighth session, encouraged the Office to provide assistance to Member States.",
		  "none");
	check("called upon the Office",
		  "The Conference called upon UNODC to organize regional workshops on victim protection.",
		  "none");
	check("a mandate: the Office was requested to",
		  "UNODC has been requested to deliver training to judges in the region.",
		  "none");
	check("the Office's work named after a body's meeting",
		  "At the request of the Commission, UNODC organized a workshop in Vienna in 2021.",
		  "workshop");
}

/* The simple present states how the Office works, unless it is dated. */
static void
test_habits(void)
{
	check("simple present: a way of working",
		  "UNODC implements a global programme against trafficking in persons in 40 countries.",
		  "none");
	check("simple present after adverbs",
		  "The Office also regularly engages with survivor-led organizations.",
		  "none");
	check("simple present with a dated example",
		  "UNODC supports Member States in drafting legislation, for example in Peru in March 2021.",
		  "legislative assistance");
	check("not yet done",
		  "UNODC has not yet received the replies needed to publish the study.",
		  "none");
	check("'to guide' is a verb, not a guide",
		  "A framework to guide the work of the network in 2022 was also developed.",
		  "none");
	check("a noun after UNODC is no verb",
		  "UNODC representatives participated in a regional conference in Lima.",
		  "conference");
}

int
main(void)
{
	test_stages();
	test_named_plans();
	test_drafting_objects();
	test_report_itself();
	test_states();
	test_passives();
	test_decisions();
	test_habits();
	printf("%d passed, %d failed\n", n_passed, n_failed);
	return n_failed ? 1 : 0;
}
