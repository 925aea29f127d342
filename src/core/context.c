/*
 * context.c -- nm_ctx: the arena allocator, the abort hook and the registry
 * of live libxml2 objects that lets a caller unwind safely on error.
 */
#include "newsminer.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

struct nm_arena_block
{
	nm_arena_block *next;
	size_t		size;
	/* payload follows, max_align_t aligned */
};

#define NM_BLOCK_HEADER		((sizeof(nm_arena_block) + 15) & ~(size_t) 15)
#define NM_MIN_BLOCK		(64 * 1024)
#define NM_ABORT_EVERY		1024

static void *
default_alloc(size_t size, void *user)
{
	(void) user;
	return malloc(size);
}

static void
default_free(void *ptr, void *user)
{
	(void) user;
	free(ptr);
}

void
nm_ctx_init(nm_ctx *ctx, const nm_hooks *hooks)
{
	memset(ctx, 0, sizeof(*ctx));
	if (hooks)
		ctx->hooks = *hooks;
	if (!ctx->hooks.alloc)
		ctx->hooks.alloc = default_alloc;
	if (!ctx->hooks.free)
		ctx->hooks.free = default_free;
	ctx->max_input_size = NM_DEFAULT_MAX_INPUT_SIZE;
	ctx->max_depth = NM_DEFAULT_MAX_DEPTH;
}

void
nm_ctx_release_xml(nm_ctx *ctx)
{
	if (ctx->xml_doc)
	{
		xmlFreeDoc((xmlDocPtr) ctx->xml_doc);
		ctx->xml_doc = NULL;
	}
	if (ctx->xml_parser)
	{
		htmlFreeParserCtxt((htmlParserCtxtPtr) ctx->xml_parser);
		ctx->xml_parser = NULL;
	}
}

void
nm_ctx_reset(nm_ctx *ctx)
{
	nm_arena_block *b = ctx->blocks;

	nm_ctx_release_xml(ctx);
	while (b)
	{
		nm_arena_block *next = b->next;

		ctx->hooks.free(b, ctx->hooks.user);
		b = next;
	}
	ctx->blocks = NULL;
	ctx->cur = NULL;
	ctx->left = 0;
	ctx->errmsg[0] = '\0';
}

void
nm_ctx_free(nm_ctx *ctx)
{
	nm_ctx_reset(ctx);
}

void *
nm_alloc(nm_ctx *ctx, size_t size)
{
	void	   *p;

	size = (size + 15) & ~(size_t) 15;
	if (size == 0)
		size = 16;
	if (size > ctx->left)
	{
		size_t		bsize = size > NM_MIN_BLOCK / 2 ? size : NM_MIN_BLOCK;
		nm_arena_block *b;

		/* Big requests get a block of their own so the current one stays. */
		b = ctx->hooks.alloc(NM_BLOCK_HEADER + bsize, ctx->hooks.user);
		if (!b)
			return NULL;
		b->size = bsize;
		b->next = ctx->blocks;
		ctx->blocks = b;
		if (bsize == size && ctx->left > 0)
		{
			p = (char *) b + NM_BLOCK_HEADER;
			memset(p, 0, size);
			return p;
		}
		ctx->cur = (char *) b + NM_BLOCK_HEADER;
		ctx->left = bsize;
	}
	p = ctx->cur;
	ctx->cur += size;
	ctx->left -= size;
	memset(p, 0, size);
	return p;
}

char *
nm_strndup(nm_ctx *ctx, const char *s, size_t len)
{
	char	   *p = nm_alloc(ctx, len + 1);

	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *
nm_strdup(nm_ctx *ctx, const char *s)
{
	return nm_strndup(ctx, s, strlen(s));
}

bool
nm_should_abort(nm_ctx *ctx)
{
	if (!ctx->hooks.should_abort)
		return false;
	if (++ctx->abort_tick % NM_ABORT_EVERY != 0)
		return false;
	return ctx->hooks.should_abort(ctx->hooks.user);
}
