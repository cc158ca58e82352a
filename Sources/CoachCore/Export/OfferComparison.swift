/// The offers side by side, as the Markdown and HTML exports show them: one
/// column per offer, one row per part of the total compensation, the cash,
/// employer and total lines, how each total compares with the best and
/// with the current job, the figures kept apart from the total (effective
/// hourly, commute), then the facts behind the numbers.
///
/// Cells are plain text; each exporter escapes them for its format.
struct OfferComparison: Sendable {
  struct Row: Sendable {
    var label: String
    /// One per column; `nil` where the offer has no such part.
    var cells: [String?]
    var isTotal = false
  }

  /// How one part of one offer was worked out.
  struct Explanation: Sendable {
    var offer: String
    var part: String
    var text: String
  }

  var columns: [String]
  var rows: [Row]
  var explanations: [Explanation]
  /// The comparison in plain words (the best, the person's leaning beside
  /// the numbers, mixed currencies).
  var summary: [String]
  /// What the person said about the offers, as typed.
  var preference: String?

  init(_ compensation: Compensation) {
    let offers = compensation.offers
    columns = offers.map { o in
      o.isCurrent && !o.name.lowercased().contains("current") ? "\(o.name) (current job)" : o.name
    }
    summary = compensation.summary
    preference = compensation.preference?.value
    func money(_ o: Offer, _ x: Double?) -> String? {
      x.map { MoneyFormatter.format($0, currency: o.currency) }
    }
    var labels: [String] = []
    for offer in offers {
      for part in offer.breakdown where !labels.contains(part.label) { labels.append(part.label) }
    }
    // Pay first, salary and wages together, whatever order the offers came in.
    let order = ["Base salary", "Wages", "Bonus", "Retirement match", "Health insurance"]
    labels = labels.enumerated().sorted { a, b in
      let x = order.firstIndex(of: a.element) ?? order.count + a.offset
      let y = order.firstIndex(of: b.element) ?? order.count + b.offset
      return x < y
    }.map(\.element)
    rows = labels.map { label in
      Row(
        label: label,
        cells: offers.map { o in money(o, o.breakdown.first { $0.label == label }?.amount) })
    }
    rows.append(Row(label: "Cash a year", cells: offers.map { money($0, $0.cash) }))
    rows.append(
      Row(
        label: "Employer contributions",
        cells: offers.map { money($0, $0.employerContributions) }))
    rows.append(
      Row(label: "Total compensation", cells: offers.map { money($0, $0.total) }, isTotal: true))
    if offers.count > 1, CompensationCalculator.mixedCurrencies(offers).isEmpty {
      let top = offers.compactMap(\.total).max()
      if let top {
        rows.append(
          Row(
            label: "Compared with the best",
            cells: offers.map { o in o.total.map { Self.difference($0, top, o, same: "the best") } }
          ))
      }
      if let current = offers.first(where: \.isCurrent), let base = current.total {
        rows.append(
          Row(
            label: "Compared with the current job",
            cells: offers.map { o in
              o.isCurrent && o == current
                ? "current job" : o.total.map { Self.difference($0, base, o, same: "the same") }
            }))
      }
    }
    let apart: [(String, (Offer) -> String?)] = [
      (
        "Effective hourly (total per hour worked)",
        { o in o.effectiveHourly.map { MoneyFormatter.format($0, currency: o.currency) } }
      ),
      ("Commute cost a year (not in the total)", { money($0, $0.commuteCost) }),
      ("Commute saved a year (not in the total)", { money($0, $0.commuteSaved) }),
    ]
    let facts: [(String, (Offer) -> String?)] = [
      ("Hours a week", { $0.hoursPerWeek.map(MoneyFormatter.formatNumber) }),
      ("Vacation days a year", { $0.ptoDays.map(MoneyFormatter.formatNumber) }),
      ("Paid sick days a year", { $0.sickDays.map(MoneyFormatter.formatNumber) }),
      ("Remote days a week", { $0.remoteDaysPerWeek.map(MoneyFormatter.formatNumber) }),
      (
        "Commute (minutes a day, there and back)",
        { $0.commuteMinutesPerDay.map(MoneyFormatter.formatNumber) }
      ),
      ("Commute cost a day", { money($0, $0.commuteCostPerDay) }),
    ]
    for (label, value) in apart + facts {
      let cells = offers.map(value)
      if cells.contains(where: { $0 != nil }) { rows.append(Row(label: label, cells: cells)) }
    }
    explanations = offers.flatMap { offer in
      (offer.breakdown + offer.apart).filter { !$0.explanation.isEmpty }.map {
        Explanation(offer: offer.name, part: $0.label, text: $0.explanation)
      }
    }
  }

  /// "$4,000 less", "$2,500 more", or `same` when equal.
  static func difference(_ total: Double, _ base: Double, _ o: Offer, same: String) -> String {
    if total == base { return same }
    let gap = MoneyFormatter.format(abs(total - base), currency: o.currency)
    return total < base ? "\(gap) less" : "\(gap) more"
  }

  var isEmpty: Bool { columns.isEmpty }
}
