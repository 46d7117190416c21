/*
 * arena.c -- the per-document bump allocator.
 *
 * A document's layers (text, spans, metadata) are all allocated from one
 * arena and released together. Chunks form a singly linked list; a request
 * larger than the chunk size gets a chunk of its own. kb_arena_reset keeps
 * the first chunk so a reader loop reuses memory without touching malloc.
 */
#include "khabar.h"
#include <stdlib.h>
#include <string.h>

#define KB_ARENA_DEFAULT (64 * 1024)
#define KB_ALIGN 16

typedef struct chunk {
    struct chunk *next;
    size_t size, used;
    _Alignas(KB_ALIGN) unsigned char mem[];
} chunk;

struct kb_arena {
    chunk *head;        /* current chunk (most recent) */
    chunk *first;       /* the oldest chunk, kept on reset */
    size_t chunk_size;
    size_t total_used;
};

static chunk *chunk_new(size_t size)
{
    chunk *c = malloc(sizeof(chunk) + size);
    if (!c) return NULL;
    c->next = NULL;
    c->size = size;
    c->used = 0;
    return c;
}

kb_arena *kb_arena_new(size_t chunk_size)
{
    kb_arena *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    a->chunk_size = chunk_size ? chunk_size : KB_ARENA_DEFAULT;
    return a;
}

void *kb_arena_alloc(kb_arena *a, size_t n)
{
    n = (n + KB_ALIGN - 1) & ~(size_t)(KB_ALIGN - 1);
    if (n == 0) n = KB_ALIGN;
    chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > a->chunk_size ? n : a->chunk_size;
        chunk *nc = chunk_new(size);
        if (!nc) return NULL;
        if (!a->first) {
            a->first = nc;
        } else {
            /* keep the list ordered newest-first after the first chunk */
            nc->next = a->first->next;
            a->first->next = nc;
        }
        a->head = nc;
        c = nc;
    }
    void *p = c->mem + c->used;
    c->used += n;
    a->total_used += n;
    return p;
}

void *kb_arena_calloc(kb_arena *a, size_t n)
{
    void *p = kb_arena_alloc(a, n);
    if (p) memset(p, 0, n);
    return p;
}

char *kb_arena_strndup(kb_arena *a, const char *s, size_t n)
{
    char *p = kb_arena_alloc(a, n + 1);
    if (!p) return NULL;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *kb_arena_strdup(kb_arena *a, const char *s)
{
    return s ? kb_arena_strndup(a, s, strlen(s)) : NULL;
}

void kb_arena_reset(kb_arena *a)
{
    if (!a->first) return;
    chunk *c = a->first->next;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    a->first->next = NULL;
    a->first->used = 0;
    a->head = a->first;
    a->total_used = 0;
}

void kb_arena_free(kb_arena *a)
{
    if (!a) return;
    chunk *c = a->first;
    while (c) {
        chunk *next = c->next;
        free(c);
        c = next;
    }
    free(a);
}

size_t kb_arena_used(const kb_arena *a) { return a->total_used; }
