import CoachCore
import Glibc

/// `coach sessions rm ID...`.
extension AppContext {
  func removeSessions(_ ids: [String]) -> Int32 {
    guard !ids.isEmpty else {
      return usage(.missingArgument(what: "session", give: "give one or more session IDs"))
    }
    let known = (try? layout.sessionIDs(in: store)) ?? []
    for id in ids where !SessionLayout.isValidID(id) || !known.contains(id) {
      let hint = Suggestion.hint(for: id, in: known)
      return fail("error: no session '\(id)'\(hint); nothing was deleted", status: Exit.usage)
    }
    let unique = ids.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    let what = unique.count == 1 ? "session \(unique[0])" : "\(unique.count) sessions"
    if !arguments.yes {
      guard isatty(0) == 1 else {
        return fail(
          "error: standard input is not a terminal, so nobody can confirm; add --yes to delete \(what)",
          status: Exit.usage)
      }
      let reader = PlainLineReader()
      switch reader.readLine(
        prompt: "Delete \(what) (\(unique.joined(separator: ", ")))? This cannot be undone. [y/N] ",
        completions: [])
      {
      case .line(let l) where l.trimmingSpaces.lowercased().hasPrefix("y"): break
      default:
        console.line("Nothing was deleted.")
        return Exit.ok
      }
    }
    for id in unique {
      if let problem = removeTree(layout.directory(of: id)) {
        return fail("error: could not delete session \(id): \(problem)")
      }
      console.line("Deleted session \(id).")
    }
    return Exit.ok
  }

  /// Removes `path` and everything under it; the first problem, if any.
  private func removeTree(_ path: String) -> String? {
    if Paths.isDirectory(path) {
      let names: [String]
      do throws(StoreError) {
        names = try store.list(path)
      } catch {
        return error.description
      }
      for name in names {
        if let problem = removeTree(SessionLayout.join(path, name)) { return problem }
      }
      guard rmdir(path) == 0 else { return "\(path): \(String(cString: strerror(errno)))" }
      return nil
    }
    do throws(StoreError) {
      try store.remove(path)
    } catch {
      return error.description
    }
    return nil
  }
}
