import CoachCore
import Testing

@Test(arguments: [
  ("12", 12.0), ("1,200", 1200), ("3.5", 3.5), ("-2", -2), (" 7 ", 7), ("+4", 4),
  ("1,234,567", 1_234_567), ("1,234.5", 1234.5), ("3,5", 3.5), ("0.25", 0.25), (".5", 0.5),
  ("1 200", 1200), ("twelve", 12), ("twenty-four", 24), ("ninety nine", 99), ("0", 0),
  ("−3", -3), ("1.200", 1.2),
])
func parsesNumbers(_ text: String, _ expected: Double) {
  #expect(NumberParser.parse(text) == expected, "\(text)")
}

@Test(arguments: ["", "abc", "1.2.3", "12abc", "1,2,3", "--2", "1 20", "$5", "twenty-ten"])
func refusesWhatIsNoNumber(_ text: String) {
  #expect(NumberParser.parse(text) == nil, "\(text)")
}

@Test(arguments: [
  ("$85k", 85_000.0, "USD"), ("85,000", 85_000, nil), ("€60.000,50", 60_000.5, "EUR"),
  ("60.000,50 €", 60_000.5, "EUR"), ("£1.2m", 1_200_000, "GBP"), ("85000 USD", 85_000, "USD"),
  ("120 000", 120_000, nil), ("$42.50/hr", 42.5, "USD"), ("85K", 85_000, nil),
  ("1,234.56", 1234.56, nil), ("€60.000", 60_000, "EUR"), ("CHF 120'000", 120_000, "CHF"),
  ("¥5,000,000", 5_000_000, "JPY"), ("₹12 lakh", -1, nil), ("INR 1,200,000", 1_200_000, "INR"),
  ("C$90,000", 90_000, "CAD"), ("AUD 95k", 95_000, "AUD"), ("90000 cad", 90_000, "CAD"),
  ("$ 85,000 a year", 85_000, "USD"), ("85k per year", 85_000, nil), ("42.5", 42.5, nil),
  ("-$500", -500, "USD"), ("eur 1.500,00", 1500, "EUR"), ("1.5k", 1500, nil),
  ("100 euros", 100, "EUR"), ("50 pounds", 50, "GBP"), ("$100,000.00", 100_000, "USD"),
  ("60 000,50 €", 60_000.5, "EUR"), ("usd85000", 85_000, "USD"), ("$2 million", 2_000_000, "USD"),
  ("85000/yr", 85_000, nil), ("$30 an hour", 30, "USD"),
])
func parsesMoney(_ text: String, _ amount: Double, _ currency: String?) {
  let parsed = MoneyParser.parse(text)
  if amount < 0, currency == nil {
    #expect(parsed == nil, "\(text)")
  } else {
    #expect(parsed == MoneyAmount(amount: amount, currency: currency), "\(text)")
  }
}

@Test(arguments: ["", "lots", "$", "85kk", "1,2,3", "k", "$85x", "12 apples"])
func refusesWhatIsNoMoney(_ text: String) {
  #expect(MoneyParser.parse(text) == nil, "\(text)")
}

@Test(arguments: [
  ("12%", 12.0), ("0.5 %", 0.5), ("12", 12), ("12 percent", 12), ("3.5 per cent", 3.5),
  (" 6 % ", 6), ("-2%", -2), ("100%", 100),
])
func parsesPercentages(_ text: String, _ expected: Double) {
  #expect(PercentParser.parse(text) == expected, "\(text)")
}

@Test(arguments: ["", "%", "twelve percent!", "12%%", "a lot"])
func refusesWhatIsNoPercentage(_ text: String) {
  #expect(PercentParser.parse(text) == nil, "\(text)")
}
