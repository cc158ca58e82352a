#define _GNU_SOURCE
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>

#include "CTestSpawn.h"

int coach_test_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }

int coach_test_spawn_closefrom(posix_spawn_file_actions_t *actions, int low) {
  return posix_spawn_file_actions_addclosefrom_np(actions, low);
}

int coach_test_spawn_chdir(posix_spawn_file_actions_t *actions, const char *path) {
  return posix_spawn_file_actions_addchdir_np(actions, path);
}
