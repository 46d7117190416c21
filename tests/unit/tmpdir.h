/*
 * tmpdir.h -- a fresh temporary directory per test group, removed afterwards,
 * for the unit tests that open a store (test_store.c, test_merge.c,
 * test_merge_events.c). Include once per test file; define TMPDIR_TAG first
 * (the directory is /tmp/kb-test-TAG-XXXXXX) and use dbpath, a store path in it.
 */
#ifndef KB_TEST_TMPDIR_H
#define KB_TEST_TMPDIR_H

#include <stdio.h>
#include <stdlib.h>

static char tmpdir[256], dbpath[300];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/kb-test-" TMPDIR_TAG "-XXXXXX");
    if (!mkdtemp(tmpdir)) return -1;
    snprintf(dbpath, sizeof dbpath, "%s/t.db", tmpdir);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[400];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

#endif
