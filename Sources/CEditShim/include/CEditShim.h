// Named C wrappers for the parts of libedit, signals and the C library that
// Swift cannot call directly: el_set, el_get and history are variadic, glibc's
// stdin/stdout globals are rejected in Swift 6 mode, and a signal handler must
// only touch sig_atomic_t state.
#ifndef CEDITSHIM_H
#define CEDITSHIM_H

#include <stdbool.h>
#include <histedit.h>

/// A prompt callback: returns a NUL-terminated buffer that stays valid until
/// the next call.
typedef char *(*cedit_prompt_fn)(EditLine *el);

/// An editor command bound to a key: returns one of the CC_* codes.
typedef unsigned char (*cedit_command_fn)(EditLine *el, int ch);

// MARK: - Editor

/// el_init on the process's stdin, stdout and stderr.
EditLine *cedit_init(const char *program);
/// EL_PROMPT_ESC with '\1' as the delimiter of invisible (colour) sequences.
int cedit_set_prompt(EditLine *el, cedit_prompt_fn prompt);
/// EL_SIGNAL: libedit restores the terminal around signals and re-raises them.
int cedit_set_signal(EditLine *el, int on);
/// EL_EDITOR: "emacs" or "vi".
int cedit_set_editor(EditLine *el, const char *mode);
/// EL_HIST with libedit's own history function.
int cedit_set_history(EditLine *el, History *hist);
/// EL_EDITMODE: 0 once ~/.editrc said "edit off".
int cedit_edit_mode(EditLine *el);
/// EL_CLIENTDATA.
int cedit_set_client_data(EditLine *el, void *data);
void *cedit_client_data(EditLine *el);
/// EL_ADDFN: registers a named command so that a key can be bound to it.
int cedit_add_function(EditLine *el, const char *name, const char *help,
                       cedit_command_fn function);
/// EL_BIND key command. Keys use libedit's notation: "^R", "\\e[3~".
int cedit_bind(EditLine *el, const char *key, const char *command);
/// Registers "coach-paste" and binds "\e[200~" to it. The command reads until
/// "\e[201~" and inserts the pasted text as one line: newlines, carriage
/// returns and tabs become single spaces (unless cedit_set_paste_keeps_lines
/// says to keep the line breaks), other control characters are
/// dropped. A paste of more than 65536 characters is refused whole (a line
/// says so and nothing is inserted), never cut.
int cedit_enable_bracketed_paste(EditLine *el);
/// Whether a paste keeps its line breaks (for a `long` answer). When it
/// does and a paste holds several lines, its first line ends the line being
/// edited (as Enter would) and the others wait in cedit_take_pasted_rest;
/// "\r\n" and "\r" count as one break, and breaks at either end are dropped.
void cedit_set_paste_keeps_lines(bool keep);
/// The lines of the last paste after its first, joined with '\n' (malloc'd,
/// the caller frees it), or NULL; taking them clears them.
char *cedit_take_pasted_rest(void);

// MARK: - History

int cedit_history_set_size(History *hist, int size);
int cedit_history_set_unique(History *hist, int unique);
/// H_LOAD: returns the number of entries read, or -1.
int cedit_history_load(History *hist, const char *path);
/// H_SAVE_FP on an open descriptor, which is closed before returning.
/// Returns the number of entries written, or -1.
int cedit_history_save_fd(History *hist, int fd);
/// H_ENTER.
int cedit_history_enter(History *hist, const char *line);

// MARK: - Signals

/// Installs handlers for SIGINT (sets the interrupt flag), SIGTERM and SIGHUP
/// (set the termination flag), all without SA_RESTART so that a blocking read
/// returns EINTR, and ignores SIGPIPE and SIGXFSZ. Each signal also writes a
/// byte to the wake pipe. The three are unblocked in the calling thread's
/// mask, as a parent may have started the process with them blocked. Call it
/// from the main thread before starting other threads. Returns 0, or -1 if a
/// handler could not be set.
int cedit_install_signal_handlers(void);
/// Puts this shim's SIGTERM and SIGHUP handlers back in place of libedit's.
///
/// With EL_SIGNAL, libedit catches signals during el_gets and re-raises them
/// with kill(0, signo), to the whole process group: a SIGTERM meant for the
/// coach would also kill the shell script that started it. Called from the
/// prompt callback, which libedit runs after installing its handlers; SIGINT,
/// SIGTSTP, SIGCONT and SIGWINCH stay with libedit (the terminal sends SIGINT
/// to the whole group anyway). Does nothing before installation.
void cedit_reclaim_termination_signals(void);
bool cedit_interrupted(void);
void cedit_set_interrupted(bool value);
bool cedit_termination_requested(void);
/// Read end of the non-blocking wake pipe, or -1 before installation.
int cedit_wake_fd(void);
/// Empties the wake pipe.
void cedit_drain_wake_fd(void);
/// True for the first caller only, whichever thread or path asks first.
bool cedit_claim_shutdown(void);

// MARK: - Reading keys

/// Makes libedit read keys through this shim (EL_GETCFN): each read waits in
/// poll() on stdin together with the signal wake pipe, so a SIGINT, SIGTERM
/// or SIGHUP ends el_gets (NULL, count -1, errno EINTR) even when it arrived
/// while libedit was drawing rather than blocked in read. Also installs a
/// SIGWINCH handler, so a resize is redrawn however many come during one
/// line. Call after cedit_install_signal_handlers. Returns 0, or -1.
int cedit_use_key_reader(EditLine *el);

// MARK: - Terminal and locale

/// Width of the terminal on `fd`, or 80 when it is unknown.
int cedit_terminal_columns(int fd);
/// fputs to stdout and fflush, sharing stdio's buffer with libedit and print.
void cedit_put_stdout(const char *text);
/// Sets LC_CTYPE from the environment and falls back to C.UTF-8 (then
/// en_US.UTF-8) when that is not a UTF-8 locale: libedit drops non-ASCII
/// characters otherwise. Returns true when a UTF-8 LC_CTYPE is in effect.
bool cedit_use_utf8_ctype(void);

#endif
