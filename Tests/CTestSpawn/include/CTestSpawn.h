#ifndef CTESTSPAWN_H
#define CTESTSPAWN_H

#include <spawn.h>

/// pipe2(fds, O_CLOEXEC): both ends close-on-exec from the moment they exist.
/// Swift's Glibc module hides pipe2 (it is a GNU extension).
int coach_test_pipe_cloexec(int fds[2]);

/// posix_spawn_file_actions_addclosefrom_np: the child closes every
/// descriptor from `low` up, so it inherits nothing but what was dup2'd.
int coach_test_spawn_closefrom(posix_spawn_file_actions_t *actions, int low);

/// posix_spawn_file_actions_addchdir_np: the child starts in `path`.
int coach_test_spawn_chdir(posix_spawn_file_actions_t *actions, const char *path);

#endif
