/// The offers side by side, as the Markdown and HTML exports show them: one
/// column per offer, one row per part of the total compensation, the total,
/// then the facts behind the numbers (hours, days off, commute).
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
  /// The name of the offer with the highest total, when known.
  var best: String?

  init(_ compensation: Compensation) {
    let offers = compensation.offers
    columns = offers.map { $0.isCurrent ? "\($0.name) (current job)" : $0.name }
    best = compensation.best
    var labels: [String] = []
    for offer in offers {
      for part in offer.breakdown where !labels.contains(part.label) { labels.append(part.label) }
    }
    rows = labels.map { label in
      Row(
        label: label,
        cells: offers.map { offer in
          offer.breakdown.first { $0.label == label }
            .map { MoneyFormatter.format($0.amount, currency: offer.currency) }
        })
    }
    rows.append(
      Row(
        label: "Total compensation",
        cells: offers.map { offer in
          offer.total.map { MoneyFormatter.format($0, currency: offer.currency) }
        },
        isTotal: true))
    let facts: [(String, (Offer) -> String?)] = [
      ("Hours a week", { $0.hoursPerWeek.map(MoneyFormatter.formatNumber) }),
      ("Paid time off (days)", { $0.ptoDays.map(MoneyFormatter.formatNumber) }),
      ("Sick days", { $0.sickDays.map(MoneyFormatter.formatNumber) }),
      ("Remote days a week", { $0.remoteDaysPerWeek.map(MoneyFormatter.formatNumber) }),
      ("Commute (minutes a day)", { $0.commuteMinutesPerDay.map(MoneyFormatter.formatNumber) }),
      (
        "Commute cost a day",
        { o in o.commuteCostPerDay.map { MoneyFormatter.format($0, currency: o.currency) } }
      ),
    ]
    for (label, value) in facts {
      let cells = offers.map(value)
      if cells.contains(where: { $0 != nil }) { rows.append(Row(label: label, cells: cells)) }
    }
    explanations = offers.flatMap { offer in
      offer.breakdown.filter { !$0.explanation.isEmpty }.map {
        Explanation(offer: offer.name, part: $0.label, text: $0.explanation)
      }
    }
  }

  var isEmpty: Bool { columns.isEmpty }
}
