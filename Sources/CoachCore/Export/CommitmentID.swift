/// Commitment ids made from bytes: `NameUUID.v5` of `<planID> U+001F
/// <identity>` in `NameUUID.commitmentNamespace`, the same text, without
/// reading the namespace's hex again or joining the name as a `String` for
/// each of the thousands of commitments a long plan has.
/// `CommitmentIDTests` keeps it equal to `NameUUID.v5`.
enum CommitmentID {
  /// The 16 bytes of `NameUUID.commitmentNamespace`.
  static let namespace = NameUUID.bytes(of: NameUUID.commitmentNamespace)

  /// The id of the commitment `identity` of the plan `planID`.
  static func uuid(planID: String, identity: String) -> String {
    var name = namespace
    name.reserveCapacity(namespace.count + planID.utf8.count + 1 + identity.utf8.count)
    name.append(contentsOf: planID.utf8)
    name.append(0x1F)
    name.append(contentsOf: identity.utf8)
    return NameUUID.text(ofHash: SHA1.digest(name))
  }
}
