/// A mistake in an expression: where it is and what is wrong.
///
/// The column is 1-based and counts Unicode scalars from the start of the
/// expression text, as libyaml counts columns, so the script validator can
/// add it to the column where the YAML value starts.
public struct ExpressionError: Error, Hashable, Sendable {
  /// 1-based column in the expression text.
  public var column: Int
  /// Lower case, names in single quotes, e.g. "unexpected '='; did you mean '=='?".
  public var message: String

  public init(column: Int, message: String) {
    self.column = column
    self.message = message
  }
}
