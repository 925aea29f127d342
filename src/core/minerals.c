/*
 * minerals.c -- the compiled-in mineral catalog: iteration, lookup by stable
 * id, and lookup of a name, synonym, product name or element symbol.
 */
#include "nm_minerals.h"

#include <string.h>

int
nm_mineral_count(void)
{
	return nm_min_catalog_count;
}

const nm_mineral_info *
nm_mineral_by_index(int index)
{
	if (index < 0 || index >= nm_min_catalog_count)
		return NULL;
	return &nm_min_catalog[index];
}

const nm_mineral_info *
nm_mineral_by_id(int id)
{
	int			lo = 0,
				hi = nm_min_catalog_count - 1;

	/* the generator emits the catalog sorted by id */
	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (nm_min_catalog[mid].id == id)
			return &nm_min_catalog[mid];
		if (nm_min_catalog[mid].id < id)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

static int
key_search(const nm_min_key *keys, int n, const char *k)
{
	int			lo = 0,
				hi = n - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strcmp(keys[mid].key, k);

		if (c == 0)
			return keys[mid].index;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return -1;
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

const nm_mineral_info *
nm_mineral_lookup(const char *name, size_t len)
{
	char		buf[128];
	size_t		o = 0;
	int			idx;

	while (len > 0 && is_space(name[0]))
	{
		name++;
		len--;
	}
	while (len > 0 && is_space(name[len - 1]))
		len--;
	if (len == 0 || len >= sizeof(buf))
		return NULL;

	/* Symbols are case-exact: "Co" is cobalt, "CO" and "co" are not. */
	memcpy(buf, name, len);
	buf[len] = '\0';
	if (memchr(buf, '\0', len) != NULL)
		return NULL;
	idx = key_search(nm_min_symbols, nm_min_symbol_count, buf);
	if (idx >= 0)
		return &nm_min_catalog[idx];

	/* Names fold ASCII case and whitespace runs, as the matcher does. */
	for (size_t i = 0; i < len; i++)
	{
		char		c = name[i];

		if (is_space(c))
		{
			if (o > 0 && buf[o - 1] != ' ')
				buf[o++] = ' ';
			continue;
		}
		buf[o++] = (c >= 'A' && c <= 'Z') ? (char) (c + 32) : c;
	}
	buf[o] = '\0';
	idx = key_search(nm_min_keys, nm_min_key_count, buf);
	return idx >= 0 ? &nm_min_catalog[idx] : NULL;
}
