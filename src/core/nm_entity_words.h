/*
 * nm_entity_words.h -- word lists shared by the people and organisation
 * passes: words that never belong to a person's name, organisation endings.
 */
#ifndef NM_ENTITY_WORDS_H
#define NM_ENTITY_WORDS_H

#include "nm_entities.h"

/* Capitalised words that are not part of a person's name (sorted bytewise,
 * NULL-terminated, nm_n_not_name_words of them); nm_not_name_word tests a
 * token against them. */
extern const char *const nm_not_name_words[];
extern const int nm_n_not_name_words;
extern bool nm_not_name_word(const nm_tokens *t, int i);
/* Function words: determiners, pronouns, prepositions, conjunctions. */
extern const char *const nm_function_words[];
/* Last words of company names: "Corp", "Ltd", "plc" ... */
extern const char *const nm_corporate_forms[];
/* Last words that make a capitalised run an organisation when something
 * name-like precedes them: "Mining", "Resources", "Ministry" ... */
extern const char *const nm_org_endings[];
/* Capitalised words too generic to name an organisation on their own. */
extern const char *const nm_generic_org_words[];
/* Speech verbs: "said", "told" ... */
extern const char *const nm_speech_verbs[];

/* Sentence written in title case (a headline): weak patterns stay off. */
extern bool nm_title_case_sentence(const nm_tokens *t, int sent);

/* Token i could be a word of a person's name (not claimed by a non-person
 * entity, capitalised, not a title or a function word). */
extern bool nm_name_word(const nm_tokens *t, const nm_spans *s, int i);

/* Tokens of a person's name starting at i (0: none); *words gets the number
 * of name words (initials and particles not counted). */
extern int	nm_name_run(const nm_tokens *t, const nm_spans *s, int i, int *words);

#endif							/* NM_ENTITY_WORDS_H */
