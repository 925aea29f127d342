/*
 * fuzz_json.c -- libFuzzer harness for the JSON-LD parser (nm_json_parse):
 * depth stays within ctx->max_depth, strings are UTF-8, lookups are safe.
 */
#include "fuzz_common.h"
#include "nm_html.h"

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Iterative walk (the tree may be deep): depth and strings. */
static void
check_tree(const nm_json *root, int max_depth)
{
	const nm_json *stack[1024];
	int			depth[1024];
	int			top = 0;

	stack[top] = root;
	depth[top++] = 1;
	while (top > 0)
	{
		const nm_json *v = stack[--top];
		int			d = depth[top];

		FUZZ_ASSERT(d <= max_depth + 1, "JSON nesting above ctx->max_depth");
		if (v->key)
			FUZZ_ASSERT(nm_utf8_valid(v->key, strlen(v->key)), "JSON key not UTF-8");
		if (v->str)
			FUZZ_ASSERT(nm_utf8_valid(v->str, strlen(v->str)), "JSON string not UTF-8");
		if (v->type == NM_JSON_OBJ)
			(void) nm_json_get(v, "@type");
		for (const nm_json *c = v->child; c; c = c->next)
		{
			FUZZ_ASSERT(v->type == NM_JSON_ARR || v->type == NM_JSON_OBJ, "children of a scalar");
			FUZZ_ASSERT(top < 1024, "walk stack");
			stack[top] = c;
			depth[top++] = d + 1;
		}
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
