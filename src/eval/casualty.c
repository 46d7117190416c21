/*
 * casualty.c -- `khabar eval casualty`: score document-level tolls against a
 * casualty gold file (../shared/eval/casualty/README.md).
 *
 * Two shapes of gold line are read:
 *   - GVA style {"id","text","gold":{"killed","injured"},"hint":{...}}: the
 *     figure (kba_count_figure of the document summary, 0 when nothing is
 *     stated) must equal the gold number; exact killed, exact injured, both,
 *     and absolute errors (MAE), on all documents and on the clean subset
 *     (no hint is false);
 *   - hand-written style {"id","text","killed":{"value","min","max","approx"},
 *     "injured":{...}}: a case is right when value, min, max and approx of
 *     both killed and injured equal the gold (null = -1).
 * Each text (after its "title", when the line has one, as the first
 * paragraph -- as kb_doc gives a title with its text) is normalised and split
 * with the text layer (kbt_normalize, kbt_sentences), then kba_tolls +
 * kba_toll_summary. Predictions go out as
 * {"id","killed","injured"} lines.
 */
#include "annotate/toll.h"
#include "kb_internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static int32_t jint(json_t *o, const char *k)
{
    json_t *v = json_object_get(o, k);
    return json_is_integer(v) ? (int32_t)json_integer_value(v) : -1;
}

static int same(json_t *gold, const kba_count *c)
{
    if (!json_is_object(gold)) return 0;
    int approx = json_is_true(json_object_get(gold, "approx"));
    return jint(gold, "value") == c->value && jint(gold, "min") == c->min &&
           jint(gold, "max") == c->max && approx == (c->approx != 0);
}

static void put_count(kbu_buf *b, const char *name, const kba_count *c)
{
    kbu_buf_printf(b, ",\"%s\":{\"value\":", name);
    if (c->value >= 0) kbu_buf_printf(b, "%d", c->value); else kbu_buf_printf(b, "null");
    kbu_buf_printf(b, ",\"min\":");
    if (c->min >= 0) kbu_buf_printf(b, "%d", c->min); else kbu_buf_printf(b, "null");
    kbu_buf_printf(b, ",\"max\":");
    if (c->max >= 0) kbu_buf_printf(b, "%d", c->max); else kbu_buf_printf(b, "null");
    kbu_buf_printf(b, ",\"approx\":%s}", c->approx ? "true" : "false");
}

int kbv_casualty_eval(const char *path, int flags, FILE *pred, FILE *wrong, kbv_casualty_score *s,
                      kb_err *err)
{
    memset(s, 0, sizeof *s);
    int rc = kba_toll_init(err);
    if (rc != KB_OK) return rc;
    FILE *f = fopen(path, "rb");
    if (!f) return kb_err_set(err, KB_EIO, "%s: cannot open", path);
    kb_arena *a = kb_arena_new(0);
    if (!a) {
        fclose(f);
        return kb_err_set(err, KB_ENOMEM, "out of memory");
    }
    char *line = NULL;
    size_t lcap = 0;
    ssize_t ll;
    size_t lineno = 0;
    kbu_buf out = {0};
    rc = KB_OK;
    while ((ll = getline(&line, &lcap, f)) > 0) {
        lineno++;
        if (ll <= 1) continue;
        json_error_t je;
        json_t *o = json_loadb(line, (size_t)ll, 0, &je);
        if (!o) {
            rc = kb_err_set(err, KB_EFORMAT, "%s: line %zu: %s", path, lineno, je.text);
            break;
        }
        const char *id = json_string_value(json_object_get(o, "id"));
        const char *text = json_string_value(json_object_get(o, "text"));
        if (!id || !text) {
            json_decref(o);
            rc = kb_err_set(err, KB_EFORMAT, "%s: line %zu: no id or text", path, lineno);
            break;
        }
        kb_arena_reset(a);
        char *norm;
        size_t nlen, nrep;
        kb_span *sents;
        size_t nsent;
        kba_toll *tl;
        size_t ntl;
        /* the title, when the file has one, is the document's first paragraph */
        const char *title = json_string_value(json_object_get(o, "title"));
        const char *in = text;
        size_t inlen = strlen(text);
        if (title && *title && !(flags & KBV_CASUALTY_NO_TITLE)) {
            size_t tl0 = strlen(title);
            char *both = kb_arena_alloc(a, tl0 + 2 + inlen + 1);
            if (!both) {
                json_decref(o);
                rc = kb_err_set(err, KB_ENOMEM, "out of memory");
                break;
            }
            memcpy(both, title, tl0);
            memcpy(both + tl0, "\n\n", 2);
            memcpy(both + tl0 + 2, text, inlen + 1);
            in = both;
            inlen += tl0 + 2;
        }
        rc = kbt_normalize(a, in, inlen, false, &norm, &nlen, &nrep);
        if (rc == KB_OK) rc = kbt_sentences(a, norm, nlen, &sents, &nsent);
        if (rc == KB_OK) rc = kba_tolls(norm, nlen, sents, nsent, a, &tl, &ntl);
        if (rc != KB_OK) {
            json_decref(o);
            kb_err_set(err, rc, "%s: line %zu: toll annotation failed", path, lineno);
            break;
        }
        kba_toll_sum sum;
        kba_toll_summary(tl, ntl, &sum);
        int pk = sum.killed_aggregate ? 0 : kba_count_figure(&sum.killed);
        int pi = sum.injured_aggregate ? 0 : kba_count_figure(&sum.injured);
        json_t *gold = json_object_get(o, "gold");
        int ok = 1;
        if (json_is_object(gold)) {
            int gk = jint(gold, "killed"), gi = jint(gold, "injured");
            json_t *hint = json_object_get(o, "hint");
            int clean = !(json_is_false(json_object_get(hint, "killed_number_in_text")) ||
                          json_is_false(json_object_get(hint, "injured_number_in_text")));
            int okk = pk == gk, oki = pi == gi;
            ok = okk && oki;
            s->docs++;
            s->killed_ok += (size_t)okk;
            s->injured_ok += (size_t)oki;
            s->both_ok += (size_t)ok;
            s->killed_abs += abs(pk - gk);
            s->injured_abs += abs(pi - gi);
            if (clean) {
                s->clean_docs++;
                s->clean_killed_ok += (size_t)okk;
                s->clean_injured_ok += (size_t)oki;
                s->clean_both_ok += (size_t)ok;
                s->clean_killed_abs += abs(pk - gk);
                s->clean_injured_abs += abs(pi - gi);
            }
            if (wrong && !ok)
                fprintf(wrong, "%s%s\tkilled %d (gold %d)\tinjured %d (gold %d)\n", id,
                        clean ? "" : " [not clean]", pk, gk, pi, gi);
        } else {
            s->handwritten = 1;
            s->hw_cases++;
            ok = same(json_object_get(o, "killed"), &sum.killed) &&
                 same(json_object_get(o, "injured"), &sum.injured);
            s->hw_ok += (size_t)ok;
            if (wrong && !ok) {
                kbu_buf_clear(&out);
                kbu_buf_printf(&out, "%s\tgot", id);
                put_count(&out, "killed", &sum.killed);
                put_count(&out, "injured", &sum.injured);
                fprintf(wrong, "%s\n", out.data);
            }
        }
        if (pred) {
            kbu_buf_clear(&out);
            kbu_buf_printf(&out, "{\"id\":");
            kbu_json_cstr(&out, id);
            kbu_buf_printf(&out, ",\"killed\":%d,\"injured\":%d}\n", pk, pi);
            fputs(out.data, pred);
        }
        if (wrong && !ok && getenv("KB_TOLL_DEBUG")) {
            for (size_t k = 0; k < ntl; k++)
                fprintf(wrong, "   [%u] kind %d flags %#x n=%d/%d/%d%s  \"%.*s\"\n",
                        tl[k].sentence, tl[k].kind, tl[k].flags, tl[k].n.value, tl[k].n.min,
                        tl[k].n.max, tl[k].n.approx ? "~" : "", (int)(tl[k].end - tl[k].start),
                        norm + tl[k].start);
        }
        json_decref(o);
    }
    free(line);
    kbu_buf_free(&out);
    kb_arena_free(a);
    fclose(f);
    return rc;
}
