/*
 * fuzz_json.c -- libFuzzer harness for the JSON-LD parser (nm_json_parse):
 * depth stays within ctx->max_depth, strings are UTF-8, lookups are safe.
 */
#include "fuzz_common.h"
#include "nm_html.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One value: depth within the limit, UTF-8 strings, safe lookups. */
static void
check_node(const nm_json *v, int d, int max_depth)
{
	FUZZ_ASSERT(d <= max_depth + 1, "JSON nesting above ctx->max_depth");
	if (v->key)
		FUZZ_ASSERT(nm_utf8_valid(v->key, strlen(v->key)), "JSON key not UTF-8");
	if (v->str)
		FUZZ_ASSERT(nm_utf8_valid(v->str, strlen(v->str)), "JSON string not UTF-8");
	if (v->type == NM_JSON_OBJ)
		(void) nm_json_get(v, "@type");
	if (v->child)
		FUZZ_ASSERT(v->type == NM_JSON_ARR || v->type == NM_JSON_OBJ, "children of a scalar");
}

/*
 * Iterative depth-first walk keeping one frame per level (the next child
 * to visit), so wide arrays cost nothing and depth is bounded by the
 * parser's limit, which check_node() asserts before a level is pushed.
 */
static void
check_tree(const nm_json *root, int max_depth)
{
	const nm_json *next[64];
	int			top = 0;

	check_node(root, 1, max_depth);
	next[top++] = root->child;
	while (top > 0)
	{
		const nm_json *c = next[top - 1];

		if (c == NULL)
		{
			top--;
			continue;
		}
		next[top - 1] = c->next;
		check_node(c, top + 1, max_depth);
		FUZZ_ASSERT(top < 64, "walk frames");
		next[top++] = c->child;
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	nm_ctx		ctx;
	nm_json    *root;
	char	   *text;
	size_t		len;

	if (size > FUZZ_MAX_INPUT)
		return 0;
	text = fuzz_utf8_copy(data, size, &len);
	if (!text)
		return 0;
	nm_ctx_init(&ctx, NULL);
	/* A small depth limit, so the fuzzer reaches it easily. */
	ctx.max_depth = 8 + (size > 0 ? data[size - 1] % 16 : 0);
	root = nm_json_parse(&ctx, text, len);
	if (root)
		check_tree(root, ctx.max_depth);
	nm_ctx_free(&ctx);
	free(text);
	return 0;
}
