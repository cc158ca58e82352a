import CoachCore
import Testing

private let today = CalendarDay(year: 2026, month: 11, day: 25) ?? CalendarDay(dayNumber: 0)

/// Goals labelled by hand before the rules were written: specific (S),
/// measurable (M), time-bound (T), 1 for yes. The rules the labels follow are
/// in docs/smart.md; tricky ones are marked with a comment.
private let labelled: [(goal: String, s: Int, m: Int, t: Int)] = [
  ("Get AWS certified by June 2027", 1, 1, 1), ("Get better", 0, 0, 0), ("Grow", 0, 0, 0),
  ("Be happier at work", 0, 0, 0), ("Improve myself", 0, 0, 0), ("Do well this year", 0, 0, 1),
  ("Run a marathon by October 2027", 1, 1, 1), ("Read 12 books this year", 1, 1, 1),
  ("Get promoted to senior engineer within two years", 1, 1, 1), ("Learn Spanish", 1, 0, 0),
  ("Learn Python", 1, 0, 0), ("Publish 3 research papers by end of 2027", 1, 1, 1),
  ("Be more confident", 0, 0, 0), ("Make more money", 0, 0, 0),
  ("Increase my salary to $120k by next year", 1, 1, 1),
  ("Save $10,000 for a house deposit in 18 months", 1, 1, 1), ("Network more", 0, 0, 0),
  ("Attend 4 industry conferences in 2027", 1, 1, 1),
  ("Complete the Google Data Analytics certificate by March", 1, 1, 1),
  ("Become a team lead", 1, 1, 0), ("Become a better leader", 0, 0, 0),
  ("Work on my communication skills", 0, 0, 0), ("Improve my Python skills", 0, 0, 0),
  ("Improve my 5k time to under 25 minutes by summer", 1, 1, 1),
  ("Increase team sales by 15% this quarter", 1, 1, 1),
  ("Grow revenue to $1M by 2028", 1, 1, 1), ("Grow my career", 0, 0, 0),
  ("Lose 10 kg in 6 months", 1, 1, 1), ("Get a new job", 1, 1, 0),
  ("Find a job as a UX designer by spring", 1, 1, 1), ("Be successful", 0, 0, 0),
  ("Succeed in my career", 0, 0, 0), ("Write a book", 1, 1, 0), ("Write more", 0, 0, 0),
  ("Start my own business next year", 1, 1, 1), ("Launch my podcast by Q2 2027", 1, 1, 1),
  ("Pass the PMP exam by the end of Q1", 1, 1, 1), ("Finish my MBA by 2028", 1, 1, 1),
  ("Earn a master's degree in data science by 2029", 1, 1, 1),
  ("Mentor two junior developers this year", 1, 1, 1),
  ("Speak at a conference in 2027", 1, 1, 1), ("Be a better manager", 0, 0, 0),
  ("Do my best", 0, 0, 0), ("Be healthier", 0, 0, 0), ("Exercise 3 times a week", 1, 1, 0),
  ("Meditate 10 minutes every day for the next 3 months", 1, 1, 1),
  ("Build a portfolio website by January", 1, 1, 1), ("Learn to code", 1, 0, 0),
  ("Learn new things", 0, 0, 0), ("Get a promotion", 1, 1, 0), ("Get promoted", 1, 1, 0),
  ("Apply to 20 jobs by the end of the month", 1, 1, 1),
  ("Have 5 informational interviews before March", 1, 1, 1),
  ("Reach 1,000 LinkedIn followers by next summer", 1, 1, 1),
  ("Get a nursing license by 2028", 1, 1, 1), ("I want to be happier", 0, 0, 0),
  ("I want to get AWS certified next spring", 1, 1, 1),
  ("My goal is to run a half marathon in under 2 hours by May", 1, 1, 1),
  ("Improve work-life balance", 0, 0, 0),
  // "by 6pm" is no deadline, but "starting next month" names one.
  ("Leave work by 6pm four days a week starting next month", 1, 1, 1),
  ("Take a vacation next summer", 1, 1, 1), ("Delegate more", 0, 0, 0),
  ("Spend more time with family", 0, 0, 0), ("Spend 2 evenings a week with my family", 1, 1, 0),
  // "my next review" names no day.
  ("Negotiate a 10% raise at my next review", 1, 1, 0), ("Negotiate a raise by March", 1, 1, 1),
  ("Hire 3 engineers by Q3", 1, 1, 1),
  ("Ship version 2.0 of our app by the end of next quarter", 1, 1, 1),
  ("Reduce customer churn by 5 percent in 2027", 1, 1, 1), ("Cut my commute", 0, 0, 0),
  ("Complete an online course on machine learning", 1, 1, 0),
  ("Get my CPA license by end of 2027", 1, 1, 1), ("Finish the project", 1, 1, 0),
  ("Be the best", 0, 0, 0), ("Level up", 0, 0, 0), ("Get ahead at work", 0, 0, 0),
  ("Make partner by 2030", 1, 1, 1), ("Be promoted to director by the end of 2028", 1, 1, 1),
  ("Feel less stressed", 0, 0, 0), ("Sleep 8 hours a night", 1, 1, 0),
  ("Obtain a PhD in physics within five years", 1, 1, 1),
  ("Present my research at 2 conferences next year", 1, 1, 1),
  ("Volunteer 5 hours a month at a local charity", 1, 1, 0),
  // Clear what, but nothing to count.
  ("Contribute to open source", 1, 0, 0),
  ("Merge 10 pull requests into open-source projects by June", 1, 1, 1),
  // "Fluent" has no agreed test; a CEFR level has.
  ("Become fluent in French", 1, 0, 0), ("Reach B2 level in French by December 2027", 1, 1, 1),
  ("Earn more", 0, 0, 0), ("Double my freelance income by next year", 1, 1, 1),
  ("Get fit", 0, 0, 0), ("Build my network", 0, 0, 0),
  ("Connect with 3 new people on LinkedIn every week", 1, 1, 0),
  ("Join Toastmasters this month", 1, 1, 1), ("Get a job in tech soon", 1, 1, 0),
  ("Find a mentor by the new year", 1, 1, 1), ("Pass the bar exam in July 2027", 1, 1, 1),
  ("Write one blog post every week", 1, 1, 0), ("Work harder", 0, 0, 0),
  ("Stop procrastinating", 0, 0, 0), ("Learn React and build 2 projects by March 2027", 1, 1, 1),
  ("Get my driving license", 1, 1, 0),
  ("Land a product manager role at a startup within 12 months", 1, 1, 1),
  ("Be more organized at work by January", 0, 0, 1), ("Improve my skills this year", 0, 0, 1),
  ("Get better at public speaking by the end of the year", 0, 0, 1),
  ("Sell 50 paintings", 1, 1, 0), ("Open a bakery in 2028", 1, 1, 1),
  ("Pay off my student loans by 2029", 1, 1, 1), ("Pay off $20,000 of debt in two years", 1, 1, 1),
  ("Get into Stanford's MBA program for fall 2027", 1, 1, 1), ("Be a good parent", 0, 0, 0),
  ("Successfully complete my probation period", 1, 1, 0),
  ("get my first paid client before christmas", 1, 1, 1),
  ("Develop a mobile app for my church", 1, 1, 0), ("Develop my leadership skills", 0, 0, 0),
  ("Be a senior designer in 3 years", 1, 1, 1), ("Try harder at work", 0, 0, 0),
  ("Focus on my health", 0, 0, 0), ("Raise a seed round of $500k by Q4 2027", 1, 1, 1),
]

/// Second round: written and labelled after the first rules were frozen.
/// They measured 89% on first run (see docs/smart.md); the rules were then
/// improved, so they are no longer held out.
private let secondRound: [(goal: String, s: Int, m: Int, t: Int)] = [
  ("Become a certified scrum master by April", 1, 1, 1), ("Get better at Excel", 0, 0, 0),
  ("Pass the AWS Solutions Architect exam in 3 months", 1, 1, 1),
  ("Be more visible to leadership", 0, 0, 0),
  ("Present at our team's all-hands twice this quarter", 1, 1, 1),
  ("Finish writing my thesis by the end of August", 1, 1, 1),
  ("Earn the CFA Level 1 charter by December 2027", 1, 1, 1), ("Build side projects", 1, 0, 0),
  ("Publish an article on Medium every month", 1, 1, 0), ("Make my boss happy", 0, 0, 0),
  ("Read more", 0, 0, 0), ("Grow my team from 4 to 8 people by next year", 1, 1, 1),
  ("Apply for a product owner position", 1, 1, 0), ("Improve", 0, 0, 0),
  ("Work less overtime", 0, 0, 0), ("Cut my screen time to 2 hours a day", 1, 1, 0),
  ("Get a job at Google within 18 months", 1, 1, 1), ("Take the GMAT next fall", 1, 1, 1),
  ("Be a better listener", 0, 0, 0), ("Enroll in a UX bootcamp by February", 1, 1, 1),
  ("Organize a team offsite in spring 2027", 1, 1, 1),
  ("Be known as the go-to person for data", 0, 0, 0), ("Save for retirement", 1, 0, 0),
  ("Lead my first project as a manager by mid-2027", 1, 1, 1),
  ("Hit my sales quota every quarter", 1, 1, 0), ("Achieve inbox zero", 1, 1, 0),
  ("Become a better coder", 0, 0, 0), ("Ask for a raise in January", 1, 1, 1),
  ("Go to the gym", 1, 0, 0), ("Submit my PhD application before December 15", 1, 1, 1),
  ("Finish 3 Coursera courses by the end of the summer", 1, 1, 1),
  ("Spend less time on email", 0, 0, 0), ("Be in a leadership role in 5 years", 1, 1, 1),
  ("Learn Kubernetes by Q2", 1, 0, 1), ("Grow my LinkedIn network to 500 connections", 1, 1, 0),
  ("Be happier", 0, 0, 0), ("Move to Berlin for work next year", 1, 1, 1),
  ("Get a raise", 1, 1, 0), ("Develop better habits", 0, 0, 0),
  ("Write and publish 2 short stories before the end of 2027", 1, 1, 1),
]

/// Goals written and labelled after the second round of rules, measured
/// once: the honest estimate. Never tune the rules to these.
private let heldOut: [(goal: String, s: Int, m: Int, t: Int)] = [
  ("Earn my PMP certification before the end of next year", 1, 1, 1),
  ("Be a more patient manager", 0, 0, 0), ("Run 3 times a week", 1, 1, 0),
  ("Finish the Coursera deep learning specialization by April 30", 1, 1, 1),
  ("Get comfortable with public speaking", 0, 0, 0),
  ("Interview at 5 companies this spring", 1, 1, 1), ("Speak Spanish", 1, 0, 0),
  ("Write a cover letter template", 1, 1, 0), ("Become a manager in the next two years", 1, 1, 1),
  ("Get healthier and lose weight", 0, 0, 0), ("Launch an online store by Black Friday", 1, 1, 1),
  ("Make 10 sales calls a day", 1, 1, 0), ("Improve my GPA to 3.5 by graduation", 1, 1, 0),
  ("Learn to manage my time", 0, 0, 0), ("Attend a leadership workshop in March", 1, 1, 1),
  ("Find a new role with better pay", 1, 1, 0), ("Start a YouTube channel", 1, 1, 0),
  ("Be financially independent by 45", 0, 0, 0),
  ("Complete 100 hours of volunteering in 2027", 1, 1, 1), ("Grow as a person", 0, 0, 0),
  ("Take on more responsibility", 0, 0, 0), ("Get my real estate license in 6 months", 1, 1, 1),
  ("Write my first novel", 1, 1, 0), ("Ace the interview next Tuesday", 1, 1, 1),
  ("Double the number of newsletter subscribers by the end of Q2", 1, 1, 1),
  ("Become a thought leader", 0, 0, 0), ("Volunteer at the food bank every Saturday", 1, 1, 0),
  ("Publish my app on the App Store by June 1", 1, 1, 1), ("Be on time", 0, 0, 0),
  ("Pass all my exams this semester", 1, 1, 1),
]

/// The share of facet labels (three per goal) the analyzer agrees with.
private func agreement(_ set: [(goal: String, s: Int, m: Int, t: Int)]) -> (Double, [String]) {
  var agreed = 0
  var misses: [String] = []
  for row in set {
    let f = SmartAnalyzer.analyze(goal: row.goal, today: today).facets
    let pairs = [("S", f.specific, row.s), ("M", f.measurable, row.m), ("T", f.timeBound, row.t)]
    for (name, got, want) in pairs {
      if got == (want == 1) {
        agreed += 1
      } else {
        misses.append("\(row.goal) [\(name): got \(got)]")
      }
    }
  }
  return (Double(agreed) / Double(set.count * 3), misses)
}

@Test func agreesWithHumanLabels() {
  #expect(labelled.count >= 80)
  let all = labelled + secondRound + heldOut
  let (share, misses) = agreement(all)
  let (tuned, tunedMisses) = agreement(labelled + secondRound)
  let (fresh, freshMisses) = agreement(heldOut)
  print("SMART agreement: \(share) over \(all.count) goals")
  print("  tuned \(tuned) (\(labelled.count + secondRound.count)), held-out \(fresh)")
  print("  tuned misses: \(tunedMisses)")
  print("  held-out misses: \(freshMisses)")
  #expect(share >= 0.95, "\(misses)")
}

@Test func reportsPartsAndPrompts() {
  let a = SmartAnalyzer.analyze(goal: "Get AWS certified by June 2027", today: today)
  #expect(a.facets.specific && a.facets.measurable && a.facets.timeBound)
  #expect(a.deadline == CalendarDay(year: 2027, month: 6, day: 30))
  #expect(a.action == "Get AWS certified")
  #expect(a.measure == "certified")
  #expect(a.missingPrompts.isEmpty)
  #expect(a.facets.achievable == nil && a.facets.relevant == nil)

  let vague = SmartAnalyzer.analyze(goal: "Get better", today: today)
  #expect(
    vague.missingPrompts == [
      SmartAnalyzer.specificPrompt, SmartAnalyzer.measurablePrompt, SmartAnalyzer.timeBoundPrompt,
    ])
  #expect(vague.missingPrompts.contains("What number or result will show you've done it?"))
  #expect(SmartAnalyzer.analyze(goal: "Read 12 books", today: today).measure == "12 books")
}

@Test(arguments: [
  (0.8, true), (0.5, true), (0.49, false), (0, false), (7, true), (4, false), (30, false),
  (75, true), (1, true),
])
func achievableFollowsConfidence(_ confidence: Double, _ expected: Bool) {
  let a = SmartAnalyzer.analyze(goal: "Run a marathon", today: today, confidence: confidence)
  #expect(a.facets.achievable == expected)
  #expect(a.missingPrompts.contains(SmartAnalyzer.achievablePrompt) == !expected)
}

@Test func confidenceOnAScale() {
  #expect(SmartAnalyzer.normalisedConfidence(3, min: 1, max: 5) == 0.5)
  #expect(SmartAnalyzer.normalisedConfidence(9, min: 1, max: 5) == 1)
}

@Test(arguments: [
  ("Get AWS certified by June 2027", "Lead a cloud engineering team at a tech company", true),
  ("Get AWS certified", "Become a nurse practitioner", false),
  ("Take a pastry course by March", "Run my own bakery", true),
  ("Write 500 words every day", "Become a published novelist", true),
  ("Learn Python and statistics by June", "Become a data scientist", true),
  ("Run a marathon", "Become a data scientist", false),
  ("Mentor two junior developers", "Lead a team of engineers", true),
  ("Grow my Instagram to 10k followers", "Work in marketing at a fashion brand", true),
  ("Get my teaching license by 2028", "Teach high school math", true),
  ("Learn to play guitar", "Teach high school math", false),
  ("Pass the CPA exam by 2028", "Become CFO of a mid-size company", true),
  ("Publish a cookbook", "Become CFO of a mid-size company", false),
  ("Sew 10 garments by summer", "Start a sustainable fashion label", true),
  ("Build a portfolio of 5 case studies", "Work as a UX designer", true),
  ("Launch a side project app", "I want to lead product at a startup", true),
  ("Finish my nursing degree", "Become a nurse", true),
])
func relevantFollowsTheVision(_ goal: String, _ vision: String, _ expected: Bool) {
  let a = SmartAnalyzer.analyze(goal: goal, today: today, vision: vision)
  #expect(a.facets.relevant == expected, "\(goal) / \(vision)")
}

@Test func noVisionMeansRelevanceUnknown() {
  #expect(
    SmartAnalyzer.analyze(goal: "Run a marathon", today: today, vision: " ").facets.relevant
      == nil)
}
