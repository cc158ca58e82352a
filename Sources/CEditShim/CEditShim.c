#include "CEditShim.h"

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <wchar.h>

// MARK: - Editor

EditLine *cedit_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}

int cedit_set_prompt(EditLine *el, cedit_prompt_fn prompt) {
  return el_set(el, EL_PROMPT_ESC, prompt, '\1');
}

int cedit_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }

int cedit_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}

int cedit_set_history(EditLine *el, History *hist) {
  return el_set(el, EL_HIST, history, hist);
}

int cedit_edit_mode(EditLine *el) {
  int mode = 0;
  if (el_get(el, EL_EDITMODE, &mode) != 0) return 0;
  return mode;
}

int cedit_set_client_data(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}

void *cedit_client_data(EditLine *el) {
  void *data = NULL;
  if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
  return data;
}

int cedit_add_function(EditLine *el, const char *name, const char *help,
                       cedit_command_fn function) {
  return el_set(el, EL_ADDFN, name, help, function);
}

int cedit_bind(EditLine *el, const char *key, const char *command) {
  return el_set(el, EL_BIND, key, command, NULL);
}

// MARK: - Bracketed paste

enum { PASTE_LIMIT = 65536 };

typedef struct {
  wchar_t *text;
  size_t length;
  size_t capacity;
  bool pendingSpace;
  /// The last character was '\r', so a '\n' after it is the same break.
  bool afterReturn;
  /// Past PASTE_LIMIT: the paste is refused whole, never cut.
  bool overflowed;
} PasteBuffer;

/// Whether a paste keeps its line breaks (a `long` answer) or joins its
/// lines with spaces (every other answer is one line).
static bool pasteKeepsLines = false;
/// The lines of the last paste after its first, joined with '\n', in the
/// locale's multibyte encoding; NULL when the paste had one line.
static char *pastedRest = NULL;

void cedit_set_paste_keeps_lines(bool keep) { pasteKeepsLines = keep; }

char *cedit_take_pasted_rest(void) {
  char *rest = pastedRest;
  pastedRest = NULL;
  return rest;
}

static void paste_put(PasteBuffer *buffer, wchar_t wc) {
  size_t needed = buffer->length + 1;
  if (needed > PASTE_LIMIT) {
    buffer->overflowed = true;
    return;
  }
  if (needed + 1 > buffer->capacity) {
    size_t capacity = buffer->capacity * 2;
    while (capacity < needed + 1) capacity *= 2;
    wchar_t *grown = realloc(buffer->text, capacity * sizeof(wchar_t));
    if (grown == NULL) return;
    buffer->text = grown;
    buffer->capacity = capacity;
  }
  buffer->text[buffer->length++] = wc;
}

// Without pasteKeepsLines, line breaks and tabs separate words: a run of
// them becomes one space, and none is kept at either end, so a pasted
// paragraph is one answer. With it, "\r\n" and "\r" become "\n" and the
// breaks are kept, except at either end (see cedit_paste).
static void paste_append(PasteBuffer *buffer, wchar_t wc) {
  bool afterReturn = buffer->afterReturn;
  buffer->afterReturn = wc == L'\r';
  if (pasteKeepsLines && (wc == L'\n' || wc == L'\r')) {
    if (wc == L'\n' && afterReturn) return;  // "\r\n": the '\r' stood for it
    // A kept break, marked '\r' in the buffer (no other control character
    // gets in); none before the first text.
    if (buffer->length > 0) paste_put(buffer, L'\r');
    buffer->pendingSpace = false;
    return;
  }
  if (wc == L'\n' || wc == L'\r' || wc == L'\t') {
    buffer->pendingSpace = buffer->length > 0;
    return;
  }
  if (wc < 0x20 || wc == 0x7f) return;
  if (buffer->pendingSpace) {
    if (buffer->length + 2 > PASTE_LIMIT) {
      buffer->overflowed = true;
      return;
    }
    paste_put(buffer, L' ');
  }
  buffer->pendingSpace = false;
  paste_put(buffer, wc);
}

/// The pasted lines after the first: each '\r' (a kept break) ends a line.
/// Stores them in pastedRest, prints each on its own "  … " line, and cuts
/// the buffer at its first break. Returns whether there was a break.
static bool paste_split_lines(PasteBuffer *buffer) {
  // No break at the end: trailing blank lines are not part of the answer.
  while (buffer->length > 0 && buffer->text[buffer->length - 1] == L'\r') buffer->length--;
  buffer->text[buffer->length] = L'\0';
  wchar_t *first = wcschr(buffer->text, L'\r');
  if (first == NULL) return false;
  *first = L'\0';
  wchar_t *rest = first + 1;
  for (wchar_t *p = rest; *p != L'\0'; p++) {
    if (*p == L'\r') *p = L'\n';
  }
  size_t bytes = wcstombs(NULL, rest, 0);
  if (bytes == (size_t)-1) return false;
  free(pastedRest);
  pastedRest = malloc(bytes + 1);
  if (pastedRest == NULL) return false;
  wcstombs(pastedRest, rest, bytes + 1);
  buffer->length = (size_t)(first - buffer->text);
  return true;
}

static unsigned char cedit_paste(EditLine *el, int ch) {
  (void)ch;
  static const wchar_t end[] = L"\033[201~";
  const size_t endLength = wcslen(end);
  PasteBuffer buffer = {malloc(256 * sizeof(wchar_t)), 0, 256, false, false, false};
  if (buffer.text == NULL) return CC_ERROR;
  free(cedit_take_pasted_rest());
  size_t matched = 0;
  for (;;) {
    wchar_t wc;
    // A signal or end of input ends the paste early; keep what arrived.
    if (el_wgetc(el, &wc) != 1) break;
    if (wc == end[matched]) {
      if (++matched == endLength) break;
      continue;
    }
    for (size_t i = 0; i < matched; i++) paste_append(&buffer, end[i]);
    matched = 0;
    if (wc == end[0]) {
      matched = 1;
      continue;
    }
    paste_append(&buffer, wc);
  }
  buffer.text[buffer.length] = L'\0';
  if (buffer.overflowed) {
    free(buffer.text);
    cedit_put_stdout("\r\n(paste refused: over 65536 characters, more than one answer "
                     "holds; nothing of it was taken)\r\n");
    return CC_REDISPLAY;
  }
  // Several lines kept: the first joins the line being edited, which then
  // ends as if Enter were pressed; the reader takes the others from
  // cedit_take_pasted_rest and shows them.
  bool severalLines = pasteKeepsLines && paste_split_lines(&buffer);
  int inserted = buffer.length == 0 ? 0 : el_winsertstr(el, buffer.text);
  free(buffer.text);
  if (severalLines) el_push(el, "\n");
  return inserted == 0 ? CC_REFRESH : CC_ERROR;
}

int cedit_enable_bracketed_paste(EditLine *el) {
  if (el_set(el, EL_ADDFN, "coach-paste", "Insert bracketed paste as one line",
             cedit_paste) != 0)
    return -1;
  return el_set(el, EL_BIND, "\\e[200~", "coach-paste", NULL);
}

// MARK: - History

int cedit_history_set_size(History *hist, int size) {
  HistEvent event;
  return history(hist, &event, H_SETSIZE, size);
}

int cedit_history_set_unique(History *hist, int unique) {
  HistEvent event;
  return history(hist, &event, H_SETUNIQUE, unique);
}

int cedit_history_load(History *hist, const char *path) {
  HistEvent event;
  return history(hist, &event, H_LOAD, path);
}

int cedit_history_save_fd(History *hist, int fd) {
  FILE *file = fdopen(fd, "w");
  if (file == NULL) {
    close(fd);
    return -1;
  }
  HistEvent event;
  int count = history(hist, &event, H_SAVE_FP, file);
  if (fflush(file) != 0 || fsync(fd) != 0) count = -1;
  if (fclose(file) != 0) count = -1;
  return count;
}

int cedit_history_enter(History *hist, const char *line) {
  HistEvent event;
  return history(hist, &event, H_ENTER, line);
}

// MARK: - Signals

static volatile sig_atomic_t interruptedFlag = 0;
static volatile sig_atomic_t terminationFlag = 0;
static int wakePipe[2] = {-1, -1};
static atomic_flag shutdownClaimed = ATOMIC_FLAG_INIT;

static void on_signal(int signo) {
  int savedErrno = errno;
  if (signo == SIGINT) {
    interruptedFlag = 1;
  } else {
    terminationFlag = 1;
  }
  if (wakePipe[1] >= 0) {
    ssize_t written = write(wakePipe[1], "!", 1);
    (void)written;
  }
  errno = savedErrno;
}

static volatile sig_atomic_t resizedFlag = 0;

static void on_resize(int signo) {
  (void)signo;
  int savedErrno = errno;
  resizedFlag = 1;
  if (wakePipe[1] >= 0) {
    ssize_t written = write(wakePipe[1], "!", 1);
    (void)written;
  }
  errno = savedErrno;
}

static int make_wake_pipe(void) {
  if (wakePipe[0] >= 0) return 0;
  int fds[2];
  if (pipe(fds) != 0) return -1;
  for (int i = 0; i < 2; i++) {
    fcntl(fds[i], F_SETFD, FD_CLOEXEC);
    fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK);
  }
  wakePipe[0] = fds[0];
  wakePipe[1] = fds[1];
  return 0;
}

static bool handlersInstalled = false;

static struct sigaction trap_action(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  sigaddset(&action.sa_mask, SIGINT);
  sigaddset(&action.sa_mask, SIGTERM);
  sigaddset(&action.sa_mask, SIGHUP);
  action.sa_flags = 0;  // no SA_RESTART: reads must return EINTR
  return action;
}

void cedit_reclaim_termination_signals(void) {
  if (!handlersInstalled) return;
  struct sigaction action = trap_action();
  const int reclaimed[] = {SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof reclaimed / sizeof reclaimed[0]; i++) {
    struct sigaction current;
    if (sigaction(reclaimed[i], NULL, &current) == 0 && current.sa_handler != on_signal) {
      sigaction(reclaimed[i], &action, NULL);
    }
  }
}

int cedit_install_signal_handlers(void) {
  int result = make_wake_pipe();
  struct sigaction action = trap_action();
  const int handled[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++) {
    if (sigaction(handled[i], &action, NULL) != 0) result = -1;
  }
  struct sigaction ignore;
  memset(&ignore, 0, sizeof ignore);
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  if (sigaction(SIGPIPE, &ignore, NULL) != 0) result = -1;
  if (sigaction(SIGXFSZ, &ignore, NULL) != 0) result = -1;
  // A blocked mask survives execve: a parent (a test runner, a supervisor)
  // that blocks these would otherwise make Ctrl-C and SIGTERM do nothing.
  sigset_t unblock;
  sigemptyset(&unblock);
  for (size_t i = 0; i < sizeof handled / sizeof handled[0]; i++) {
    sigaddset(&unblock, handled[i]);
  }
  if (pthread_sigmask(SIG_UNBLOCK, &unblock, NULL) != 0) result = -1;
  handlersInstalled = true;
  return result;
}

bool cedit_interrupted(void) { return interruptedFlag != 0; }

void cedit_set_interrupted(bool value) { interruptedFlag = value ? 1 : 0; }

bool cedit_termination_requested(void) { return terminationFlag != 0; }

int cedit_wake_fd(void) { return wakePipe[0]; }

void cedit_drain_wake_fd(void) {
  if (wakePipe[0] < 0) return;
  char scratch[64];
  while (read(wakePipe[0], scratch, sizeof scratch) > 0) {
  }
}

bool cedit_claim_shutdown(void) {
  return !atomic_flag_test_and_set(&shutdownClaimed);
}

// MARK: - Reading keys

/// Where keys are read: stdin's terminal opened again without blocking, or
/// stdin itself when it cannot be.
///
/// Ctrl-C empties the terminal's input queue as it raises SIGINT. A key
/// that poll reported can be gone by the read, and a blocking read would
/// then wait for the next key with the Ctrl-C already handled: the line
/// would not be cancelled until another key came. A descriptor of its own
/// (O_NONBLOCK on stdin's would reach the shell that shares it) makes that
/// read return EAGAIN, and the wait sees the flag.
static int keyFd = -1;

static int open_key_fd(void) {
  char path[256];
  if (ttyname_r(STDIN_FILENO, path, sizeof path) != 0) return STDIN_FILENO;
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) return STDIN_FILENO;
  struct stat opened, standard;
  // The same terminal, or nothing: a name that now means another device
  // must not be read in its place.
  if (fstat(fd, &opened) != 0 || fstat(STDIN_FILENO, &standard) != 0 ||
      opened.st_rdev != standard.st_rdev) {
    close(fd);
    return STDIN_FILENO;
  }
  return fd;
}

/// Waits until stdin has a byte to read or a handled signal asks the line
/// to end. Returns 1 when stdin is ready, -1 for SIGINT, SIGTERM or SIGHUP.
///
/// Polling the wake pipe with stdin is what makes a Ctrl-C that arrived
/// while libedit was drawing (not blocked in read) count: its byte waits
/// in the pipe, where a blocking read would never have seen it.
static int wait_for_key(EditLine *el) {
  for (;;) {
    if (interruptedFlag || terminationFlag) return -1;
    if (resizedFlag) {
      // As libedit's own reader: the new width is taken, and the line is
      // laid out with it at the next key.
      resizedFlag = 0;
      el_resize(el);
    }
    struct pollfd fds[2] = {{keyFd, POLLIN, 0}, {wakePipe[0], POLLIN, 0}};
    nfds_t count = wakePipe[0] >= 0 ? 2 : 1;
    if (poll(fds, count, -1) < 0) {
      // A signal: the flags above say whether it ends the line; SIGWINCH
      // and SIGCONT were dealt with by the handlers (libedit's redraws
      // after SIGCONT).
      if (errno == EINTR) continue;
      return 1;  // let the read report it
    }
    if (count == 2 && (fds[1].revents & POLLIN)) cedit_drain_wake_fd();
    if (fds[0].revents != 0) return 1;
  }
}

/// libedit's read function (EL_GETCFN): one character from stdin, decoded
/// from the locale's multibyte encoding as libedit's own does, waiting in
/// wait_for_key. Returns 1, 0 at end of input, or -1 with errno (EINTR for
/// a signal that ends the line).
static int cedit_read_char(EditLine *el, wchar_t *wc) {
  char bytes[MB_LEN_MAX];
  size_t count = 0;
  for (;;) {
    if (wait_for_key(el) < 0) {
      *wc = L'\0';
      errno = EINTR;
      return -1;
    }
    ssize_t got = read(keyFd, bytes + count, 1);
    if (got < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      *wc = L'\0';
      return -1;
    }
    if (got == 0) {
      *wc = L'\0';
      return 0;
    }
    count++;
    for (;;) {
      mbstate_t state;
      memset(&state, 0, sizeof state);
      size_t result = mbrtowc(wc, bytes, count, &state);
      if (result == (size_t)-2 && count < MB_LEN_MAX) break;  // more bytes to come
      if (result != (size_t)-1 && result != (size_t)-2) return 1;
      // An invalid sequence is dropped; its last byte may start the next.
      if (count == 1) {
        count = 0;
        break;
      }
      bytes[0] = bytes[count - 1];
      count = 1;
    }
  }
}

int cedit_use_key_reader(EditLine *el) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_resize;
  sigemptyset(&action.sa_mask);
  // libedit takes SIGWINCH while el_gets runs and puts this one back after
  // the first resize; from then on this handler tells wait_for_key.
  if (sigaction(SIGWINCH, &action, NULL) != 0) return -1;
  if (keyFd < 0) keyFd = open_key_fd();
  return el_set(el, EL_GETCFN, cedit_read_char);
}

// MARK: - Terminal and locale

int cedit_terminal_columns(int fd) {
  struct winsize size;
  if (ioctl(fd, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return 80;
  return size.ws_col;
}

void cedit_put_stdout(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

static bool ctype_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL &&
         (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

bool cedit_use_utf8_ctype(void) {
  if (setlocale(LC_CTYPE, "") != NULL && ctype_is_utf8()) return true;
  if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && ctype_is_utf8()) return true;
  return setlocale(LC_CTYPE, "en_US.UTF-8") != NULL && ctype_is_utf8();
}
